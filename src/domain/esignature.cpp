#include "domain/esignature.hpp"

#include <array>

#include "domain/certificate.hpp"

namespace lapis::domain {
namespace {

// DOMAIN.md §5.5 [U]: the stages are the catalog's procedure steps 3–8
// (Implementasi Sertifikat Elektronik, Prosedur langkah 3–8); BSrE's own
// documents were not read.
constexpr std::array kMilestones{
    Milestone{ "analisis-kebutuhan", "esignature.milestone.analisis_kebutuhan", false },
    Milestone{ "integrasi-development", "esignature.milestone.integrasi_development", false },
    Milestone{ "uji-kesesuaian", "esignature.milestone.uji_kesesuaian", false },
    Milestone{ "perbaikan", "esignature.milestone.perbaikan", true },
    Milestone{ "sertifikat-pengesahan", "esignature.milestone.sertifikat_pengesahan", false },
    Milestone{ "integrasi-production", "esignature.milestone.integrasi_production", false },
};

std::size_t index_of(std::string_view id)
{
    for (std::size_t i = 0; i < kMilestones.size(); ++i) {
        if (kMilestones[i].id == id)
            return i;
    }
    return kMilestones.size();
}

} // namespace

std::span<const Milestone> milestones()
{
    return kMilestones;
}

const Milestone* find_milestone(std::string_view id)
{
    const std::size_t index = index_of(id);
    return index < kMilestones.size() ? &kMilestones[index] : nullptr;
}

const Milestone& final_milestone()
{
    return kMilestones.back();
}

bool milestone_recorded(const std::vector<MilestoneRecord>& recorded, std::string_view milestone)
{
    for (const MilestoneRecord& record : recorded) {
        if (record.milestone == milestone)
            return true;
    }
    return false;
}

std::optional<Message> check_milestone(const std::vector<MilestoneRecord>& recorded,
    std::string_view milestone, std::string_view date_text, const Date& today)
{
    const std::size_t index = index_of(milestone);
    if (index == kMilestones.size())
        return Message{ "esignature.milestone_unknown", {} };
    if (date_text.empty())
        return Message{ "field.required", {} };
    const auto on = parse_iso_date(date_text);
    if (!on)
        return Message{ "esignature.date_invalid", {} };
    if (*on > today)
        return Message{ "esignature.date_future", {} };

    // The nearest earlier milestone that is required must be recorded.
    for (std::size_t before = index; before-- > 0;) {
        if (kMilestones[before].optional)
            continue;
        if (!milestone_recorded(recorded, kMilestones[before].id))
            return Message{ "esignature.out_of_order", text(kMilestones[before].message_key) };
        break;
    }
    // Not dated before the latest record of an earlier milestone.
    std::optional<Date> latest;
    for (const MilestoneRecord& record : recorded) {
        if (index_of(record.milestone) < index && (!latest || *latest < record.on))
            latest = record.on;
    }
    if (latest && *on < *latest)
        return Message{ "esignature.date_before_previous", display_date(*latest) };
    return std::nullopt;
}

} // namespace lapis::domain
