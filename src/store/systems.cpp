#include "store/systems.hpp"

#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "store/rows.hpp"
#include "store/transaction.hpp"

namespace lapis::store {
namespace {

constexpr const char* kSystemColumns = "s.id, s.agency, s.name, s.url, s.owner_unit, "
                                       "s.description, s.created_at, s.updated_at, "
                                       "COALESCE(c.category, ''), COALESCE(c.score, 0), "
                                       "COALESCE(c.instrument_version, ''), c.recorded_at";

// The newest complete categorisation of each system.
constexpr const char* kLatestJoin
    = " FROM electronic_systems s LEFT JOIN system_categorisations c ON c.id = ("
      "SELECT MAX(x.id) FROM system_categorisations x WHERE x.system_id = s.id "
      "AND x.category <> '')";

domain::TimePoint parse_time(const std::string& text)
{
    return domain::from_utc_text(text).value_or(domain::TimePoint{});
}

ElectronicSystem system_from_row(const soci::row& row)
{
    ElectronicSystem system;
    system.id = integer_at(row, 0);
    system.agency = row.get<std::string>(1);
    system.name = row.get<std::string>(2);
    system.url = row.get<std::string>(3);
    system.owner_unit = row.get<std::string>(4);
    system.description = row.get<std::string>(5);
    system.created_at = parse_time(row.get<std::string>(6));
    system.updated_at = parse_time(row.get<std::string>(7));
    system.category = row.get<std::string>(8);
    system.score = static_cast<int>(integer_at(row, 9));
    system.instrument_version = row.get<std::string>(10);
    if (row.get_indicator(11) == soci::i_ok)
        system.categorised_at = parse_time(row.get<std::string>(11));
    return system;
}

SystemCategorisation categorisation_from_row(const soci::row& row)
{
    SystemCategorisation categorisation;
    categorisation.id = integer_at(row, 0);
    categorisation.system_id = integer_at(row, 1);
    if (row.get_indicator(2) == soci::i_ok)
        categorisation.request_id = integer_at(row, 2);
    categorisation.instrument_version = row.get<std::string>(3);
    for (const auto& answer : nlohmann::json::parse(row.get<std::string>(4)))
        categorisation.answers.push_back(answer.get<std::string>());
    if (row.get_indicator(5) == soci::i_ok)
        categorisation.score = static_cast<int>(integer_at(row, 5));
    categorisation.category = row.get<std::string>(6);
    categorisation.recorded_by = integer_at(row, 7);
    categorisation.recorded_at = parse_time(row.get<std::string>(8));
    return categorisation;
}

constexpr const char* kCategorisationColumns
    = "SELECT id, system_id, request_id, instrument_version, answers, score, category, "
      "recorded_by, recorded_at FROM system_categorisations ";

bool name_taken(
    soci::session& sql, const std::string& agency, const std::string& name, SystemId except)
{
    long long count = 0;
    long long other = except;
    sql << "SELECT COUNT(*) FROM electronic_systems WHERE agency = :a AND LOWER(name) = "
           "LOWER(:n) AND id <> :i",
        soci::into(count), soci::use(agency), soci::use(name), soci::use(other);
    return count > 0;
}

std::optional<SystemId> id_by_name(
    soci::session& sql, const std::string& agency, const std::string& name)
{
    long long id = 0;
    soci::indicator indicator = soci::i_null;
    sql << "SELECT MIN(id) FROM electronic_systems WHERE agency = :a AND LOWER(name) = LOWER(:n)",
        soci::into(id, indicator), soci::use(agency), soci::use(name);
    if (!sql.got_data() || indicator != soci::i_ok)
        return std::nullopt;
    return id;
}

SystemId insert_system(soci::session& sql, const ElectronicSystem& system, const std::string& at)
{
    long long id = 0;
    sql << "INSERT INTO electronic_systems (agency, name, url, owner_unit, description, "
           "created_at, updated_at) VALUES (:a, :n, :u, :o, :d, :c, :c2) RETURNING id",
        soci::use(system.agency), soci::use(system.name), soci::use(system.url),
        soci::use(system.owner_unit), soci::use(system.description), soci::use(at), soci::use(at),
        soci::into(id);
    return id;
}

void write_link(soci::session& sql, std::int64_t request_id, SystemId system, std::int64_t by,
    const std::string& at)
{
    long long request = request_id;
    long long target = system;
    long long user = by;
    sql << "DELETE FROM request_systems WHERE request_id = :r", soci::use(request);
    sql << "INSERT INTO request_systems (request_id, system_id, linked_by, linked_at) VALUES "
           "(:r, :s, :b, :t)",
        soci::use(request), soci::use(target), soci::use(user), soci::use(at);
}

std::int64_t insert_categorisation(soci::session& sql, const SystemCategorisation& categorisation)
{
    const std::string answers = nlohmann::json(categorisation.answers).dump();
    const std::string at = domain::to_utc_text(categorisation.recorded_at);
    long long system = categorisation.system_id;
    long long request = categorisation.request_id.value_or(0);
    soci::indicator request_indicator = categorisation.request_id ? soci::i_ok : soci::i_null;
    long long score = categorisation.score.value_or(0);
    soci::indicator score_indicator = categorisation.score ? soci::i_ok : soci::i_null;
    long long by = categorisation.recorded_by;
    long long id = 0;
    sql << "INSERT INTO system_categorisations (system_id, request_id, instrument_version, "
           "answers, score, category, recorded_by, recorded_at) VALUES (:s, :r, :v, :a, :sc, "
           ":c, :b, :t) RETURNING id",
        soci::use(system), soci::use(request, request_indicator),
        soci::use(categorisation.instrument_version), soci::use(answers),
        soci::use(score, score_indicator), soci::use(categorisation.category), soci::use(by),
        soci::use(at), soci::into(id);
    return id;
}

} // namespace

SystemStore::SystemStore(Database& database)
    : m_database(database)
{
}

std::optional<SystemId> SystemStore::add(const ElectronicSystem& system, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    if (name_taken(sql, system.agency, system.name, 0))
        return std::nullopt;
    const SystemId id = insert_system(sql, system, domain::to_utc_text(now));
    transaction.commit();
    return id;
}

bool SystemStore::update(const ElectronicSystem& system, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    std::string agency;
    long long id = system.id;
    sql << "SELECT agency FROM electronic_systems WHERE id = :i", soci::into(agency), soci::use(id);
    if (!sql.got_data() || name_taken(sql, agency, system.name, system.id))
        return false;
    const std::string at = domain::to_utc_text(now);
    sql << "UPDATE electronic_systems SET name = :n, url = :u, owner_unit = :o, "
           "description = :d, updated_at = :t WHERE id = :i",
        soci::use(system.name), soci::use(system.url), soci::use(system.owner_unit),
        soci::use(system.description), soci::use(at), soci::use(id);
    transaction.commit();
    return true;
}

std::optional<ElectronicSystem> SystemStore::find(SystemId id)
{
    soci::session sql(m_database.pool());
    long long wanted = id;
    soci::rowset<soci::row> rows = (sql.prepare
            << std::string("SELECT ") + kSystemColumns + kLatestJoin + " WHERE s.id = :i",
        soci::use(wanted));
    for (const soci::row& row : rows)
        return system_from_row(row);
    return std::nullopt;
}

std::vector<ElectronicSystem> SystemStore::list(const std::string& agency)
{
    soci::session sql(m_database.pool());
    std::vector<ElectronicSystem> systems;
    soci::rowset<soci::row> rows
        = (sql.prepare << std::string("SELECT ") + kSystemColumns + kLatestJoin
                    + " WHERE (:a = '' OR s.agency = :a2) ORDER BY s.agency, s.name, s.id",
            soci::use(agency), soci::use(agency));
    for (const soci::row& row : rows)
        systems.push_back(system_from_row(row));
    return systems;
}

std::int64_t SystemStore::add_categorisation(const SystemCategorisation& categorisation)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::int64_t id = insert_categorisation(sql, categorisation);
    transaction.commit();
    return id;
}

