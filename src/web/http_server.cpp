#include "web/http_server.hpp"

#include <restinio/all.hpp>
#include <restinio/helpers/http_field_parsers/content-disposition.hpp>
#include <restinio/helpers/http_field_parsers/content-type.hpp>
#include <restinio/helpers/multipart_body.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <csignal>
#include <thread>

namespace lapis::web {
namespace {

struct Traits : public restinio::default_traits_t {
    static constexpr bool use_connection_count_limiter = true;
};

using Server = restinio::http_server_t<Traits>;

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::multimap<std::string, std::string> decode_pairs(restinio::string_view_t text)
{
    std::multimap<std::string, std::string> pairs;
    auto parsed = restinio::try_parse_query<restinio::parse_query_traits::relaxed>(text);
    if (!parsed)
        return pairs;
    for (const auto& [name, value] : *parsed)
        pairs.emplace(std::string(name), std::string(value));
    return pairs;
}

Request to_request(const restinio::request_handle_t& handle, bool over_tls)
{
    Request request;
    const auto& header = handle->header();
    request.method = header.method().c_str();
    request.path = std::string(header.path()); // still percent-encoded: the router decodes
    request.query = decode_pairs(header.query());
    header.for_each_field([&request](const restinio::http_header_field_t& field) {
        request.headers[lower(std::string(field.name()))] = std::string(field.value());
    });
    request.body = handle->body();
    request.remote = handle->remote_endpoint().address().to_string();
    request.over_tls = over_tls;
    return request;
}

const char* reason_phrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    default:
        return status >= 500 ? "Internal Server Error" : "Unknown";
    }
}

// The proxy appends the client it saw as the last X-Forwarded-For entry; entries
// before it come from the client and are not trusted.
void apply_proxy_headers(Request& request)
{
    if (request.remote != "127.0.0.1" && request.remote != "::1")
        return;
    std::string forwarded = request.header("x-forwarded-for");
    if (!forwarded.empty()) {
        auto comma = forwarded.rfind(',');
        std::string last = comma == std::string::npos ? forwarded : forwarded.substr(comma + 1);
        last.erase(0, last.find_first_not_of(' '));
        last.erase(last.find_last_not_of(' ') + 1);
        if (!last.empty() && last.size() <= 45)
            request.remote = last;
    }
    request.over_tls = lower(request.header("x-forwarded-proto")) == "https";
}

void send(const restinio::request_handle_t& handle, const Response& response)
{
    auto reply = handle->create_response(restinio::http_status_line_t{
        restinio::http_status_code_t{ static_cast<std::uint16_t>(response.status) },
        reason_phrase(response.status) });
    for (const auto& [name, value] : response.headers)
        reply.append_header(name, value);
    reply.set_body(response.body);
    reply.done();
}

FilePart describe_part(const restinio::multipart_body::parsed_part_t& part, bool& is_file)
{
    using restinio::http_field_parsers::content_disposition_value_t;
    FilePart described;
    is_file = false;
    auto disposition_field = part.fields.opt_value_of(restinio::http_field::content_disposition);
    if (!disposition_field)
        return described;
    // Browsers send a file name's backslashes as they are (HTML escapes only CR, LF
    // and the quote, as %0D %0A %22), while a quoted-string reads backslash-w as w
    // and would lose the separators of "..\..\win.ini.txt" (AC-13). So every
    // backslash is literal, except before a quote, as curl escapes one.
    const std::string_view raw_field = *disposition_field;
    std::string field_text;
    for (std::size_t i = 0; i < raw_field.size(); ++i) {
        field_text.push_back(raw_field[i]);
        if (raw_field[i] == '\\' && (i + 1 >= raw_field.size() || raw_field[i + 1] != '"'))
            field_text.push_back('\\');
    }
    auto disposition = content_disposition_value_t::try_parse(field_text);
    if (!disposition)
        return described;
    for (const auto& [name, value] : disposition->parameters) {
        if (name == "name")
            described.field = value;
        if (name == "filename") {
            described.filename = value;
            is_file = true;
        }
    }
    if (auto type = part.fields.opt_value_of(restinio::http_field::content_type))
        described.content_type = std::string(*type);
    described.bytes = std::string(part.body);
    return described;
}

// The "--boundary" mark of a multipart Content-Type; empty when there is none.
std::string boundary_mark(const std::string& content_type)
{
    namespace fields = restinio::http_field_parsers;
    auto parsed = fields::content_type_value_t::try_parse(content_type);
    if (!parsed)
        return {};
    auto boundary = fields::find_first(parsed->media_type.parameters, "boundary");
    if (!boundary || restinio::multipart_body::check_boundary_value(*boundary))
        return {};
    return "--" + std::string(boundary->data(), boundary->size());
}

} // namespace

std::multimap<std::string, std::string> parse_query_string(const std::string& query)
{
    return decode_pairs(query);
}

