// Checks a submitted form against the catalog's fields: types, requirements that
// depend on other fields, identity numbers, the official email domain. Pure: the
// caller passes what was sent and today's date in the office's time zone.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "domain/identity.hpp"
#include "domain/message.hpp"

namespace lapis::domain {

struct UploadInfo {
    std::string filename;
    std::size_t size = 0;
};

struct FormInput {
    std::map<std::string, std::string> values; // every non-file value sent
    std::map<std::string, std::vector<UploadInfo>> files; // file fields that carried a file
};

struct FormCheck {
    std::map<std::string, std::string> values; // normalised, declared fields only
    std::map<std::string, Message> errors; // field → why it was refused
    std::map<std::string, Message> warnings; // field → accepted, but worth a look

    bool ok() const { return errors.empty(); }
};

// Unknown names in `input` are errors under their own name ("field.unknown"): a
// form cannot set what the catalog does not declare (AC-24a).
FormCheck check_form(const catalog::Catalog& catalog, const std::vector<catalog::Field>& fields,
    const FormInput& input, Date today);

// A desk's free-text entry (a location, a reference, a test note), held to the
// rules of the request forms: trimmed; empty only when not `required`; valid UTF-8
// without hidden controls ("text.encoding"; a multi-line text keeps its line
// breaks and tabs); at most `limit` characters. nullopt: accepted.
std::optional<Message> check_entry_text(
    std::string_view text, std::size_t limit, bool required, bool multiline);

// Valid UTF-8 without hidden controls (C0 controls other than tab and line breaks,
// DEL, bidirectional embeddings, overrides and isolates): text a page can show as
// it reads.
bool is_readable_text(std::string_view text);
// Characters (Unicode code points) of valid UTF-8: what a limit "at most N
// characters" counts.
std::size_t character_count(std::string_view text);

// Whether a field is required given the other values sent.
bool is_required(const catalog::Field& field, const std::map<std::string, std::string>& values);

} // namespace lapis::domain
