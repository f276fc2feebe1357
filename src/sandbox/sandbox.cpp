#include "sandbox/sandbox.h"

#include <sys/socket.h>

#include <chrono>
#include <fstream>
#include <thread>
#include <vector>

#include "sandbox/emulator.h"
#include "sandbox/kit/call.h"
#include "sandbox/kit/settings_reader.h"
#include "util/strings.h"
#include "util/time_format.h"

namespace raxol::sandbox {

using kit::write_json;

struct Sandbox::Impl {
  Impl(std::filesystem::path dir, Clock* given_clock)
      : state_dir(std::move(dir)),
        own_clock(given_clock == nullptr ? make_system_clock() : nullptr),
        clock(given_clock == nullptr ? own_clock.get() : given_clock),
        requests(state_dir / "requests.jsonl"),
        faults(state_dir),
        settings(state_dir / "settings.json", nlohmann::json::object()) {}

  void install_hooks();
  void install_admin_routes();
  const Emulator* emulator_for(std::string_view path) const;
  int latency_ms(const std::string& service);

  std::filesystem::path state_dir;
  std::string base_url;
  int port = 0;
  std::unique_ptr<Clock> own_clock;
  Clock* clock;
  RequestLog requests;
  FaultInjector faults;
  StateFile settings;
  httplib::Server server;
  std::vector<Emulator> emulators;  // destroyed before the server
  std::thread thread;
};

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
    const std::string key = lower(name);
    if (key == "authorization") {
      auto space = value.find(' ');
      json[key] = (space == std::string::npos ? std::string() : value.substr(0, space + 1)) + "***";
    } else if (key == "cookie" || key == "x-auth-key") {
      json[key] = "***";
    } else if (key != "content-length" && key != "host" && key != "accept" &&
               key != "remote_addr" && key != "remote_port" && key != "local_addr" &&
               key != "local_port" && key != "accept-encoding") {
      json[key] = value;
    }
  }
  return json;
}

}  // namespace

std::filesystem::path default_state_dir() {
  return std::filesystem::current_path() / ".raxol" / "sandbox";
}

Result<std::unique_ptr<Sandbox>> Sandbox::start(const SandboxOptions& options) {
  const auto state_dir = std::filesystem::absolute(options.state_dir);
  std::error_code ec;
  std::filesystem::create_directories(state_dir, ec);
  if (ec)
    return make_error(ErrorKind::failed,
                      "sandbox state " + state_dir.string() + ": " + ec.message());
  auto impl = std::make_unique<Impl>(state_dir, options.clock);
  auto& server = impl->server;
  server.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
  server.set_keep_alive_max_count(100000);
  // httplib listens with a backlog of 5: a burst of new connections (a deploy opening 30 at
  // once) overflows it, the kernel drops SYNs and clients stall a full second retransmitting.
  // Remember the listening socket here and listen() again with a real backlog after binding.
  int listen_fd = -1;
  server.set_socket_options([&listen_fd](int fd) {
    int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listen_fd = fd;
  });
  // httplib writes headers and body separately; with Nagle on, each response on a kept-alive
  // connection waits out the client's delayed ACK (~40 ms).
  server.set_tcp_nodelay(true);
  int port = options.port == 0
                 ? server.bind_to_any_port(options.host)
                 : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (port <= 0)
    return make_error(ErrorKind::failed, "sandbox: cannot listen on " + options.host + ":" +
                                             std::to_string(options.port));
  if (listen_fd >= 0) ::listen(listen_fd, kListenBacklog);
  impl->port = port;
  impl->base_url = "http://" + options.host + ":" + std::to_string(port);
  impl->emulators = make_emulators({state_dir, impl->base_url, &impl->settings, impl->clock});
  for (auto& emulator : impl->emulators) emulator.register_routes(server);
  impl->install_admin_routes();
  impl->install_hooks();

  impl->thread = std::thread([&server] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));

  std::unique_ptr<Sandbox> sandbox(new Sandbox(std::move(impl)));
  std::ofstream env_file(state_dir / "env", std::ios::trunc);
  env_file << sandbox->export_lines();
  return sandbox;
}

