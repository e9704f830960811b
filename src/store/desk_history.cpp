#include "store/desk_history.hpp"

#include <soci/soci.h>

namespace lapis::store {

std::int64_t append_desk_event(
    soci::session& sql, std::int64_t request_id, const DeskEvent& event, domain::TimePoint now)
{
    long long id = request_id;
    std::string status;
    long long step = 0;
    sql << "SELECT status, step_index FROM requests WHERE id = :i", soci::into(status),
        soci::into(step), soci::use(id);
    nlohmann::json detail = event.detail.is_object() ? event.detail : nlohmann::json::object();
    detail["event"] = event.event;
    if (event.public_note)
        detail["public"] = true;
    const std::string detail_text = detail.dump();
    const std::string when = domain::to_utc_text(now);
    const std::string action = "desk";
    const std::string none;
    long long actor_user = event.actor_user;
    soci::indicator actor_indicator = event.actor_user == 0 ? soci::i_null : soci::i_ok;
    long long history_id = 0;
    sql << "INSERT INTO request_history (request_id, at, action, actor_kind, actor_user, "
           "on_behalf_of, from_status, to_status, from_step, to_step, note, detail) VALUES (:r, "
           ":at, :a, :k, :u, :b, :fs, :ts, :fst, :tst, :n, :d) RETURNING id",
        soci::use(id), soci::use(when), soci::use(action), soci::use(event.actor_kind),
        soci::use(actor_user, actor_indicator), soci::use(none), soci::use(status),
        soci::use(status), soci::use(step), soci::use(step), soci::use(event.note),
        soci::use(detail_text), soci::into(history_id);
    return history_id;
}

} // namespace lapis::store
