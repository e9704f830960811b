// The HTTP server. The only file that includes the HTTP library (RESTinio) is
// http_server.cpp: it turns its requests into web::Request and back.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "web/http.hpp"

namespace lapis::web {

struct ServerOptions {
    std::string host = "127.0.0.1";
    unsigned short port = 8080;
    std::size_t threads = 4;
    // The largest request body read at all; larger bodies are cut off by the
    // library. Per-file limits below this are answered with a page.
    std::size_t max_body_bytes = 100 * 1024 * 1024;
    std::size_t max_connections = 512;
    std::size_t max_header_fields = 100;
    // A client that does not finish sending a request within this time is closed
    // (a slow client cannot hold a worker).
    std::chrono::seconds read_timeout{ 15 };
    // Behind a TLS-terminating proxy on this machine: take the client's address
    // from X-Forwarded-For and the scheme from X-Forwarded-Proto, but only when
    // the peer is the loopback proxy itself.
    bool trust_proxy = false;
};

using Dispatch = std::function<Response(Request&)>;

// Serves until SIGINT or SIGTERM. `on_ready` runs once the socket listens.
void serve(
    const ServerOptions& options, const Dispatch& dispatch, const std::function<void()>& on_ready);

} // namespace lapis::web
