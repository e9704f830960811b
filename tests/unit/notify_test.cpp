// E-mail notifications: the message bytes (decoded back and compared), the SMTP
// sender against a real local server (tests/support/smtp_sink.py), and the
// outbox worker moving through failures on a clock the test controls.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "domain/tokens.hpp"
#include "notify/mime.hpp"
#include "notify/notifier.hpp"
#include "notify/smtp.hpp"
#include "store/database.hpp"
#include "store/outbox.hpp"
#include "store/transaction.hpp"

extern char** environ;

namespace {

using namespace lapis;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

const domain::TimePoint kStart = domain::from_utc_text("2026-12-03T10:04:05Z").value();
const std::string kFrom = "Lapis Diskominfo <lapis@kotacontoh.go.id>";
const std::string kRecipient = "maruf.hidayat@kotacontoh.go.id";
// AC-02 and AC-03.
const std::string kMarkupSubject = "Server <web-01> milik Dinas Syafi'i \"down\" & lambat";
const std::string kEmojiSubject = "Situs kelurahan diretas 😡";

// ---- Decoding, written apart from the encoder so that each checks the other ----

std::string decode_base64(std::string_view text)
{
    static constexpr std::string_view kAlphabet
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string bytes;
    std::uint32_t bits = 0;
    int count = 0;
    for (char c : text) {
        const auto value = kAlphabet.find(c);
        if (value == std::string_view::npos)
            continue; // line breaks and padding
        bits = (bits << 6) | static_cast<std::uint32_t>(value);
        count += 6;
        if (count >= 8) {
            count -= 8;
            bytes += static_cast<char>((bits >> count) & 0xFF);
        }
    }
    return bytes;
}

// The raw value of a header field, folds included, without the space after the colon.
std::string raw_field(const std::string& message, const std::string& name)
{
    const std::string header = message.substr(0, message.find("\r\n\r\n") + 2);
    const std::string start = name + ":";
    std::size_t at = 0;
    if (header.rfind(start, 0) != 0) {
        at = header.find("\r\n" + start);
        if (at == std::string::npos)
            return {};
        at += 2;
    }
    at += start.size();
    std::size_t end = at;
    for (;;) {
        end = header.find("\r\n", end);
        if (end + 2 >= header.size() || (header[end + 2] != ' ' && header[end + 2] != '\t'))
            break;
        end += 2;
    }
    std::string value = header.substr(at, end - at);
    return !value.empty() && value.front() == ' ' ? value.substr(1) : value;
}

std::string unfolded(std::string text)
{
    for (auto at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n"))
        text.erase(at, 2);
    return text;
}

// RFC 2047 decoding of UTF-8 "B" words; whitespace between two words is dropped (§6.2).
std::string decode_words(const std::string& value)
{
    static const std::string kOpen = "=?UTF-8?B?";
    std::string decoded;
    std::string spaces;
    bool after_word = false;
    for (std::size_t at = 0; at < value.size();) {
        if (value.compare(at, kOpen.size(), kOpen) == 0) {
            const auto end = value.find("?=", at + kOpen.size());
            decoded += decode_base64(value.substr(at + kOpen.size(), end - at - kOpen.size()));
            at = end + 2;
            spaces.clear();
            after_word = true;
        } else if (value[at] == ' ' && after_word) {
            spaces += value[at++];
        } else {
            decoded += spaces + value[at++];
            spaces.clear();
            after_word = false;
        }
    }
    return decoded + spaces;
}

std::string decoded_field(const std::string& message, const std::string& name)
{
    return decode_words(unfolded(raw_field(message, name)));
}

std::string decoded_body(const std::string& message)
{
    return decode_base64(message.substr(message.find("\r\n\r\n") + 4));
}

std::vector<std::string> lines_of(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (auto end = text.find("\r\n"); end != std::string::npos; end = text.find("\r\n", start)) {
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    lines.push_back(text.substr(start));
    return lines;
}

notify::MailMessage message_with(const std::string& subject, const std::string& body)
{
    notify::MailMessage message;
    message.from = kFrom;
    message.to = kRecipient;
    message.subject = subject;
    message.body = body;
    message.date = kStart;
    return message;
}

// ---- The message ----

TEST(MailMessage, KeepsPlainAsciiSubjectAsTyped)
{
    const std::string text = notify::build_message(message_with(kMarkupSubject, "x"));

    EXPECT_NE(text.find("\r\nSubject: " + kMarkupSubject + "\r\n"), std::string::npos);
    for (const char* entity : { "&#39;", "&quot;", "&amp;", "&lt;", "&gt;" })
        EXPECT_EQ(text.find(entity), std::string::npos) << entity;
}

TEST(MailMessage, EncodesNonAsciiSubjectAsRfc2047)
{
    const std::string text = notify::build_message(message_with(kEmojiSubject, "x"));

    const std::string raw = raw_field(text, "Subject");
    EXPECT_EQ(raw.rfind("=?UTF-8?B?", 0), 0u) << raw;
    EXPECT_EQ(decoded_field(text, "Subject"), kEmojiSubject);
}

TEST(MailMessage, FoldsLongSubjectIntoShortWholeCharacterWords)
{
    std::string subject;
    for (int i = 0; i < 12; ++i)
        subject += "Permohonan pemulihan situs kelurahan 😡 — tahap " + std::to_string(i) + " ";
    const std::string text = notify::build_message(message_with(subject, "x"));

    const auto lines = lines_of(raw_field(text, "Subject"));
    ASSERT_GT(lines.size(), 5u);
    EXPECT_LE(lines.front().size() + std::string("Subject: ").size(), 76u);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        EXPECT_LE(lines[i].size(), 76u) << lines[i]; // RFC 2047 §2
        EXPECT_EQ(lines[i].front(), ' ');
    }
    static const std::regex kWord(R"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=)");
    for (const auto& line : lines) {
        std::smatch word;
        ASSERT_TRUE(std::regex_search(line, word, kWord)) << line;
        EXPECT_LE(word.length(0), 75);
        // Each word alone decodes to whole characters (RFC 2047 §5).
        const std::string piece = decode_base64(word[1].str());
        EXPECT_EQ(notify::valid_utf8(piece), piece) << line;
    }
    EXPECT_EQ(decoded_field(text, "Subject"), subject);
}

TEST(MailMessage, FoldsLongAsciiSubjectAtSpaces)
{
    std::string subject;
    for (int i = 0; i < 20; ++i)
        subject += "kata" + std::to_string(i) + (i % 3 == 0 ? "  " : " ");
    subject += "akhir";
    const std::string text = notify::build_message(message_with(subject, "x"));

    const auto lines = lines_of(raw_field(text, "Subject"));
    ASSERT_GT(lines.size(), 1u);
    for (const auto& line : lines) {
        EXPECT_LE(line.size() + 9, 78u + 9) << line;
        EXPECT_NE(line.find_first_not_of(' '), std::string::npos);
    }
    EXPECT_EQ(unfolded(raw_field(text, "Subject")), subject);
}

TEST(MailMessage, BodyRoundTripsEmojiAndMarkupCharacters)
{
    const std::string body = "Ma'ruf <admin> \"x\" & y\nHalaman depan diganti 🔥🔥 sejak pagi.\n"
        + std::string(4000, 'z') + "\nselesai";
    const std::string text = notify::build_message(message_with("Tiket", body));

    std::string expected = body;
    for (auto at = expected.find('\n'); at != std::string::npos; at = expected.find('\n', at + 2))
        expected.replace(at, 1, "\r\n");
    EXPECT_EQ(decoded_body(text), expected);
    for (const auto& line : lines_of(text.substr(text.find("\r\n\r\n") + 4)))
        EXPECT_LE(line.size(), 76u);
}

TEST(MailMessage, HasTheHeadersAReaderNeeds)
{
    notify::MailMessage message = message_with("Tiket", "x");
    message.message_id = "abc@kotacontoh.go.id";
    const std::string text = notify::build_message(message);

    EXPECT_EQ(raw_field(text, "Date"), "Thu, 03 Dec 2026 10:04:05 +0000");
    EXPECT_EQ(raw_field(text, "From"), kFrom);
    EXPECT_EQ(raw_field(text, "To"), kRecipient);
    EXPECT_EQ(raw_field(text, "Message-ID"), "<abc@kotacontoh.go.id>");
    EXPECT_EQ(raw_field(text, "MIME-Version"), "1.0");
    EXPECT_EQ(raw_field(text, "Content-Type"), "text/plain; charset=UTF-8");
    EXPECT_EQ(raw_field(text, "Content-Transfer-Encoding"), "base64");
    // Every line ends in CRLF: no bare LF or CR anywhere.
    EXPECT_EQ(std::regex_search(text, std::regex("[^\r]\n|\r[^\n]")), false);
}

TEST(MailMessage, RandomMessageIdIsUniqueInTheSendersDomain)
{
    const std::string first = notify::build_message(message_with("a", "x"));
    const std::string second = notify::build_message(message_with("a", "x"));

    EXPECT_NE(raw_field(first, "Message-ID"), raw_field(second, "Message-ID"));
    EXPECT_TRUE(std::regex_match(
        raw_field(first, "Message-ID"), std::regex("<[a-z0-9]{20,}@kotacontoh\\.go\\.id>")));
}

TEST(MailMessage, OutboxMessageIdIsStablePerRowAndInstallation)
{
    const auto id = [](std::int64_t row, const char* key) {
        return notify::outbox_message_id(row, key, "lapis@kotacontoh.go.id");
    };

    EXPECT_EQ(id(41, "rahasia"), id(41, "rahasia"));
    EXPECT_NE(id(41, "rahasia"), id(42, "rahasia"));
    EXPECT_NE(id(41, "rahasia"), id(41, "lain"));
    EXPECT_EQ(id(41, "rahasia").find("41"), std::string::npos); // row numbers stay private
    EXPECT_TRUE(id(41, "rahasia").ends_with("@kotacontoh.go.id"));
}

TEST(MailMessage, LineBreaksInSubjectCannotAddHeaderFields)
{
    const std::string text
        = notify::build_message(message_with("Halo\r\nBcc: korban@contoh.id\nX: y", "x"));

    const std::string header = text.substr(0, text.find("\r\n\r\n"));
    EXPECT_EQ(header.find("\r\nBcc:"), std::string::npos);
    EXPECT_EQ(header.find("\r\nX:"), std::string::npos);
    EXPECT_EQ(decoded_field(text, "Subject"), "Halo  Bcc: korban@contoh.id X: y");
}

TEST(MailMessage, TextThatLooksEncodedIsEncodedItself)
{
    const std::string subject = "Kode =?UTF-8?B?SGFp?= bukan kata";
    const std::string text = notify::build_message(message_with(subject, "x"));

    EXPECT_EQ(decoded_field(text, "Subject"), subject);
}

TEST(MailMessage, MalformedUtf8BecomesTheReplacementCharacter)
{
    EXPECT_EQ(notify::valid_utf8("a\xC3(b"), "a\xEF\xBF\xBD(b");
    EXPECT_EQ(notify::valid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(notify::valid_utf8("😡 é"), "😡 é");
}

TEST(MailMessage, NonAsciiDisplayNameIsEncodedAndAddressKept)
{
    notify::MailMessage message = message_with("a", "x");
    message.from = "Dinas Komunikasi dan Informatika — Kota Contoh <lapis@kotacontoh.go.id>";
    const std::string text = notify::build_message(message);

    EXPECT_EQ(decoded_field(text, "From"),
        "Dinas Komunikasi dan Informatika — Kota Contoh <lapis@kotacontoh.go.id>");
    for (const auto& line : lines_of(raw_field(text, "From")))
        EXPECT_LE(line.size(), 76u);
}

TEST(MailMessage, DisplayNameWithSpecialsIsQuoted)
{
    notify::MailMessage message = message_with("a", "x");
    message.from = "Kominfo, Kota \"Contoh\" <lapis@kotacontoh.go.id>";

    EXPECT_EQ(raw_field(notify::build_message(message), "From"),
        R"("Kominfo, Kota \"Contoh\"" <lapis@kotacontoh.go.id>)");
}

TEST(MailMessage, AddressesAreCheckedAndMaskedForLogs)
{
    EXPECT_TRUE(notify::plausible_address(kRecipient));
    EXPECT_FALSE(notify::plausible_address("tanpa-at"));
    EXPECT_FALSE(notify::plausible_address("a@b\r\nRCPT TO:<c@d>"));
    EXPECT_FALSE(notify::plausible_address("a b@c.id"));
    EXPECT_EQ(notify::masked_address(kRecipient), "m***@kotacontoh.go.id");
}

// ---- A real SMTP server ----

std::string source_path(const std::string& relative)
{
    return std::string(LAPIS_SOURCE_DIR) + "/" + relative;
}

bool sink_can_run()
{
    return std::system("/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1") == 0;
}

unsigned short free_port()
{
    const int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(socket_fd, reinterpret_cast<sockaddr*>(&address), length);
    ::getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(socket_fd);
    return ntohs(address.sin_port);
}

// tests/support/smtp_sink.py as a child process: each accepted message becomes
// N.eml and N.json in `directory`.
class SmtpSink {
public:
    SmtpSink(unsigned short port, fs::path directory)
        : m_port(port)
        , m_directory(std::move(directory))
    {
    }
    ~SmtpSink() { stop(); }

    // True once the server listens.
    bool start()
    {
        fs::create_directories(m_directory);
        fs::remove(m_directory / "ready");
        const std::string python = "/usr/bin/python3";
        const std::string script = source_path("tests/support/smtp_sink.py");
        const std::string port = std::to_string(m_port);
        const std::string directory = m_directory.string();
        char* arguments[] = { const_cast<char*>(python.c_str()), const_cast<char*>(script.c_str()),
            const_cast<char*>(port.c_str()), const_cast<char*>(directory.c_str()), nullptr };
        auto environment = debian_python_environment();
        if (posix_spawn(&m_pid, python.c_str(), nullptr, nullptr, arguments, environment.data())
            != 0)
            return false;
        for (int i = 0; i < 200; ++i) {
            if (fs::exists(m_directory / "ready"))
                return true;
            std::this_thread::sleep_for(50ms);
        }
        return false;
    }

    void stop()
    {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGTERM);
        ::waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }

    std::size_t count() const
    {
        std::size_t messages = 0;
        for (const auto& entry : fs::directory_iterator(m_directory))
            messages += entry.path().extension() == ".eml" ? 1 : 0;
        return messages;
    }

    // The sink's reading of message `number`, decoded by Python's email package.
    nlohmann::json decoded(int number) const
    {
        std::ifstream file(m_directory / (std::to_string(number) + ".json"));
        return nlohmann::json::parse(file);
    }

    std::string raw(int number) const
    {
        std::ifstream file(m_directory / (std::to_string(number) + ".eml"), std::ios::binary);
        std::stringstream text;
        text << file.rdbuf();
        return text.str();
    }

private:
    // Debian's interpreter must not pick up a pyenv's PYTHONHOME or PYTHONPATH.
    static std::vector<char*> debian_python_environment()
    {
        std::vector<char*> kept;
        for (char** variable = environ; *variable != nullptr; ++variable) {
            const std::string_view text(*variable);
            if (!text.starts_with("PYTHONHOME=") && !text.starts_with("PYTHONPATH="))
                kept.push_back(*variable);
        }
        kept.push_back(nullptr);
        return kept;
    }

    unsigned short m_port;
    fs::path m_directory;
    pid_t m_pid = -1;
};

class SmtpTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!sink_can_run())
            GTEST_SKIP() << "/usr/bin/python3 cannot import aiosmtpd";
        directory = fs::temp_directory_path() / ("lapis-notify-" + domain::random_token(6));
        fs::create_directories(directory);
        port = free_port();
        sink = std::make_unique<SmtpSink>(port, directory / "sink");
    }

    void TearDown() override
    {
        sink.reset();
        fs::remove_all(directory);
    }

    notify::SmtpSettings settings() const
    {
        notify::SmtpSettings smtp;
        smtp.url = "smtp://127.0.0.1:" + std::to_string(port);
        smtp.from = kFrom;
        smtp.timeout_seconds = 10;
        return smtp;
    }

    fs::path directory;
    unsigned short port = 0;
    std::unique_ptr<SmtpSink> sink;
};

