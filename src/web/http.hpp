// lapis's own view of HTTP: what handlers read and return. Only http_server.cpp
// sees the HTTP library; everything else works with these plain types.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lapis::web {

struct FormData;

struct Request {
    std::string method; // "GET", "POST", ...
    std::string path; // as sent, percent-encoded, without the query
    std::multimap<std::string, std::string> query;
    std::map<std::string, std::string> headers; // names in lower case
    std::string body;
    std::string remote; // the peer's address, for rate limits
    // Filled by the router from the path, each segment percent-decoded.
    std::map<std::string, std::string> params;
    bool over_tls = false;

    std::string header(const std::string& lower_case_name) const;
    std::string query_value(const std::string& name) const;
    std::string cookie(const std::string& name) const;
    std::string param(const std::string& name) const;
    // The body as a form, parsed once on first use.
    FormData& form();

private:
    std::shared_ptr<FormData> m_form;
};

struct Response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;

    Response& header(std::string name, std::string value);
};

struct FilePart {
    std::string field;
    std::string filename; // as the client sent it: untrusted, never a path
    std::string content_type;
    std::string bytes;
};

// A submitted form: application/x-www-form-urlencoded or multipart/form-data.
struct FormData {
    std::multimap<std::string, std::string> values;
    std::vector<FilePart> files;
    bool malformed = false;

    std::string value(const std::string& name) const;
};

// Implemented beside the HTTP library (http_server.cpp).
FormData parse_form(const Request& request);
std::multimap<std::string, std::string> parse_query_string(const std::string& query);

} // namespace lapis::web
