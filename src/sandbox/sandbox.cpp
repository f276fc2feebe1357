#include "sandbox/sandbox.h"

#include <sys/socket.h>

#include <chrono>
#include <fstream>

#include "raxol/clock.h"

namespace raxol::sandbox {

namespace {

constexpr std::string_view kAdminPrefix = "/__sandbox/";

// The fault that fired for the request this worker thread is handling (read by the logger,
// which runs on the same thread after the handler).
thread_local std::string t_fault;

// httplib serves each connection on one worker thread for the connection's whole keep-alive
// life, so the pool must exceed the connections clients keep open (a deploy of a hundred
// machines long-polls on a hundred at once); otherwise new connections queue for the
// keep-alive timeout. Idle threads cost little.
constexpr size_t kWorkerThreads = 384;
constexpr int kListenBacklog = 1024;

std::string query_of(const httplib::Request& request) {
  auto question = request.target.find('?');
  return question == std::string::npos ? std::string() : request.target.substr(question + 1);
}

nlohmann::json masked_headers(const httplib::Headers& headers) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [name, value] : headers) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    if (lower == "authorization") {
      auto space = value.find(' ');
      json[lower] = (space == std::string::npos ? std::string() : value.substr(0, space + 1)) + "***";
    } else if (lower == "cookie" || lower == "x-auth-key") {
      json[lower] = "***";
    } else if (lower != "content-length" && lower != "host" && lower != "accept" &&
               lower != "remote_addr" && lower != "remote_port" && lower != "local_addr" &&
               lower != "local_port" && lower != "accept-encoding") {
      json[lower] = value;
    }
  }
  return json;
}

}  // namespace

std::filesystem::path default_state_dir() {
  return std::filesystem::current_path() / ".raxol" / "sandbox";
}

Result<std::unique_ptr<Sandbox>> Sandbox::start(const SandboxOptions& options) {
  std::unique_ptr<Sandbox> sandbox(new Sandbox());
  sandbox->state_dir_ = std::filesystem::absolute(options.state_dir);
  std::error_code ec;
  std::filesystem::create_directories(sandbox->state_dir_, ec);
  if (ec)
    return make_error(ErrorKind::failed,
                      "sandbox state " + sandbox->state_dir_.string() + ": " + ec.message());

  sandbox->server_ = std::make_unique<httplib::Server>();
  sandbox->server_->new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
  sandbox->server_->set_keep_alive_max_count(100000);
  // httplib listens with a backlog of 5: a burst of new connections (a deploy opening 30 at
  // once) overflows it, the kernel drops SYNs and clients stall a full second retransmitting.
  // Remember the listening socket here and listen() again with a real backlog after binding.
  int listen_fd = -1;
  sandbox->server_->set_socket_options([&listen_fd](int fd) {
    int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listen_fd = fd;
  });
  // httplib writes headers and body separately; with Nagle on, each response on a kept-alive
  // connection waits out the client's delayed ACK (~40 ms).
  sandbox->server_->set_tcp_nodelay(true);
  int port = options.port == 0 ? sandbox->server_->bind_to_any_port(options.host)
                               : (sandbox->server_->bind_to_port(options.host, options.port)
                                      ? options.port
                                      : -1);
  if (port <= 0)
    return make_error(ErrorKind::failed, "sandbox: cannot listen on " + options.host + ":" +
                                             std::to_string(options.port));
  if (listen_fd >= 0) ::listen(listen_fd, kListenBacklog);
  sandbox->port_ = port;
  sandbox->base_url_ = "http://" + options.host + ":" + std::to_string(port);
  sandbox->requests_ = std::make_unique<RequestLog>(sandbox->state_dir_ / "requests.jsonl");
  sandbox->faults_ = std::make_unique<FaultInjector>(sandbox->state_dir_);
  sandbox->settings_ = std::make_unique<StateFile>(sandbox->state_dir_ / "settings.json",
                                                   nlohmann::json::object());
  sandbox->emulators_ = make_emulators(
      {sandbox->state_dir_, sandbox->base_url_, sandbox->settings_.get()});
  for (auto& emulator : sandbox->emulators_) emulator->register_routes(*sandbox->server_);
  sandbox->install_admin_routes();
  sandbox->install_hooks();

  auto* server = sandbox->server_.get();
  sandbox->thread_ = std::thread([server] { server->listen_after_bind(); });
  while (!server->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));

  std::ofstream env_file(sandbox->state_dir_ / "env", std::ios::trunc);
  env_file << sandbox->export_lines();
  return sandbox;
}

Sandbox::~Sandbox() { stop(); }

void Sandbox::stop() {
  if (server_) server_->stop();
  if (thread_.joinable()) thread_.join();
}

void Sandbox::wait() {
  if (thread_.joinable()) thread_.join();
}

std::map<std::string, std::string> Sandbox::environment() const {
  std::map<std::string, std::string> env;
  env["RAXOL_SANDBOX_URL"] = base_url_;
  for (const auto& emulator : emulators_) emulator->export_environment(env);
  return env;
}

std::string Sandbox::export_lines() const {
  std::string text = "# raxol-deploy sandbox at " + base_url_ + " (state: " +
                     state_dir_.string() + ")\n";
  for (const auto& [name, value] : environment()) text += "export " + name + "=" + value + "\n";
  return text;
}

const Emulator* Sandbox::emulator_for(std::string_view path) const {
  for (const auto& emulator : emulators_)
    if (emulator->serves(path)) return emulator.get();
  return nullptr;
}

