#include "server.hpp"

#include <algorithm>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace lapis::e2e {
namespace {

constexpr auto kStartLimit = std::chrono::seconds(15);
constexpr auto kStopLimit = std::chrono::seconds(10);
constexpr auto kPollInterval = std::chrono::milliseconds(20);
constexpr const char* kPassword = "kata-sandi-uji-e2e-123";

std::string make_temporary_directory()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "lapis-e2e-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("mkdtemp failed");
    return pattern;
}

// The kernel hands out a free port for port 0; the server binds it right after.
int free_loopback_port()
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throw std::runtime_error("socket failed");
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ::close(fd);
        throw std::runtime_error("cannot find a free port");
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

std::vector<char*> c_arguments(std::vector<std::string>& argv)
{
    std::vector<char*> pointers;
    for (std::string& argument : argv)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    return pointers;
}

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

// Waits for `pid` to end, up to `limit`; true when it did.
bool wait_for_exit(pid_t pid, std::chrono::milliseconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        pid_t ended = ::waitpid(pid, &status, WNOHANG);
        if (ended == pid || ended < 0)
            return true;
        std::this_thread::sleep_for(kPollInterval);
    }
    return false;
}

} // namespace

CommandResult run_command(const std::vector<std::string>& argv, const std::string& input)
{
    int in_pipe[2];
    int out_pipe[2];
    if (::pipe(in_pipe) != 0 || ::pipe(out_pipe) != 0)
        throw std::runtime_error("pipe failed");
    std::vector<std::string> arguments = argv;
    std::vector<char*> pointers = c_arguments(arguments);
    pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::dup2(in_pipe[0], STDIN_FILENO);
        ::dup2(out_pipe[1], STDOUT_FILENO);
        ::dup2(out_pipe[1], STDERR_FILENO);
        ::close(in_pipe[1]);
        ::close(out_pipe[0]);
        ::execv(pointers[0], pointers.data());
        ::_exit(127);
    }
    ::close(in_pipe[0]);
    ::close(out_pipe[1]);
    // The input is one short line: it fits in the pipe before the child reads it.
    [[maybe_unused]] ssize_t written = ::write(in_pipe[1], input.data(), input.size());
    ::close(in_pipe[1]);
    CommandResult result;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(out_pipe[0], buffer, sizeof buffer)) > 0)
        result.output.append(buffer, static_cast<std::size_t>(n));
    ::close(out_pipe[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

CommandResult run_lapis(const std::vector<std::string>& arguments, const std::string& input)
{
    std::vector<std::string> argv = { LAPIS_BINARY };
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    return run_command(argv, input);
}

int free_port()
{
    return free_loopback_port();
}

std::string temporary_directory()
{
    return make_temporary_directory();
}

std::string sha256_hex(const std::string& bytes)
{
    // sha256sum reads all of its input before it writes: no deadlock on a large file.
    CommandResult result = run_command({ "/usr/bin/sha256sum" }, bytes);
    if (result.exit_code != 0 || result.output.size() < 64)
        throw std::runtime_error("sha256sum failed: " + result.output);
    return result.output.substr(0, 64);
}

LapisServer::LapisServer()
    : m_root(make_temporary_directory())
    , m_data_dir(m_root + "/data")
    , m_stdout_path(m_root + "/stdout.log")
    , m_stderr_path(m_root + "/stderr.log")
{
    // Output piped into `head` must not kill the run before teardown stops the
    // servers and removes their directories.
    ::signal(SIGPIPE, SIG_IGN);
}

LapisServer::~LapisServer()
{
    try {
        stop();
    } catch (...) {
        // A destructor cannot fail; the directory is still removed below.
    }
    // LAPIS_E2E_KEEP=1 keeps the data and logs for a look after a failure.
    const char* keep = std::getenv("LAPIS_E2E_KEEP");
    std::error_code ignored;
    if (keep == nullptr || std::string(keep) != "1")
        std::filesystem::remove_all(m_root, ignored);
}

StaffAccount LapisServer::add_user(
    const std::string& email, const std::string& name, const std::vector<std::string>& roles)
{
    std::vector<std::string> argv
        = { LAPIS_BINARY, "user", "add", "--data", m_data_dir, "--email", email, "--name", name };
    for (const std::string& role : roles) {
        argv.push_back("--role");
        argv.push_back(role);
    }
    CommandResult result = run_command(argv, std::string(kPassword) + "\n");
    std::smatch match;
    if (result.exit_code != 0
        || !std::regex_search(result.output, match, std::regex(R"(user (\d+) added)")))
        throw std::runtime_error("lapis user add failed: " + result.output);
    return StaffAccount{ std::stoll(match[1]), email, name, kPassword, roles };
}

std::string LapisServer::add_token(const std::string& email)
{
    CommandResult result
        = run_command({ LAPIS_BINARY, "token", "add", "--data", m_data_dir, "--email", email }, "");
    std::smatch match;
    if (result.exit_code != 0
        || !std::regex_search(result.output, match, std::regex(R"(lapis_[a-z2-7]+)")))
        throw std::runtime_error("lapis token add failed: " + result.output);
    return match[0];
}

std::vector<StaffAccount> LapisServer::add_users(const std::vector<NewUser>& users)
{
    std::vector<StaffAccount> accounts;
    if (users.empty())
        return accounts;
    // The first one creates the database; the others then only add rows.
    accounts.push_back(add_user(users[0].email, users[0].name, users[0].roles));
    std::vector<std::future<StaffAccount>> pending;
    for (std::size_t i = 1; i < users.size(); ++i) {
        pending.push_back(std::async(std::launch::async,
            [this, &users, i] { return add_user(users[i].email, users[i].name, users[i].roles); }));
    }
    for (auto& account : pending)
        accounts.push_back(account.get());
    return accounts;
}

bool LapisServer::launch(int port)
{
    std::vector<std::string> argv = { LAPIS_BINARY, "serve", "--data", m_data_dir, "--listen",
        "127.0.0.1:" + std::to_string(port), "--threads", "4" };
    argv.insert(argv.end(), m_serve_arguments.begin(), m_serve_arguments.end());
    // One test run submits hundreds of requests from 127.0.0.1: the public rate
    // limits are off unless a test sets them.
    for (const char* limit : { "--submit-per-minute", "--track-per-minute" }) {
        if (std::find(argv.begin(), argv.end(), limit) == argv.end()) {
            argv.push_back(limit);
            argv.push_back("0");
        }
    }
    std::vector<char*> pointers = c_arguments(argv);
    // Opened before fork: the child only duplicates descriptors, which is safe in
    // a process that may have threads.
    int out = ::open(m_stdout_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    int err = ::open(m_stderr_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (out < 0 || err < 0 || null < 0)
        throw std::runtime_error("cannot open the server's log files");
    const pid_t parent = ::getpid();
    pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        // The server ends with the test run even when that is killed before its
        // teardown (a crash, Ctrl-C, a closed pipe).
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
        ::dup2(null, STDIN_FILENO);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
        ::execv(pointers[0], pointers.data());
        ::_exit(127);
    }
    ::close(out);
    ::close(err);
    ::close(null);
    m_pid = pid;
    m_port = port;
    return wait_until_ready(kStartLimit);
}

bool LapisServer::wait_until_ready(std::chrono::milliseconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1; // it ended: the port was taken, or worse
            return false;
        }
        httplib::Client probe("127.0.0.1", m_port);
        probe.set_connection_timeout(0, 200000);
        if (auto answer = probe.Get("/bantuan"); answer && answer->status == 200)
            return true;
        std::this_thread::sleep_for(kPollInterval);
    }
    stop();
    return false;
}

void LapisServer::start()
{
    if (running())
        return;
    // Another process may take the free port before lapis binds it: try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (launch(free_loopback_port()))
            return;
    }
    throw std::runtime_error("lapis serve did not start; its logs:\n" + logs());
}

void LapisServer::stop()
{
    if (!running())
        return;
    ::kill(m_pid, SIGTERM);
    if (!wait_for_exit(m_pid, kStopLimit)) {
        ::kill(m_pid, SIGKILL);
        wait_for_exit(m_pid, kStopLimit);
    }
    m_pid = -1;
}

std::unique_ptr<httplib::Client> LapisServer::client() const
{
    auto client = std::make_unique<httplib::Client>("127.0.0.1", m_port);
    client->set_connection_timeout(5, 0);
    client->set_read_timeout(30, 0);
    client->set_write_timeout(30, 0);
    client->set_follow_location(false);
    return client;
}

std::string LapisServer::logs() const
{
    return read_file(m_stdout_path) + read_file(m_stderr_path);
}

} // namespace lapis::e2e