Sandbox::Sandbox(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Sandbox::~Sandbox() { stop(); }

const std::string& Sandbox::base_url() const { return impl_->base_url; }
int Sandbox::port() const { return impl_->port; }
const std::filesystem::path& Sandbox::state_dir() const { return impl_->state_dir; }
RequestLog& Sandbox::requests() { return impl_->requests; }
FaultInjector& Sandbox::faults() { return impl_->faults; }
StateFile& Sandbox::settings() { return impl_->settings; }

void Sandbox::stop() {
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

void Sandbox::wait() {
  if (impl_->thread.joinable()) impl_->thread.join();
}

std::map<std::string, std::string> Sandbox::environment() const {
  std::map<std::string, std::string> env;
  env["RAXOL_SANDBOX_URL"] = impl_->base_url;
  for (const auto& emulator : impl_->emulators) emulator.export_environment(env);
  return env;
}

std::string Sandbox::export_lines() const {
  std::string text = "# raxol-deploy sandbox at " + impl_->base_url +
                     " (state: " + impl_->state_dir.string() + ")\n";
  for (const auto& [name, value] : environment()) text += "export " + name + "=" + value + "\n";
  return text;
}

const Emulator* Sandbox::Impl::emulator_for(std::string_view path) const {
  for (const auto& emulator : emulators)
    if (emulator.serves(path)) return &emulator;
  return nullptr;
}

int Sandbox::Impl::latency_ms(const std::string& service) {
  int latency = 0;
  kit::read_settings(settings, service, [&](const kit::SettingsReader& reader) {
    reader.read_int("latency_ms", latency);
  });
  return latency;
}

void Sandbox::Impl::install_hooks() {
  server.set_pre_routing_handler(
      [this](const httplib::Request& request, httplib::Response& response) {
        t_fault.clear();
        if (request.path.rfind(kAdminPrefix, 0) == 0)
          return httplib::Server::HandlerResponse::Unhandled;
        const Emulator* emulator = emulator_for(request.path);
        const std::string service = emulator ? emulator->name : "unknown";

        int latency = latency_ms(service);
        auto fault = faults.match(service, request.method, request.path);
        if (fault) latency += fault->latency_ms;
        if (latency > 0) clock->sleep_for(std::chrono::milliseconds(latency));
        if (!fault) return httplib::Server::HandlerResponse::Unhandled;
        // A fault answers before httplib reads the request body, so the unread body would be
        // parsed as the next request of a kept-alive connection (a bare 400). As a real server
        // that answers early does, close the connection; clients then retry on a new one.
        if (fault->drop || fault->status != 0) response.set_header("Connection", "close");

        if (fault->drop) {
          t_fault = "drop";
          // Promise a body and never send it: the client sees the connection close mid-response.
          response.set_content_provider(1024, "application/json",
                                        [](size_t, size_t, httplib::DataSink&) { return false; });
          return httplib::Server::HandlerResponse::Handled;
        }
        if (fault->status == 0) {
          t_fault = "latency";
          return httplib::Server::HandlerResponse::Unhandled;
        }
        t_fault = "status";
        if (fault->body.is_null() && emulator != nullptr) {
          write_json(response, fault->status,
                     emulator->envelope->error(fault->status, "injected fault (sandbox)", 0));
        } else {
          write_json(response, fault->status,
                     fault->body.is_null() ? nlohmann::json::object() : fault->body);
        }
        if (!fault->retry_after.empty()) response.set_header("Retry-After", fault->retry_after);
        return httplib::Server::HandlerResponse::Handled;
      });

  // Logged before the response is written, so a client that got its answer finds it logged.
  server.set_post_routing_handler(
      [this](const httplib::Request& request, httplib::Response& response) {
        if (request.path.rfind(kAdminPrefix, 0) == 0) return;
        const Emulator* emulator = emulator_for(request.path);
        LoggedRequest entry;
        entry.service = emulator ? emulator->name : "unknown";
        entry.method = request.method;
        entry.path = request.path;
        entry.query = query_of(request);
        entry.headers = masked_headers(request.headers);
        entry.body =
            emulator && emulator->loggable_body ? emulator->loggable_body(request) : request.body;
        entry.status = response.status;
        entry.fault = t_fault;
        entry.time = format_rfc3339_ms(epoch_ms(clock->now()));
        requests.add(std::move(entry));
      });

  server.set_exception_handler(
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

void Sandbox::Impl::install_admin_routes() {
  server.Get("/__sandbox/health", [this](const httplib::Request&, httplib::Response& response) {
    nlohmann::json services = nlohmann::json::array();
    for (const auto& emulator : emulators) services.push_back(emulator.name);
    write_json(response, 200,
               {{"ok", true},
                {"services", services},
                {"base_url", base_url},
                {"state_dir", state_dir.string()}});
  });
  server.Get("/__sandbox/requests",
             [this](const httplib::Request& request, httplib::Response& response) {
               nlohmann::json entries = nlohmann::json::array();
               for (const auto& entry : read_request_log_file(requests.file()))
                 if (!request.has_param("service") ||
                     entry.value("service", "") == request.get_param_value("service"))
                   entries.push_back(entry);
               write_json(response, 200, {{"requests", entries}});
             });
  server.Delete("/__sandbox/requests",
                [this](const httplib::Request&, httplib::Response& response) {
                  requests.clear();
                  response.status = 204;
                });
  server.Get("/__sandbox/faults", [this](const httplib::Request&, httplib::Response& response) {
    write_json(response, 200, faults.rules());
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
  server.Put("/__sandbox/faults",
             [this, parse_body](const httplib::Request& request, httplib::Response& response) {
               nlohmann::json body;
               if (!parse_body(request, response, body)) return;
               faults.replace(body);
               write_json(response, 200, faults.rules());
             });
  server.Post("/__sandbox/faults",
              [this, parse_body](const httplib::Request& request, httplib::Response& response) {
                nlohmann::json body;
                if (!parse_body(request, response, body)) return;
                faults.add(body);
                write_json(response, 201, faults.rules());
              });
  server.Get("/__sandbox/settings", [this](const httplib::Request&, httplib::Response& response) {
    nlohmann::json copy;
    settings.read([&](const nlohmann::json& document) { copy = document; });
    write_json(response, 200, copy);
  });
  server.Patch("/__sandbox/settings",
               [this, parse_body](const httplib::Request& request, httplib::Response& response) {
                 nlohmann::json body;
                 if (!parse_body(request, response, body)) return;
                 nlohmann::json copy;
                 settings.update([&](nlohmann::json& document) {
                   document.merge_patch(body);
                   copy = document;
                   return true;
                 });
                 write_json(response, 200, copy);
               });
}

Result<std::unique_ptr<Sandbox>> start_for_command(const std::filesystem::path& state_dir) {
  const auto port_file = state_dir / "port";
  int last_port = 0;
  if (std::ifstream in(port_file); in) in >> last_port;
  if (last_port > 0 && last_port < 65536)
    if (auto started = Sandbox::start({state_dir, "127.0.0.1", last_port}); started.ok())
      return started;
  RAXOL_ASSIGN_OR_RETURN(auto sandbox, Sandbox::start({state_dir, "127.0.0.1", 0}));
  std::ofstream(port_file) << sandbox->port() << "\n";
  return sandbox;
}

}  // namespace raxol::sandbox