std::int64_t SystemStore::add_categorisation(
    const SystemCategorisation& categorisation, const DeskEvent& event)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::int64_t id = insert_categorisation(sql, categorisation);
    if (categorisation.request_id) {
        DeskEvent recorded = event;
        recorded.detail["categorisation"] = id;
        append_desk_event(sql, *categorisation.request_id, recorded, categorisation.recorded_at);
    }
    transaction.commit();
    return id;
}

std::optional<ElectronicSystem> SystemStore::find_by_name(
    const std::string& agency, const std::string& name)
{
    std::optional<SystemId> id;
    {
        soci::session sql(m_database.pool());
        id = id_by_name(sql, agency, name);
    }
    return id ? find(*id) : std::nullopt;
}

std::optional<SystemId> SystemStore::system_for_request(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long wanted = request_id;
    long long system = 0;
    sql << "SELECT system_id FROM request_systems WHERE request_id = :r", soci::into(system),
        soci::use(wanted);
    if (!sql.got_data())
        return std::nullopt;
    return system;
}

bool SystemStore::link_request(std::int64_t request_id, SystemId system, std::int64_t by,
    const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    long long wanted = system;
    long long count = 0;
    sql << "SELECT COUNT(*) FROM electronic_systems WHERE id = :i", soci::into(count),
        soci::use(wanted);
    if (count == 0)
        return false;
    write_link(sql, request_id, system, by, domain::to_utc_text(now));
    DeskEvent recorded = event;
    recorded.detail["system"] = system;
    append_desk_event(sql, request_id, recorded, now);
    transaction.commit();
    return true;
}

SystemId SystemStore::add_for_request(const ElectronicSystem& system, std::int64_t request_id,
    std::int64_t by, const DeskEvent& event, domain::TimePoint now)
{
    soci::session sql(m_database.pool());
    WriteTransaction transaction(sql, m_database.engine());
    const std::string at = domain::to_utc_text(now);
    const auto existing = id_by_name(sql, system.agency, system.name);
    const SystemId id = existing ? *existing : insert_system(sql, system, at);
    write_link(sql, request_id, id, by, at);
    DeskEvent recorded = event;
    recorded.detail["system"] = id;
    append_desk_event(sql, request_id, recorded, now);
    transaction.commit();
    return id;
}

std::vector<SystemCategorisation> SystemStore::categorisations(SystemId id)
{
    soci::session sql(m_database.pool());
    long long wanted = id;
    std::vector<SystemCategorisation> result;
    soci::rowset<soci::row> rows = (sql.prepare
            << std::string(kCategorisationColumns) + "WHERE system_id = :s ORDER BY id DESC",
        soci::use(wanted));
    for (const soci::row& row : rows)
        result.push_back(categorisation_from_row(row));
    return result;
}

std::optional<SystemCategorisation> SystemStore::categorisation_for_request(std::int64_t request_id)
{
    soci::session sql(m_database.pool());
    long long wanted = request_id;
    soci::rowset<soci::row> rows = (sql.prepare << std::string(kCategorisationColumns)
                + "WHERE request_id = :r ORDER BY id DESC LIMIT 1",
        soci::use(wanted));
    for (const soci::row& row : rows)
        return categorisation_from_row(row);
    return std::nullopt;
}

} // namespace lapis::store
