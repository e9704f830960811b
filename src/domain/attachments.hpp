// What an uploaded file may be (AC-11, AC-13): its name is cleaned for display
// only, its last extension must be on the field's allow-list, no inner part of
// the name may be an executable's extension, and the content's sniffed type must
// agree with the extension. The sniffing itself happens at the edge; this is the
// decision.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/message.hpp"

namespace lapis::domain {

// The allow-list used when a field names none.
const std::vector<std::string>& default_accepted_extensions();

struct UploadVerdict {
    std::optional<std::string> display_name; // cleaned; set when accepted
    std::string content_type; // the type it is served as to staff
    Message error;
};

// `sniffed` is the MIME type found from the bytes (libmagic), e.g. "application/pdf".
UploadVerdict check_upload(std::string_view client_name, std::string_view sniffed, std::size_t size,
    const std::vector<std::string>& accepted);

// The last path component, without control or bidirectional-override
// characters; shows U+202E as a visible marker instead of obeying it.
std::string clean_display_name(std::string_view client_name);

} // namespace lapis::domain
