// Rules of the e-signature desk (Implementasi Sertifikat Elektronik): the
// milestones of an agency application's integration with BSrE, recorded in
// order with their dates. Each milestone names the procedure step it belongs to
// by the step's id (catalog data): the desk keeps a step from being completed
// before its milestone is recorded, and the request from finishing before the
// last milestone (production) is.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/identity.hpp"
#include "domain/message.hpp"

namespace lapis::domain {

struct Milestone {
    std::string_view id; // also the id of the procedure step it belongs to
    std::string_view message_key; // its label
    // Fixes after the conformity test are only needed when the test found
    // something: the next milestone may follow the test directly.
    bool optional = false;
};

// In order: analisis-kebutuhan, integrasi-development, uji-kesesuaian, perbaikan,
// sertifikat-pengesahan, integrasi-production.
std::span<const Milestone> milestones();
const Milestone* find_milestone(std::string_view id);
const Milestone& final_milestone();

struct MilestoneRecord {
    std::string milestone;
    Date on;
};

// Whether `milestone` may be recorded on `on` after `recorded` (oldest first):
// known, its required predecessor recorded, not dated before the latest record
// of any earlier milestone, not in the future. A milestone may be recorded again
// (a second conformity test after fixes) as long as the order holds.
std::optional<Message> check_milestone(const std::vector<MilestoneRecord>& recorded,
    std::string_view milestone, std::string_view date_text, const Date& today);

// Whether a milestone of that id was recorded.
bool milestone_recorded(const std::vector<MilestoneRecord>& recorded, std::string_view milestone);

} // namespace lapis::domain
