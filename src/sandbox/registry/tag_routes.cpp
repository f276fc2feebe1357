// The tags of a repository: GET /v2/NAME/tags/list[?n=&last=], sorted lexically, paged with a
// Link header (pagination.h); NAME_UNKNOWN for a repository nothing was pushed to.
#include "sandbox/registry/pagination.h"
#include "sandbox/registry/routes.h"

namespace raxol::sandbox::registry {

namespace {

void list_tags(Call& call) {
  const std::string name = call.name();
  std::optional<std::vector<std::string>> tags;
  call.context.state->read([&](const json& document) {
    if (const json* record = find_repository(document, name)) {
      tags.emplace();
      const json listed = record->value("tags", json::object());
      for (const auto& [tag, digest] : listed.items()) tags->push_back(tag);
    }
  });
  if (!tags) return call.fail(404, RegistryCode::name_unknown, "", json{{"name", name}});
  // nlohmann keeps object members sorted, so the tags already are (byte order is lexical).
  auto page = page_of(call, *tags, "/v2/" + name + "/tags/list");
  if (page) call.reply(200, {{"name", name}, {"tags", *page}});
}

}  // namespace

void register_tag_routes(Router& repository) {
  repository.get(kRepositoryPattern + "/tags/list", list_tags);
}

}  // namespace raxol::sandbox::registry