TEST_F(SmtpTest, DeliversMessageWithItsHeadersAndText)
{
    ASSERT_TRUE(sink->start());
    notify::SmtpSender sender(settings());
    const std::string body = "Ma'ruf <admin> \"x\" & y\nHalaman depan diganti 🔥🔥 sejak pagi.";
    notify::MailMessage message = message_with(kEmojiSubject, body);
    message.message_id = "satu@kotacontoh.go.id";

    const notify::SendResult result = sender.send(kRecipient, notify::build_message(message));

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(result.smtp_code, 250);
    ASSERT_EQ(sink->count(), 1u);
    const auto mail = sink->decoded(1);
    EXPECT_EQ(mail["mail_from"], "lapis@kotacontoh.go.id");
    EXPECT_EQ(mail["rcpt_tos"], nlohmann::json::array({ kRecipient }));
    EXPECT_EQ(mail["subject"], kEmojiSubject);
    // The decoded body is the text in canonical form (RFC 2045 §6.8): CRLF line breaks.
    EXPECT_EQ(mail["body"], "Ma'ruf <admin> \"x\" & y\r\nHalaman depan diganti 🔥🔥 sejak pagi.");
    EXPECT_EQ(mail["charset"], "utf-8");
    EXPECT_EQ(mail["headers"]["Message-ID"], "<satu@kotacontoh.go.id>");
    EXPECT_EQ(mail["headers"]["To"], kRecipient);
    EXPECT_EQ(mail["headers"]["From"], kFrom);
}

