// A real `lapis serve` for end-to-end tests: a temporary data directory, a free
// loopback port, staff accounts made through the real CLI, and the child process
// with its stdout and stderr in files the tests can read.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <httplib.h>

namespace lapis::e2e {

// What a command printed and how it ended.
struct CommandResult {
    int exit_code = -1;
    std::string output; // stdout and stderr together
};

// Runs `argv` (argv[0] a path) with `input` on standard input and waits for it.
CommandResult run_command(const std::vector<std::string>& argv, const std::string& input);
// `lapis ARGUMENTS...` (the binary under test), e.g. { "audit", "verify", "--data", dir }.
CommandResult run_lapis(const std::vector<std::string>& arguments, const std::string& input = "");
// A loopback port nobody listens on right now, e.g. for a mail sink.
int free_port();
// A new empty directory under the temporary directory; the caller removes it.
std::string temporary_directory();
// The SHA-256 of `bytes` as 64 lowercase hex digits (computed by sha256sum, not by lapis).
std::string sha256_hex(const std::string& bytes);

struct StaffAccount {
    std::int64_t id = 0;
    std::string email;
    std::string name;
    std::string password;
    std::vector<std::string> roles;
};

class LapisServer {
public:
    LapisServer(); // makes the temporary directory; start() runs the server
    ~LapisServer(); // stops the server and removes the directory

    LapisServer(const LapisServer&) = delete;
    LapisServer& operator=(const LapisServer&) = delete;

    // `lapis user add` on this data directory, the password on standard input.
    StaffAccount add_user(
        const std::string& email, const std::string& name, const std::vector<std::string>& roles);
    struct NewUser {
        std::string email;
        std::string name;
        std::vector<std::string> roles;
    };
    // `lapis token add` for an account: a staff API token, printed once.
    std::string add_token(const std::string& email);
    // Several at once: hashing the passwords is what takes the time.
    std::vector<StaffAccount> add_users(const std::vector<NewUser>& users);

    // Arguments added to `lapis serve` from the next start() on, e.g.
    // { "--smtp-url", "smtp://127.0.0.1:2525" }.
    void set_serve_arguments(std::vector<std::string> arguments)
    {
        m_serve_arguments = std::move(arguments);
    }

    void start(); // on a new free port; returns once the server answers
    void stop(); // SIGTERM, then waits for the process to end
    bool running() const { return m_pid > 0; }

    int port() const { return m_port; }
    const std::string& data_dir() const { return m_data_dir; }
    // A client for this server that does not follow redirects.
    std::unique_ptr<httplib::Client> client() const;
    // Everything the server wrote to stdout and stderr since the first start.
    std::string logs() const;

private:
    bool launch(int port);
    bool wait_until_ready(std::chrono::milliseconds limit);

    std::string m_root;
    std::string m_data_dir;
    std::string m_stdout_path;
    std::string m_stderr_path;
    std::vector<std::string> m_serve_arguments;
    int m_port = 0;
    pid_t m_pid = -1;
};

} // namespace lapis::e2e
