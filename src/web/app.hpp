// What every handler works with: the catalog, the stores, the renderer and the
// clock, built once by `lapis serve` and shared read-only by all threads.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "catalog/catalog.hpp"
#include "domain/clock.hpp"
#include "domain/message.hpp"
#include "domain/throttle.hpp"
#include "store/audit.hpp"
#include "store/documents.hpp"
#include "store/files.hpp"
#include "store/requests.hpp"
#include "store/users.hpp"
#include "web/render.hpp"
#include "web/sniffer.hpp"

namespace lapis::web {

struct Settings {
    std::size_t max_file_bytes = 20 * 1024 * 1024; // one uploaded file
    std::size_t max_request_files_bytes = 60 * 1024 * 1024; // all files of one request
    std::string server_secret; // derives tracking codes from idempotency keys
    std::string public_url; // how people reach the portal, for links in mail
};

struct App {
    const catalog::Catalog& catalog;
    store::RequestStore& requests;
    store::UserStore& users;
    store::FileStore& files;
    store::DocumentStore& documents;
    store::AuditStore& audit;
    const Renderer& renderer;
    const domain::Clock& clock;
    const Sniffer& sniffer;
    // For the desks' own stores (store/systems.hpp and the like), which are
    // cheap to make per request: each takes a pooled session when it runs.
    store::Database& database;
    Settings settings;
    // GET /api/v1/services, serialised once: the catalog does not change while
    // the server runs.
    std::string services_json;
    // Per-address limits on public submission and tracking; null: unlimited.
    domain::RateLimiter* submit_limiter = nullptr;
    domain::RateLimiter* track_limiter = nullptr;
    // Tells the mail worker that a commit put messages in the outbox.
    std::function<void()> wake_notifier = [] {};
};

// One request's view of the app: who is calling and in which language.
class Context {
public:
    explicit Context(App& app)
        : app(app)
    {
    }

    App& app;
    std::optional<store::User> user;
    std::optional<store::Session> session;
    bool by_token = false; // the user came with an API token, not a browser session
    std::string csrf_token; // what this request's forms carry as `_csrf`
    bool csrf_cookie_is_new = false;
    domain::Lang lang = domain::Lang::Id;
};

} // namespace lapis::web