void Sandbox::install_hooks() {
  server_->set_pre_routing_handler([this](const httplib::Request& request,
                                          httplib::Response& response) {
    t_fault.clear();
    if (request.path.rfind(kAdminPrefix, 0) == 0) return httplib::Server::HandlerResponse::Unhandled;
    const Emulator* emulator = emulator_for(request.path);
    const std::string service = emulator ? emulator->name() : "unknown";

    int latency_ms = 0;
    settings_->read([&](const nlohmann::json& settings) {
      if (settings.contains(service) && settings[service].is_object())
        latency_ms = settings[service].value("latency_ms", 0);
    });
    auto fault = faults_->match(service, request.method, request.path);
    if (fault) latency_ms += fault->latency_ms;
    if (latency_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(latency_ms));
    if (!fault) return httplib::Server::HandlerResponse::Unhandled;

    if (fault->drop) {
      t_fault = "drop";
      // Promise a body and never send it: the client sees the connection close mid-response.
      response.set_content_provider(
          1024, "application/json",
          [](size_t, size_t, httplib::DataSink&) { return false; });
      return httplib::Server::HandlerResponse::Handled;
    }
    if (fault->status == 0) {
      t_fault = "latency";
      return httplib::Server::HandlerResponse::Unhandled;
    }
    t_fault = "status";
    if (fault->body.is_null() && emulator != nullptr) {
      emulator->write_error(response, fault->status, "injected fault (sandbox)");
    } else {
      write_json(response, fault->status, fault->body.is_null() ? nlohmann::json::object()
                                                                : fault->body);
    }
    if (!fault->retry_after.empty()) response.set_header("Retry-After", fault->retry_after);
    return httplib::Server::HandlerResponse::Handled;
  });

  // Logged before the response is written, so a client that got its answer finds it logged.
  server_->set_post_routing_handler([this](const httplib::Request& request,
                                           httplib::Response& response) {
    if (request.path.rfind(kAdminPrefix, 0) == 0) return;
    const Emulator* emulator = emulator_for(request.path);
    LoggedRequest entry;
    entry.service = emulator ? emulator->name() : "unknown";
    entry.method = request.method;
    entry.path = request.path;
    entry.query = query_of(request);
    entry.headers = masked_headers(request.headers);
    entry.body = request.body;
    entry.status = response.status;
    entry.fault = t_fault;
    entry.time = format_rfc3339(std::chrono::system_clock::now());
    requests_->add(std::move(entry));
  });

  server_->set_exception_handler(
      [](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
        std::string message = "internal sandbox error";
        try {
          if (error) std::rethrow_exception(error);
        } catch (const std::exception& e) {
          message += std::string(": ") + e.what();
        } catch (...) {
        }
        write_json(response, 500, {{"error", message}});
      });
}

void Sandbox::install_admin_routes() {
  server_->Get("/__sandbox/health", [this](const httplib::Request&, httplib::Response& response) {
    nlohmann::json services = nlohmann::json::array();
    for (const auto& emulator : emulators_) services.push_back(emulator->name());
    write_json(response, 200, {{"ok", true}, {"services", services}, {"base_url", base_url_},
                               {"state_dir", state_dir_.string()}});
  });
  server_->Get("/__sandbox/requests", [this](const httplib::Request& request,
                                             httplib::Response& response) {
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& entry : read_request_log_file(requests_->file()))
      if (!request.has_param("service") || entry.value("service", "") == request.get_param_value("service"))
        entries.push_back(entry);
    write_json(response, 200, {{"requests", entries}});
  });
  server_->Delete("/__sandbox/requests", [this](const httplib::Request&, httplib::Response& response) {
    requests_->clear();
    response.status = 204;
  });
  server_->Get("/__sandbox/faults", [this](const httplib::Request&, httplib::Response& response) {
    write_json(response, 200, faults_->rules());
  });
  auto parse_body = [](const httplib::Request& request, httplib::Response& response,
                       nlohmann::json& body) {
    body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded()) {
      write_json(response, 400, {{"error", "body is not JSON"}});
      return false;
    }
    return true;
  };
  server_->Put("/__sandbox/faults", [this, parse_body](const httplib::Request& request,
                                                       httplib::Response& response) {
    nlohmann::json body;
    if (!parse_body(request, response, body)) return;
    faults_->replace(body);
    write_json(response, 200, faults_->rules());
  });
  server_->Post("/__sandbox/faults", [this, parse_body](const httplib::Request& request,
                                                        httplib::Response& response) {
    nlohmann::json body;
    if (!parse_body(request, response, body)) return;
    faults_->add(body);
    write_json(response, 201, faults_->rules());
  });
  server_->Get("/__sandbox/settings", [this](const httplib::Request&, httplib::Response& response) {
    nlohmann::json copy;
    settings_->read([&](const nlohmann::json& settings) { copy = settings; });
    write_json(response, 200, copy);
  });
  server_->Patch("/__sandbox/settings", [this, parse_body](const httplib::Request& request,
                                                           httplib::Response& response) {
    nlohmann::json body;
    if (!parse_body(request, response, body)) return;
    nlohmann::json copy;
    settings_->update([&](nlohmann::json& settings) {
      settings.merge_patch(body);
      copy = settings;
      return true;
    });
    write_json(response, 200, copy);
  });
}

void write_json(httplib::Response& response, int status, const nlohmann::json& body) {
  response.status = status;
  response.set_content(body.dump(), "application/json");
}

std::string request_token(const httplib::Request& request) {
  std::string value = request.get_header_value("Authorization");
  for (std::string_view scheme : {"Bearer ", "FlyV1 ", "bearer ", "token "})
    if (value.rfind(scheme, 0) == 0) return value.substr(scheme.size());
  return {};
}

}  // namespace raxol::sandbox