TEST_F(SmtpTest, MarkupSubjectArrivesAsTyped)
{
    ASSERT_TRUE(sink->start());
    notify::SmtpSender sender(settings());

    const auto result
        = sender.send(kRecipient, notify::build_message(message_with(kMarkupSubject, "x")));

    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(sink->decoded(1)["subject"], kMarkupSubject);
}

TEST_F(SmtpTest, FailsAsAValueWhenNoServerListens)
{
    notify::SmtpSettings smtp = settings();
    smtp.username = "lapis";
    smtp.password = "sandi-rahasia-123";
    notify::SmtpSender sender(smtp);

    const auto result = sender.send(kRecipient, notify::build_message(message_with("a", "x")));

    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.server_unreachable);
    EXPECT_FALSE(result.error.empty());
    EXPECT_EQ(result.error.find("sandi-rahasia-123"), std::string::npos);
}

TEST_F(SmtpTest, RefusesRecipientThatCouldInjectCommands)
{
    ASSERT_TRUE(sink->start());
    notify::SmtpSender sender(settings());

    const auto result
        = sender.send("a@b.id>\r\nRCPT TO:<c@d.id", notify::build_message(message_with("a", "x")));

    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.server_unreachable);
    EXPECT_EQ(sink->count(), 0u);
}