FormData parse_form(const Request& request)
{
    FormData form;
    const std::string type = lower(request.header("content-type"));
    if (type.rfind("application/x-www-form-urlencoded", 0) == 0) {
        auto parsed
            = restinio::try_parse_query<restinio::parse_query_traits::relaxed>(request.body);
        if (!parsed) {
            form.malformed = !request.body.empty();
            return form;
        }
        for (const auto& [name, value] : *parsed)
            form.values.emplace(std::string(name), std::string(value));
        return form;
    }
    if (type.rfind("multipart/form-data", 0) != 0) {
        form.malformed = !request.body.empty();
        return form;
    }
    auto boundary = boundary_mark(request.header("content-type"));
    if (boundary.empty()) {
        form.malformed = true;
        return form;
    }
    auto parts = restinio::multipart_body::split_multipart_body(request.body, boundary);
    for (const auto& raw : parts) {
        auto part = restinio::multipart_body::try_parse_part(raw);
        if (!part) {
            form.malformed = true;
            return form;
        }
        bool is_file = false;
        FilePart described = describe_part(*part, is_file);
        if (described.field.empty()) {
            form.malformed = true;
            return form;
        }
        if (is_file) {
            if (!described.filename.empty() || !described.bytes.empty())
                form.files.push_back(std::move(described));
        } else {
            form.values.emplace(described.field, std::move(described.bytes));
        }
    }
    return form;
}

namespace {

// What lapis accepts of a request line and its headers. The HTTP parser's own
// limits (below) are set higher, so that a request beyond these gets an answer —
// 414 or 431 — rather than a dropped connection; only one beyond the parser's
// limits is still cut off.
constexpr std::size_t kMaxTarget = 8192;
constexpr std::size_t kMaxHeaderValue = 8192;
constexpr std::size_t kParserMaxTarget = 64 * 1024;
constexpr std::size_t kParserMaxHeaderValue = 64 * 1024;

std::optional<Response> refused_for_size(
    const restinio::request_handle_t& handle, const ServerOptions& options)
{
    auto plain = [](int status, std::string text) {
        return Response{ status, { { "Content-Type", "text/plain; charset=utf-8" } },
            std::move(text) };
    };
    if (handle->header().request_target().size() > kMaxTarget)
        return plain(414, "Alamat (URL) terlalu panjang. / The URL is too long.");
    bool too_large = handle->header().fields_count() > options.max_header_fields;
    handle->header().for_each_field([&](const restinio::http_header_field_t& field) {
        too_large = too_large || field.value().size() > kMaxHeaderValue;
    });
    if (too_large)
        return plain(431, "Kepala permintaan (header) terlalu besar. / Request headers too large.");
    return std::nullopt;
}

} // namespace

void serve(
    const ServerOptions& options, const Dispatch& dispatch, const std::function<void()>& on_ready)
{
    asio::io_context context;
    auto handler = [&dispatch, &options](restinio::request_handle_t handle) {
        Response response;
        try {
            if (auto refused = refused_for_size(handle, options)) {
                send(handle, *refused);
                return restinio::request_accepted();
            }
            Request request = to_request(handle, false);
            if (options.trust_proxy)
                apply_proxy_headers(request);
            response = dispatch(request);
        } catch (const std::exception& error) {
            // A handler that throws would otherwise drop the connection silently.
            spdlog::error("unhandled error in request handler: {}", error.what());
            response = Response{ 500, { { "Content-Type", "text/plain; charset=utf-8" } },
                "Terjadi kesalahan pada server. Silakan coba lagi." };
        }
        send(handle, response);
        return restinio::request_accepted();
    };

    auto settings
        = restinio::server_settings_t<Traits>{}
              .address(options.host)
              .port(options.port)
              .request_handler(handler)
              .read_next_http_message_timelimit(options.read_timeout)
              .handle_request_timeout(std::chrono::seconds(60))
              .max_pipelined_requests(4)
              .max_parallel_connections(options.max_connections)
              .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                            .max_url_size(kParserMaxTarget)
                                            .max_field_name_size(1024)
                                            .max_field_value_size(kParserMaxHeaderValue)
                                            .max_field_count(options.max_header_fields * 2)
                                            .max_body_size(options.max_body_bytes));
    Server server{ restinio::external_io_context(context), std::move(settings) };

    std::exception_ptr failure;
    asio::signal_set stop_signals{ context, SIGINT, SIGTERM };
    stop_signals.async_wait([&](const asio::error_code& error, int) {
        if (error)
            return;
        spdlog::info("stopping on signal");
        server.close_async([&context] { context.stop(); },
            [&failure](std::exception_ptr caught) { failure = caught; });
    });
    server.open_async([&on_ready] { on_ready(); },
        [&](std::exception_ptr caught) {
            failure = caught;
            context.stop();
        });

    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < options.threads; ++i)
        workers.emplace_back([&context] { context.run(); });
    context.run();
    for (auto& worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace lapis::web
