// The administrator's view of the audit trail: newest first, filtered by action,
// object and user, with the chain's verdict on top.
#include <nlohmann/json.hpp>

#include "web/handlers.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

using nlohmann::json;

constexpr std::size_t kPageSize = 100;

std::int64_t number_or_zero(const std::string& text)
{
    try {
        return text.empty() ? 0 : std::stoll(text);
    } catch (const std::exception&) {
        return 0;
    }
}

} // namespace

Response audit_page(Context& context, Request& request)
{
    if (!context.user->roles.contains("admin"))
        return not_found_page(context);
    store::AuditFilter filter;
    filter.action_prefix = request.query_value("aksi");
    filter.object = request.query_value("objek");
    filter.actor_user = number_or_zero(request.query_value("pengguna"));
    filter.before_id = number_or_zero(request.query_value("sebelum"));
    filter.limit = kPageSize;

    const int offset = context.app.catalog.office.utc_offset_minutes;
    json rows = json::array();
    std::int64_t oldest = 0;
    for (const store::AuditRow& row : context.app.audit.list(filter)) {
        rows.push_back({ { "id", row.id }, { "at", domain::to_office_display(row.at, offset) },
            { "actor_kind", row.event.actor_kind }, { "actor_user", row.event.actor_user },
            { "remote", row.event.remote }, { "action", row.event.action },
            { "object", row.event.object }, { "detail", row.event.detail },
            { "hash", row.hash.substr(0, 12) } });
        oldest = row.id;
    }
    const auto verdict = context.app.audit.verify();
    json model = { { "rows", rows }, { "aksi", filter.action_prefix }, { "objek", filter.object },
        { "pengguna", request.query_value("pengguna") }, { "intact", verdict.intact },
        { "count", verdict.rows }, { "first_bad", verdict.first_bad_id },
        { "reason", verdict.reason } };
    if (rows.size() == kPageSize) {
        model["older"] = "/admin/audit?aksi=" + url_encode(filter.action_prefix) + "&objek="
            + url_encode(filter.object) + "&pengguna=" + url_encode(request.query_value("pengguna"))
            + "&sebelum=" + std::to_string(oldest);
    }
    context.app.audit.record({ "staf", context.user->id, request.remote, "audit.view", "audit",
                                 json({ { "aksi", filter.action_prefix } }).dump() },
        context.app.clock.now());
    Response response = page(context, "audit.tpl", "Jejak Audit", model);
    response.header("Cache-Control", "no-store");
    return response;
}

} // namespace lapis::web