TEST_F(SmtpTest, ServerUrlForLogsHasNoCredentials)
{
    notify::SmtpSettings smtp = settings();
    smtp.url = "smtps://lapis:sandi@mail.kotacontoh.go.id:465";

    EXPECT_EQ(notify::SmtpSender(smtp).server(), "smtps://mail.kotacontoh.go.id:465");
}

// ---- The worker ----

notify::SendResult accepted()
{
    notify::SendResult result;
    result.ok = true;
    result.smtp_code = 250;
    return result;
}

// A transport the test scripts: answers from `reply`, keeps what it was given.
class ScriptedTransport : public notify::MailTransport {
public:
    notify::SendResult send(const std::string& recipient, const std::string& message) override
    {
        ++calls;
        messages.push_back(message);
        return reply(recipient, message);
    }

    std::function<notify::SendResult(const std::string&, const std::string&)> reply
        = [](const std::string&, const std::string&) { return accepted(); };
    std::atomic<int> calls = 0;
    std::vector<std::string> messages;
};

struct StoredRow {
    int attempts = 0;
    std::string next_attempt_at;
    bool sent = false;
    std::string last_error;
};

class NotifierTest : public SmtpTest {
protected:
    void SetUp() override
    {
        SmtpTest::SetUp();
        if (IsSkipped())
            return;
        database = store::Database::open("sqlite3://" + (directory / "lapis.db").string(), 2);
        outbox = std::make_unique<store::OutboxStore>(*database);
    }

