#include "web/http.hpp"

namespace lapis::web {

std::string Request::header(const std::string& lower_case_name) const
{
    auto found = headers.find(lower_case_name);
    return found == headers.end() ? std::string() : found->second;
}

std::string Request::query_value(const std::string& name) const
{
    auto found = query.find(name);
    return found == query.end() ? std::string() : found->second;
}

std::string Request::param(const std::string& name) const
{
    auto found = params.find(name);
    return found == params.end() ? std::string() : found->second;
}

std::string Request::cookie(const std::string& name) const
{
    const std::string all = header("cookie");
    std::size_t at = 0;
    while (at < all.size()) {
        std::size_t end = all.find(';', at);
        if (end == std::string::npos)
            end = all.size();
        std::string pair = all.substr(at, end - at);
        std::size_t start = pair.find_first_not_of(' ');
        std::size_t equals = pair.find('=');
        if (start != std::string::npos && equals != std::string::npos
            && pair.substr(start, equals - start) == name)
            return pair.substr(equals + 1);
        at = end + 1;
    }
    return {};
}

FormData& Request::form()
{
    if (!m_form)
        m_form = std::make_shared<FormData>(parse_form(*this));
    return *m_form;
}

Response& Response::header(std::string name, std::string value)
{
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
}

std::string FormData::value(const std::string& name) const
{
    auto found = values.find(name);
    return found == values.end() ? std::string() : found->second;
}

} // namespace lapis::web
