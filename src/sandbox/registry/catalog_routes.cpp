// The root of the API: the version check every client starts with (GET /v2/: 200 {} once
// authorised, 401 with the challenge before) and the catalog of repositories.
#include "sandbox/registry/pagination.h"
#include "sandbox/registry/routes.h"

namespace raxol::sandbox::registry {

namespace {

void ping(Call& call) { call.reply(200, json::object()); }

void catalog(Call& call) {
  std::vector<std::string> names;
  call.context.state->read([&](const json& document) {
    const json repositories = document.value("repositories", json::object());
    for (const auto& [name, record] : repositories.items()) names.push_back(name);
  });
  // nlohmann keeps object members sorted, so the names already are.
  auto page = page_of(call, names, "/v2/_catalog");
  if (page) call.reply(200, {{"repositories", *page}});
}

}  // namespace

void register_catalog_routes(Router& root) {
  root.get("/v2/?", ping);
  root.get("/v2/_catalog", catalog);
}

}  // namespace raxol::sandbox::registry