    void TearDown() override
    {
        outbox.reset();
        database.reset();
        SmtpTest::TearDown();
    }

    notify::NotifierSettings notifier_settings() const
    {
        notify::NotifierSettings settings;
        settings.from = kFrom;
        settings.installation_key = "kunci-instalasi-uji";
        return settings;
    }

    domain::Clock test_clock()
    {
        return domain::Clock([this] { return now; });
    }

    void enqueue(const std::string& subject, std::int64_t request_id = 1)
    {
        soci::session sql(database->pool());
        store::WriteTransaction transaction(sql, database->engine());
        store::enqueue(
            sql, store::Notification{ kRecipient, subject, "Isi " + subject, request_id }, now);
        transaction.commit();
    }

    StoredRow row(int id)
    {
        soci::session sql(database->pool());
        StoredRow stored;
        std::string sent_at;
        soci::indicator sent = soci::i_ok;
        sql << "SELECT attempts, next_attempt_at, sent_at, last_error FROM outbox WHERE id = :id",
            soci::into(stored.attempts), soci::into(stored.next_attempt_at),
            soci::into(sent_at, sent), soci::into(stored.last_error), soci::use(id);
        stored.sent = sent == soci::i_ok;
        return stored;
    }

    domain::TimePoint now = kStart;
    std::unique_ptr<store::Database> database;
    std::unique_ptr<store::OutboxStore> outbox;
};

