// POST /graphql: only the two queries flyctl still sends for releases, recognised by their
// field names: `releasesUnprocessed` (`fly releases`) and `currentReleaseUnprocessed` (the
// deployed config). Aliases (`releases: releasesUnprocessed(...)`, `appcompact: app(...)`)
// are honoured. Anything else gets a GraphQL error, with 200 as GraphQL servers answer.
#include <regex>

#include "sandbox/fly/releases.h"
#include "sandbox/fly/routes.h"

namespace raxol::sandbox::fly {

namespace {

// The name a field appears under in the answer: its alias if the query gives one.
std::string response_key(const std::string& query, const std::string& field) {
  std::smatch match;
  std::regex alias("([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*" + field + "\\b");
  return std::regex_search(query, match, alias) ? match[1].str() : field;
}

json graphql_error(const std::string& message, const std::string& code = "") {
  json error = {{"message", message}};
  if (!code.empty()) error["extensions"] = {{"code", code}};
  return {{"errors", json::array({error})}};
}

void graphql(Call& call) {
  auto body = call.json_body();
  if (!body) return;
  const std::string query = body->value("query", "");
  const json variables = body->value("variables", json::object());
  const bool wants_list = query.find("releasesUnprocessed") != std::string::npos;
  const bool wants_current = query.find("currentReleaseUnprocessed") != std::string::npos;
  if (!wants_list && !wants_current)
    return call.reply(200, graphql_error("sandbox: query not supported"));
  const std::string app_name = variables.is_object() ? variables.value("appName", "") : "";
  size_t limit = 25;
  if (variables.is_object() && variables.contains("limit") && variables["limit"].is_number())
    limit = std::max<int64_t>(1, variables["limit"].get<int64_t>());
  const std::string app_key = response_key(query, "app");

  call.update([&](json& document) {
    json* app = find_app(document, app_name);
    if (app == nullptr) {
      json answer = graphql_error("Could not find App \"" + app_name + "\"", "NOT_FOUND");
      answer["data"] = {{app_key, nullptr}};
      call.reply(200, answer);
      return false;
    }
    json app_data = json::object();
    if (wants_list) {
      json nodes = json::array();
      const auto& releases = (*app)["releases"];
      for (auto it = releases.rbegin(); it != releases.rend() && nodes.size() < limit; ++it)
        nodes.push_back(release_graphql_node(*it));
      app_data[response_key(query, "releasesUnprocessed")] = {{"nodes", nodes}};
    }
    if (wants_current) {
      const json* release = current_release(*app);
      app_data[response_key(query, "currentReleaseUnprocessed")] =
          release ? release_graphql_node(*release) : json();
    }
    call.reply(200, {{"data", {{app_key, app_data}}}});
    return false;
  });
}

}  // namespace

void register_graphql_routes(Router& router) { router.post("/graphql", graphql); }

}  // namespace raxol::sandbox::fly
