#include "store/assessment.hpp"

#include <soci/soci.h>

#include "store/rows.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

constexpr const char* kFindingColumns
    = "SELECT id, request_id, title, asset, description, evidence_text, evidence_sha256, "
      "evidence_name, evidence_type, evidence_size, cvss31_vector, base_tenths, "
      "temporal_tenths, severity, cvss40_vector, cvss40_tenths, recommendation, tlp, status, "
      "created_by, created_at, updated_at FROM assessment_findings ";

domain::TimePoint parse_time(const std::string& text)
{
    return domain::from_utc_text(text).value_or(domain::TimePoint{});
}

std::optional<int> optional_int(const soci::row& row, std::size_t column)
{
    auto value = optional_integer_at(row, column);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

Finding finding_from_row(const soci::row& row)
{
    Finding finding;
    finding.id = integer_at(row, 0);
    finding.request_id = integer_at(row, 1);
    finding.title = text_at(row, 2);
    finding.asset = text_at(row, 3);
    finding.description = text_at(row, 4);
    finding.evidence_text = text_at(row, 5);
    finding.evidence.sha256 = text_at(row, 6);
    finding.evidence.name = text_at(row, 7);
    finding.evidence.content_type = text_at(row, 8);
    finding.evidence.size = integer_at(row, 9);
    finding.cvss31_vector = text_at(row, 10);
    finding.base_tenths = static_cast<int>(integer_at(row, 11));
    finding.temporal_tenths = optional_int(row, 12);
    finding.severity = text_at(row, 13);
    finding.cvss40_vector = text_at(row, 14);
    finding.cvss40_tenths = optional_int(row, 15);
    finding.recommendation = text_at(row, 16);
    finding.tlp = text_at(row, 17);
    finding.status = domain::finding_status_from_string(text_at(row, 18))
                         .value_or(domain::FindingStatus::Open);
    finding.created_by = integer_at(row, 19);
    finding.created_at = parse_time(text_at(row, 20));
    finding.updated_at = parse_time(text_at(row, 21));
    return finding;
}

} // namespace

AssessmentStore::AssessmentStore(Database& database)
    : m_database(database)
{
}

std::int64_t AssessmentStore::add_finding(
    const Finding& finding, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::string at = domain::to_utc_text(now);
    const std::string status(domain::to_string(domain::FindingStatus::Open));
    long long request_id = finding.request_id;
    long long size = finding.evidence.size;
    int temporal = finding.temporal_tenths.value_or(0);
    soci::indicator temporal_indicator = finding.temporal_tenths ? soci::i_ok : soci::i_null;
    int cvss40 = finding.cvss40_tenths.value_or(0);
    soci::indicator cvss40_indicator = finding.cvss40_tenths ? soci::i_ok : soci::i_null;
    int base = finding.base_tenths;
    long long created_by = finding.created_by;
    long long id = 0;
    sql << "INSERT INTO assessment_findings (request_id, title, asset, description, "
           "evidence_text, evidence_sha256, evidence_name, evidence_type, evidence_size, "
           "cvss31_vector, base_tenths, temporal_tenths, severity, cvss40_vector, cvss40_tenths, "
           "recommendation, tlp, status, created_by, created_at, updated_at) VALUES (:r, :t, :a, "
           ":d, :et, :es, :en, :ety, :esz, :v3, :b, :tm, :sv, :v4, :s4, :rc, :tlp, :st, :cb, :ca, "
           ":ua) RETURNING id",
        soci::use(request_id), soci::use(finding.title), soci::use(finding.asset),
        soci::use(finding.description), soci::use(finding.evidence_text),
        soci::use(finding.evidence.sha256), soci::use(finding.evidence.name),
        soci::use(finding.evidence.content_type), soci::use(size), soci::use(finding.cvss31_vector),
        soci::use(base), soci::use(temporal, temporal_indicator), soci::use(finding.severity),
        soci::use(finding.cvss40_vector), soci::use(cvss40, cvss40_indicator),
        soci::use(finding.recommendation), soci::use(finding.tlp), soci::use(status),
        soci::use(created_by), soci::use(at), soci::use(at), soci::into(id);
    DeskEvent recorded = event;
    recorded.detail["finding"] = id;
    append_desk_event(sql, finding.request_id, recorded, now);
    transaction.commit();
    return id;
}