TEST_F(NotifierTest, FailedSendKeepsTheRowAndSchedulesARetry)
{
    notify::SmtpSender sender(settings()); // nothing listens on the port
    notify::Notifier notifier(*outbox, sender, test_clock(), notifier_settings());
    enqueue("Permohonan diterima");

    EXPECT_EQ(notifier.run_once(), 0u);

    const StoredRow stored = row(1);
    EXPECT_FALSE(stored.sent);
    EXPECT_EQ(stored.attempts, 1);
    EXPECT_EQ(stored.next_attempt_at, "2026-12-03T10:04:35Z");
    EXPECT_FALSE(stored.last_error.empty());
    EXPECT_EQ(outbox->pending(), 1);
    EXPECT_TRUE(outbox->due(now, 10).empty());
}

TEST_F(NotifierTest, DeliversEachMessageOnceAfterTheMailServerReturns)
{
    notify::SmtpSender sender(settings());
    notify::Notifier notifier(*outbox, sender, test_clock(), notifier_settings());
    for (int i = 1; i <= 10; ++i)
        enqueue("Tiket nomor " + std::to_string(i) + " 😡", i);

    EXPECT_EQ(notifier.run_once(), 0u); // the server is down
    EXPECT_EQ(outbox->pending(), 10);
    for (int id = 1; id <= 10; ++id)
        EXPECT_EQ(row(id).attempts, 1);

    now += notifier.retry_delay(1) + 1s;
    ASSERT_TRUE(sink->start());
    EXPECT_EQ(notifier.run_once(), 10u);
    EXPECT_EQ(notifier.run_once(), 0u);

    EXPECT_EQ(sink->count(), 10u);
    EXPECT_EQ(outbox->pending(), 0);
    std::set<std::string> subjects;
    for (int number = 1; number <= 10; ++number)
        subjects.insert(sink->decoded(number)["subject"].get<std::string>());
    EXPECT_EQ(subjects.size(), 10u);
    EXPECT_TRUE(subjects.contains("Tiket nomor 7 😡"));
}

TEST_F(NotifierTest, MarksEachRowSentRightAfterTheServerAcceptsIt)
{
    ScriptedTransport transport;
    notify::Notifier notifier(*outbox, transport, test_clock(), notifier_settings());
    enqueue("satu");
    enqueue("dua");
    std::vector<long long> pending_while_sending;
    transport.reply = [&](const std::string&, const std::string&) {
        pending_while_sending.push_back(outbox->pending());
        return accepted();
    };

    EXPECT_EQ(notifier.run_once(), 2u);

    // While the second went out, the first was already recorded as sent.
    EXPECT_EQ(pending_while_sending, (std::vector<long long>{ 2, 1 }));
}

