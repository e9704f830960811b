#include "notify/smtp.hpp"

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

#include "notify/mime.hpp"

namespace lapis::notify {
namespace {

// curl_global_init is not thread-safe on every build of libcurl; run it once,
// before the first handle, whichever thread gets there first.
void initialise_curl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Upload {
    const std::string& bytes;
    std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* context)
{
    auto* upload = static_cast<Upload*>(context);
    const std::size_t room = size * count;
    const std::size_t length = std::min(room, upload->bytes.size() - upload->offset);
    std::memcpy(buffer, upload->bytes.data() + upload->offset, length);
    upload->offset += length;
    return length;
}

bool is_unreachable(CURLcode code)
{
    return code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST
        || code == CURLE_COULDNT_RESOLVE_PROXY || code == CURLE_OPERATION_TIMEDOUT;
}

struct CurlHandle {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};

struct RecipientList {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

SendResult failure(std::string error)
{
    SendResult result;
    result.error = std::move(error);
    return result;
}

// libcurl's words and the reply code; neither can hold the password.
SendResult curl_failure(CURLcode code, const char* detail, long smtp_code)
{
    SendResult result;
    result.server_unreachable = is_unreachable(code);
    result.smtp_code = smtp_code;
    // The error buffer is the more specific (it names the host or quotes the
    // server's reply); libcurl leaves it empty for some failures.
    result.error = detail[0] != '\0' ? detail : curl_easy_strerror(code);
    if (smtp_code != 0)
        result.error += " (SMTP " + std::to_string(smtp_code) + ")";
    return result;
}

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    initialise_curl();
    const bool tls = m_settings.starttls || m_settings.url.rfind("smtps://", 0) == 0;
    if (!m_settings.username.empty() && !tls)
        spdlog::warn("smtp credentials would travel unencrypted server={} (set starttls or "
                     "use smtps://)",
            server());
}

std::string SmtpSender::server() const
{
    const std::string& url = m_settings.url;
    const auto scheme_end = url.find("://");
    const auto at = url.find('@');
    if (scheme_end == std::string::npos || at == std::string::npos)
        return url;
    return url.substr(0, scheme_end + 3) + url.substr(at + 1);
}

SendResult SmtpSender::send(const std::string& recipient, const std::string& message)
{
    if (!plausible_address(recipient))
        return failure("recipient is not a usable address");
    const std::string sender = parse_mailbox(m_settings.from).address;
    if (!plausible_address(sender))
        return failure("the configured sender is not a usable address");

    std::unique_ptr<CURL, CurlHandle> handle(curl_easy_init());
    if (!handle)
        return failure("libcurl could not create a handle");
    CURL* curl = handle.get();

    const std::string envelope_sender = "<" + sender + ">";
    std::unique_ptr<curl_slist, RecipientList> recipients(
        curl_slist_append(nullptr, ("<" + recipient + ">").c_str()));
    Upload upload{ message };
    char detail[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(curl, CURLOPT_URL, m_settings.url.c_str());
    // Only mail protocols: a mistyped URL must not turn into an HTTP upload.
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, envelope_sender.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
    // Signals cannot interrupt a worker thread's name lookup safely.
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, m_settings.timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, m_settings.timeout_seconds);
    if (m_settings.starttls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!m_settings.username.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, m_settings.username.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_settings.password.c_str());
    }

    const CURLcode code = curl_easy_perform(curl);
    long smtp_code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &smtp_code);
    if (code != CURLE_OK)
        return curl_failure(code, detail, smtp_code);
    SendResult result;
    result.ok = true;
    result.smtp_code = smtp_code;
    return result;
}

} // namespace lapis::notify
