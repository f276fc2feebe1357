#include "sandbox/kit/router.h"

namespace raxol::sandbox::kit {

void Router::add(std::string_view method, const std::string& pattern, Handler handler) {
  // Captures the envelope and clock, not the Router: routers are short-lived registration
  // helpers, the handlers live as long as the server.
  httplib::Server::Handler wrapped = [envelope = &envelope_, clock = &clock_,
                                      handler = std::move(handler)](const httplib::Request& request,
                                                                    httplib::Response& response) {
    Call call(request, response, *envelope, *clock);
    try {
      handler(call);
    } catch (const json::exception& error) {
      // A body field of the wrong type: handlers read fields before they change state.
      call.error(400, envelope->invalid_request_message(error.what()));
    } catch (const std::exception& error) {
      call.error(500, std::string("internal sandbox error: ") + error.what());
    }
  };
  if (method == "GET")
    server_.Get(pattern, std::move(wrapped));
  else if (method == "POST")
    server_.Post(pattern, std::move(wrapped));
  else if (method == "PUT")
    server_.Put(pattern, std::move(wrapped));
  else if (method == "PATCH")
    server_.Patch(pattern, std::move(wrapped));
  else if (method == "DELETE")
    server_.Delete(pattern, std::move(wrapped));
  else
    throw std::invalid_argument("kit::Router: no method " + std::string(method));
}

}  // namespace raxol::sandbox::kit
