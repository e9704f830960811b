#include "mail_sink.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "server.hpp"

namespace lapis::e2e {
namespace {

namespace fs = std::filesystem;

constexpr auto kStartLimit = std::chrono::seconds(15);
constexpr auto kStopLimit = std::chrono::seconds(10);
constexpr auto kPollInterval = std::chrono::milliseconds(50);

std::string read_whole(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

bool ended(pid_t pid)
{
    int status = 0;
    pid_t result = ::waitpid(pid, &status, WNOHANG);
    return result == pid || result < 0;
}

// The run directories in the order they were made: run-1, run-2, …
std::vector<fs::path> run_directories(const std::string& root)
{
    std::vector<std::pair<int, fs::path>> runs;
    for (const auto& entry : fs::directory_iterator(root)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_directory() && name.rfind("run-", 0) == 0)
            runs.emplace_back(std::stoi(name.substr(4)), entry.path());
    }
    std::sort(runs.begin(), runs.end());
    std::vector<fs::path> paths;
    for (auto& run : runs)
        paths.push_back(run.second);
    return paths;
}

SinkMessage read_message(const fs::path& eml)
{
    fs::path record = eml;
    record.replace_extension(".json");
    auto parsed = nlohmann::json::parse(read_whole(record), nullptr, false);
    if (parsed.is_discarded())
        throw std::runtime_error("the sink wrote no readable " + record.string());
    SinkMessage message;
    message.file = eml.string();
    message.raw = read_whole(eml);
    for (const auto& recipient : parsed.value("rcpt_tos", nlohmann::json::array()))
        message.recipients.push_back(recipient.get<std::string>());
    message.subject = parsed.value("subject", "");
    message.body = parsed.value("body", "");
    message.headers = parsed.value("headers", nlohmann::json::object());
    for (const auto& [name, value] : message.headers.items()) {
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(),
            [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (lower == "message-id" && value.is_string())
            message.message_id = value.get<std::string>();
    }
    return message;
}

} // namespace

bool SinkMessage::sent_to(const std::string& address) const
{
    return std::find(recipients.begin(), recipients.end(), address) != recipients.end();
}

MailSink::MailSink(int port)
    : m_root(temporary_directory())
    , m_port(port == 0 ? free_port() : port)
{
    ::signal(SIGPIPE, SIG_IGN);
}

MailSink::~MailSink()
{
    try {
        stop();
    } catch (...) {
        // The directory is still removed below.
    }
    const char* keep = std::getenv("LAPIS_E2E_KEEP");
    std::error_code ignored;
    if (keep == nullptr || std::string(keep) != "1")
        fs::remove_all(m_root, ignored);
}

void MailSink::start()
{
    if (running())
        return;
    const std::string directory = m_root + "/run-" + std::to_string(++m_runs);
    fs::create_directories(directory);
    std::vector<std::string> argv
        = { "/usr/bin/python3", std::string(LAPIS_SOURCE_DIR) + "/tests/support/smtp_sink.py",
              std::to_string(m_port), directory };
    std::vector<char*> pointers;
    for (std::string& argument : argv)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    const std::string log_path = m_root + "/sink.log";
    int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (log < 0 || null < 0)
        throw std::runtime_error("cannot open the mail sink's log");
    const pid_t parent = ::getpid();
    pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
        ::dup2(null, STDIN_FILENO);
        ::dup2(log, STDOUT_FILENO);
        ::dup2(log, STDERR_FILENO);
        ::execv(pointers[0], pointers.data());
        ::_exit(127);
    }
    ::close(log);
    ::close(null);
    m_pid = pid;
    const auto deadline = std::chrono::steady_clock::now() + kStartLimit;
    while (std::chrono::steady_clock::now() < deadline) {
        if (fs::exists(directory + "/ready"))
            return;
        if (ended(m_pid)) {
            m_pid = -1;
            throw std::runtime_error("the mail sink ended at start: " + read_whole(log_path));
        }
        std::this_thread::sleep_for(kPollInterval);
    }
    stop();
    throw std::runtime_error("the mail sink did not start: " + read_whole(log_path));
}

void MailSink::stop()
{
    if (!running())
        return;
    ::kill(m_pid, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + kStopLimit;
    while (!ended(m_pid)) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
            break;
        }
        std::this_thread::sleep_for(kPollInterval);
    }
    m_pid = -1;
}

std::vector<SinkMessage> MailSink::messages() const
{
    std::vector<SinkMessage> all;
    for (const fs::path& run : run_directories(m_root)) {
        std::vector<std::pair<int, fs::path>> files;
        for (const auto& entry : fs::directory_iterator(run)) {
            // The sink writes N.json before N.eml, each by rename: an .eml means both.
            if (entry.path().extension() == ".eml")
                files.emplace_back(std::stoi(entry.path().stem().string()), entry.path());
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files)
            all.push_back(read_message(file.second));
    }
    return all;
}

std::vector<SinkMessage> MailSink::wait_for(
    const std::function<bool(const std::vector<SinkMessage>&)>& done,
    std::chrono::milliseconds limit) const
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    for (;;) {
        std::vector<SinkMessage> now = messages();
        if (done(now) || std::chrono::steady_clock::now() >= deadline)
            return now;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

std::vector<SinkMessage> MailSink::wait_for_mail(const std::string& address,
    const std::string& subject_prefix, std::size_t count, std::chrono::milliseconds limit) const
{
    auto enough = [&](const std::vector<SinkMessage>& all) {
        return mail_to(all, address, subject_prefix).size() >= count;
    };
    return mail_to(wait_for(enough, limit), address, subject_prefix);
}

std::vector<SinkMessage> mail_to(
    const std::vector<SinkMessage>& all, const std::string& address, const std::string& prefix)
{
    std::vector<SinkMessage> found;
    for (const SinkMessage& message : all) {
        if (message.sent_to(address) && message.subject.rfind(prefix, 0) == 0)
            found.push_back(message);
    }
    return found;
}

} // namespace lapis::e2e
