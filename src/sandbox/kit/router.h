// The one router of the emulators. Router registers handlers by method and path pattern on the
// sandbox's server and gives each a kit::Call that answers in the service's envelope; what a
// handler throws becomes an answer in that envelope too (a JSON field of the wrong type: 400,
// anything else: 500), never a bare server error. ServiceRouter puts the service's own step in
// front of its handlers: authenticating and building the service's Call.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "sandbox/kit/call.h"

namespace raxol::sandbox::kit {

using Handler = std::function<void(Call&)>;

inline constexpr std::array<std::string_view, 5> kMethods = {"GET", "POST", "PUT", "PATCH",
                                                             "DELETE"};

// get(), post(), ... and any() for a router whose add(method, pattern, handler) takes `H`.
template <class Self, class H>
class MethodShortcuts {
 public:
  void get(const std::string& pattern, H handler) { add("GET", pattern, std::move(handler)); }
  void post(const std::string& pattern, H handler) { add("POST", pattern, std::move(handler)); }
  void put(const std::string& pattern, H handler) { add("PUT", pattern, std::move(handler)); }
  void patch(const std::string& pattern, H handler) { add("PATCH", pattern, std::move(handler)); }
  void del(const std::string& pattern, H handler) { add("DELETE", pattern, std::move(handler)); }
  // The same handler for every method: a service's catch-all for unknown paths.
  void any(const std::string& pattern, const H& handler) {
    for (auto method : kMethods) add(method, pattern, handler);
  }

 private:
  void add(std::string_view method, const std::string& pattern, H handler) {
    static_cast<Self&>(*this).add(method, pattern, std::move(handler));
  }
};

class Router : public MethodShortcuts<Router, Handler> {
 public:
  // `envelope` and `clock` must outlive the server's handlers (the emulator owns them).
  Router(httplib::Server& server, const Envelope& envelope, Clock& clock)
      : server_(server), envelope_(envelope), clock_(clock) {}

  // `pattern` is a regular expression over the whole path; its groups are the path
  // parameters. Patterns are tried in registration order, so catch-alls go last.
  void add(std::string_view method, const std::string& pattern, Handler handler);

 private:
  httplib::Server& server_;
  const Envelope& envelope_;
  Clock& clock_;
};

template <class ServiceCall>
class ServiceRouter
    : public MethodShortcuts<ServiceRouter<ServiceCall>, std::function<void(ServiceCall&)>> {
 public:
  using Handler = std::function<void(ServiceCall&)>;
  // Builds the service's call from the kit's (reads its settings, authenticates), or answers
  // (401, 403, ...) and returns nullopt so that the handler does not run.
  using Open = std::function<std::optional<ServiceCall>(Call&)>;

  ServiceRouter(Router router, Open open) : router_(router), open_(std::move(open)) {}

  void add(std::string_view method, const std::string& pattern, Handler handler) {
    router_.add(method, pattern, [open = open_, handler = std::move(handler)](Call& base) {
      if (auto call = open(base)) handler(*call);
    });
  }

 private:
  Router router_;
  Open open_;
};

}  // namespace raxol::sandbox::kit