TEST_F(NotifierTest, UnreachableServerDefersTheRestOfTheBatchWithoutWaiting)
{
    ScriptedTransport transport;
    transport.reply = [](const std::string&, const std::string&) {
        notify::SendResult result;
        result.server_unreachable = true;
        result.error = "Couldn't connect to server";
        return result;
    };
    notify::Notifier notifier(*outbox, transport, test_clock(), notifier_settings());
    for (int i = 0; i < 5; ++i)
        enqueue("pesan " + std::to_string(i));

    EXPECT_EQ(notifier.run_once(), 0u);

    EXPECT_EQ(transport.calls, 1);
    for (int id = 1; id <= 5; ++id) {
        EXPECT_EQ(row(id).attempts, 1);
        EXPECT_EQ(row(id).last_error, "Couldn't connect to server");
    }
}

TEST_F(NotifierTest, BackOffDoublesUpToTheLongestWait)
{
    ScriptedTransport transport;
    notify::Notifier notifier(*outbox, transport, test_clock(), notifier_settings());

    EXPECT_EQ(notifier.retry_delay(1), 30s);
    EXPECT_EQ(notifier.retry_delay(2), 60s);
    EXPECT_EQ(notifier.retry_delay(3), 120s);
    EXPECT_EQ(notifier.retry_delay(7), 1920s);
    EXPECT_EQ(notifier.retry_delay(8), 3600s);
    EXPECT_EQ(notifier.retry_delay(100000), 3600s);
}

TEST_F(NotifierTest, RetriedRowWaitsLongerEachTime)
{
    ScriptedTransport transport;
    transport.reply = [](const std::string&, const std::string&) {
        return notify::SendResult{ false, false, 451, "451 try later" };
    };
    notify::Notifier notifier(*outbox, transport, test_clock(), notifier_settings());
    enqueue("coba");

    notifier.run_once();
    now += 30s;
    notifier.run_once();
    now += 59s;
    notifier.run_once(); // not yet due: the second wait is a minute

    EXPECT_EQ(transport.calls, 2);
    EXPECT_EQ(row(1).attempts, 2);
    EXPECT_EQ(row(1).next_attempt_at, "2026-12-03T10:05:35Z");
}

TEST_F(NotifierTest, ResentRowCarriesTheSameMessageId)
{
    ScriptedTransport transport;
    bool accept = false;
    transport.reply = [&](const std::string&, const std::string&) {
        return notify::SendResult{ accept, false, accept ? 250 : 451, accept ? "" : "451 later" };
    };
    notify::Notifier notifier(*outbox, transport, test_clock(), notifier_settings());
    enqueue("sekali");

    notifier.run_once();
    now += 1h;
    accept = true;
    notifier.run_once();

    ASSERT_EQ(transport.messages.size(), 2u);
    EXPECT_EQ(raw_field(transport.messages[0], "Message-ID"),
        raw_field(transport.messages[1], "Message-ID"));
    EXPECT_NE(raw_field(transport.messages[0], "Date"), raw_field(transport.messages[1], "Date"));
}

TEST_F(NotifierTest, WorkerSendsWhenWokenAndStopsOnRequest)
{
    ScriptedTransport transport;
    notify::NotifierSettings settings = notifier_settings();
    settings.idle_interval = 1h; // only wake() can make it look again
    notify::Notifier notifier(*outbox, transport, domain::Clock(), settings);
    notifier.start();
    now = std::chrono::system_clock::now();
    enqueue("dari pekerja");

    notifier.wake();
    for (int i = 0; i < 200 && transport.calls == 0; ++i)
        std::this_thread::sleep_for(10ms);
    const auto before_stop = std::chrono::steady_clock::now();
    notifier.stop();

    EXPECT_EQ(transport.calls, 1);
    EXPECT_EQ(outbox->pending(), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - before_stop, 1s);
}

} // namespace