bool AssessmentStore::update_finding(
    const Finding& finding, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::string at = domain::to_utc_text(now);
    long long request_id = finding.request_id;
    long long id = finding.id;
    int temporal = finding.temporal_tenths.value_or(0);
    soci::indicator temporal_indicator = finding.temporal_tenths ? soci::i_ok : soci::i_null;
    int cvss40 = finding.cvss40_tenths.value_or(0);
    soci::indicator cvss40_indicator = finding.cvss40_tenths ? soci::i_ok : soci::i_null;
    int base = finding.base_tenths;
    soci::statement update = (sql.prepare << "UPDATE assessment_findings SET title = :t, asset = "
                                             ":a, description = :d, evidence_text = :et, "
                                             "cvss31_vector = :v3, base_tenths = :b, "
                                             "temporal_tenths = :tm, severity = :sv, "
                                             "cvss40_vector = :v4, cvss40_tenths = :s4, "
                                             "recommendation = :rc, tlp = :tlp, updated_at = :ua "
                                             "WHERE id = :i AND request_id = :r AND status "
                                             "<> 'terverifikasi'",
        soci::use(finding.title), soci::use(finding.asset), soci::use(finding.description),
        soci::use(finding.evidence_text), soci::use(finding.cvss31_vector), soci::use(base),
        soci::use(temporal, temporal_indicator), soci::use(finding.severity),
        soci::use(finding.cvss40_vector), soci::use(cvss40, cvss40_indicator),
        soci::use(finding.recommendation), soci::use(finding.tlp), soci::use(at), soci::use(id),
        soci::use(request_id));
    update.execute(true);
    if (update.get_affected_rows() != 1)
        return false;
    if (!finding.evidence.sha256.empty()) {
        long long size = finding.evidence.size;
        sql << "UPDATE assessment_findings SET evidence_sha256 = :s, evidence_name = :n, "
               "evidence_type = :t, evidence_size = :z WHERE id = :i",
            soci::use(finding.evidence.sha256), soci::use(finding.evidence.name),
            soci::use(finding.evidence.content_type), soci::use(size), soci::use(id);
    }
    DeskEvent recorded = event;
    recorded.detail["finding"] = finding.id;
    append_desk_event(sql, finding.request_id, recorded, now);
    transaction.commit();
    return true;
}

bool AssessmentStore::change_status(std::int64_t request_id, std::int64_t finding_id,
    domain::FindingStatus from, domain::FindingStatus to, const DeskEvent& event,
    domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::string at = domain::to_utc_text(now);
    const std::string from_text(domain::to_string(from));
    const std::string to_text(domain::to_string(to));
    long long request = request_id;
    long long id = finding_id;
    soci::statement update = (sql.prepare << "UPDATE assessment_findings SET status = :to, "
                                             "updated_at = :at WHERE id = :i AND request_id = "
                                             ":r AND status = :from",
        soci::use(to_text), soci::use(at), soci::use(id), soci::use(request), soci::use(from_text));
    update.execute(true);
    if (update.get_affected_rows() != 1)
        return false;
    DeskEvent recorded = event;
    recorded.detail["finding"] = finding_id;
    recorded.detail["from"] = from_text;
    recorded.detail["to"] = to_text;
    append_desk_event(sql, request_id, recorded, now);
    transaction.commit();
    return true;
}

std::vector<Finding> AssessmentStore::findings(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long request = request_id;
    soci::rowset<soci::row> rows
        = (sql.prepare << std::string(kFindingColumns) + "WHERE request_id = :r ORDER BY id",
            soci::use(request));
    std::vector<Finding> result;
    for (const soci::row& row : rows)
        result.push_back(finding_from_row(row));
    return result;
}

std::optional<Finding> AssessmentStore::finding(std::int64_t request_id, std::int64_t finding_id)
{
    soci::session sql(m_database.pool());
    long long request = request_id;
    long long id = finding_id;
    soci::rowset<soci::row> rows
        = (sql.prepare << std::string(kFindingColumns) + "WHERE request_id = :r AND id = :i",
            soci::use(request), soci::use(id));
    for (const soci::row& row : rows)
        return finding_from_row(row);
    return std::nullopt;
}

Assessment AssessmentStore::assessment(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long request = request_id;
    Assessment result;
    result.request_id = request_id;
    soci::rowset<soci::row> rows = (sql.prepare << "SELECT system_id, report_tlp FROM "
                                                   "assessments WHERE request_id = :r",
        soci::use(request));
    for (const soci::row& row : rows) {
        if (auto system = optional_integer_at(row, 0))
            result.system_id = *system;
        result.report_tlp = text_at(row, 1);
    }
    return result;
}

void AssessmentStore::save_assessment(
    const Assessment& assessment, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::string at = domain::to_utc_text(now);
    long long request = assessment.request_id;
    long long system = assessment.system_id.value_or(0);
    soci::indicator system_indicator = assessment.system_id ? soci::i_ok : soci::i_null;
    long long count = 0;
    sql << "SELECT COUNT(*) FROM assessments WHERE request_id = :r", soci::into(count),
        soci::use(request);
    if (count == 0) {
        sql << "INSERT INTO assessments (request_id, system_id, report_tlp, updated_at) VALUES "
               "(:r, :s, :t, :u)",
            soci::use(request), soci::use(system, system_indicator),
            soci::use(assessment.report_tlp), soci::use(at);
    } else {
        sql << "UPDATE assessments SET system_id = :s, report_tlp = :t, updated_at = :u WHERE "
               "request_id = :r",
            soci::use(system, system_indicator), soci::use(assessment.report_tlp), soci::use(at),
            soci::use(request);
    }
    append_desk_event(sql, assessment.request_id, event, now);
    transaction.commit();
}

} // namespace lapis::store
