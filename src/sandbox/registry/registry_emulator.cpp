#include "sandbox/registry/registry_emulator.h"

#include <memory>
#include <regex>

#include "sandbox/registry/registry_store.h"
#include "sandbox/registry/routes.h"
#include "util/strings.h"

namespace raxol::sandbox::registry {

namespace {

bool serves(std::string_view path) {
  return path == "/v2" || path.rfind("/v2/", 0) == 0 || path == kTokenPath;
}

// Paths of the API whose method the registry does not take answer 405; other paths 404.
void unsupported(Call& call) {
  static const std::regex api_path("/v2/.+/(blobs|manifests|tags)/.*|/v2/_catalog|/v2/?|" +
                                   kTokenPath);
  const bool known = std::regex_match(call.request.path, api_path);
  call.fail(known ? 405 : 404, RegistryCode::unsupported,
            known ? call.request.method + " is not supported on " + call.request.path
                  : "the registry has no " + call.request.path);
}

void register_routes(httplib::Server& server, RegistryContext& context) {
  Routers routers = make_routers(server, context);
  register_token_routes(routers.token);
  register_catalog_routes(routers.root);
  // Uploads before blobs: "/v2/NAME/blobs/uploads/ID" must not read as the blob "uploads".
  register_upload_routes(routers.repository);
  register_blob_routes(routers.repository);
  register_manifest_routes(routers.repository);
  register_tag_routes(routers.repository);
  routers.root.any("/v2/.*", unsupported);
  routers.token.any(kTokenPath, unsupported);
}

// The in-memory request log keeps neither layers (they can be large, and a long-running
// sandbox would hold every push) nor the credentials of a token form.
std::string loggable_body(const httplib::Request& request) {
  if (request.path == kTokenPath) {
    std::vector<std::string> fields;
    for (const auto& field : split(request.body, '&')) {
      const std::string key = field.substr(0, field.find('='));
      fields.push_back(key == "password" || key == "refresh_token" ? key + "=***" : field);
    }
    return join(fields, "&");
  }
  if (request.path.find("/blobs/") != std::string::npos && !request.body.empty())
    return "(" + std::to_string(request.body.size()) + " bytes of blob data, not kept)";
  return request.body;
}

void export_environment(std::map<std::string, std::string>& env, const RegistryContext& context) {
  env["FLY_REGISTRY_HOST"] = registry_host(context.base_url);
}

}  // namespace

Emulator make_registry_emulator(const EmulatorEnvironment& environment,
                                FlyTokenCheck fly_token_check) {
  auto context = std::make_shared<RegistryContext>(environment, std::move(fly_token_check));
  return {"registry",
          &context->envelope,
          serves,
          [context](httplib::Server& server) { register_routes(server, *context); },
          [context](auto& env) { export_environment(env, *context); },
          loggable_body};
}

}  // namespace raxol::sandbox::registry
