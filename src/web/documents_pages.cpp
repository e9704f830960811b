// Generated letters: the requester's and staff's downloads, and the public page
// that tells whether a printed letter is genuine.
#include <nlohmann/json.hpp>

#include "web/desk.hpp"
#include "web/handlers.hpp"
#include "web/letters.hpp"
#include "web/pages.hpp"

namespace lapis::web {
namespace {

Response pdf_response(const LetterFile& letter)
{
    return pdf_download(
        letter.pdf, letter.document.template_id + "-" + letter.document.request_number + ".pdf");
}

void audit_view(Context& context, const Request& request, const LetterFile& letter)
{
    nlohmann::json detail
        = { { "template", letter.document.template_id }, { "code", letter.document.code } };
    context.app.audit.record(
        { context.user ? "staf" : "pemohon", context.user ? context.user->id : 0, request.remote,
            "document.view", "request:" + letter.document.request_number, detail.dump() },
        context.app.clock.now());
}

} // namespace

Response requester_letter(Context& context, Request& request)
{
    auto found
        = find_for_requester(context.app, request.param("number"), request.query_value("kode"));
    if (!found)
        return message_page(context, 404, "tracking.not_found_title", "tracking.not_found_text");
    auto letter = letter_file(context.app, *found, request.param("template"));
    if (!letter)
        return not_found_page(context);
    audit_view(context, request, *letter);
    return pdf_response(*letter);
}

Response staff_letter(Context& context, Request& request)
{
    auto found = context.app.requests.find(request.param("number"));
    // Letters print identity numbers in full: only for roles that see them unmasked.
    if (!found || !staff_sees_identity(*context.user, *found))
        return not_found_page(context);
    auto letter = letter_file(context.app, *found, request.param("template"));
    if (!letter)
        return not_found_page(context);
    audit_view(context, request, *letter);
    return pdf_response(*letter);
}

Response verify_page(Context& context, Request& request)
{
    auto document = context.app.documents.find_by_code(request.param("code"));
    if (!document)
        return message_page(context, 404, "verify.unknown_title", "verify.unknown_text");
    const catalog::Catalog& catalog = context.app.catalog;
    std::string title = document->template_id;
    for (const catalog::Service& service : catalog.services) {
        for (const catalog::Document& candidate : service.documents) {
            if (candidate.id == document->template_id)
                title = candidate.title;
        }
    }
    nlohmann::json model = { { "title", title }, { "code", document->code },
        { "number", document->request_number }, { "sha256", document->sha256 },
        { "size", document->size },
        { "created",
            domain::to_office_display(document->created_at, catalog.office.utc_offset_minutes) },
        { "office", catalog.office.name }, { "parent", catalog.office.parent } };
    return page(context, "verify.tpl", "Verifikasi Dokumen", model);
}

} // namespace lapis::web
