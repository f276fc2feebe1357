#include "targets/fly/api/web_client.h"
#include "util/strings.h"

namespace raxol::fly {

namespace {

// The field as text: the GraphQL API sends some ids and counts as numbers.
std::string text_or_dump(const nlohmann::json& json, const char* key) {
  auto found = json.find(key);
  if (found == json.end() || found->is_null()) return {};
  return found->is_string() ? found->get<std::string>() : found->dump();
}

// The query `fly releases` sends, plus the config definition and metadata for rollbacks.
constexpr const char* kReleasesQuery =
    "query($appName: String!, $limit: Int!) { app(name: $appName) { releases: "
    "releasesUnprocessed(first: $limit) { nodes { id version description reason status "
    "imageRef stable user { id email name } createdAt configDefinition metadata } } } }";

FlyRelease release_from_rest(const nlohmann::json& json) {
  FlyRelease release;
  release.id = text_or_dump(json, "id");
  release.version = json.value("version", 0);
  release.status = kReleaseStatusNames.parse(text_or_dump(json, "status")).value_or(ReleaseStatus::pending);
  release.image_ref = text_or_dump(json, "image_ref");
  release.created_at = text_or_dump(json, "created_at");
  release.stable = json.value("stable", false);
  if (json.contains("user") && json["user"].is_object())
    release.user = text_or_dump(json["user"], "email");
  return release;
}

FlyRelease release_from_graphql(const nlohmann::json& node) {
  FlyRelease release;
  release.id = text_or_dump(node, "id");
  release.version = node.value("version", 0);
  release.status = kReleaseStatusNames.parse(text_or_dump(node, "status")).value_or(ReleaseStatus::pending);
  release.description = text_or_dump(node, "description");
  release.image_ref = text_or_dump(node, "imageRef");
  release.created_at = text_or_dump(node, "createdAt");
  release.stable = node.value("stable", false);
  if (node.contains("user") && node["user"].is_object())
    release.user = text_or_dump(node["user"], "email");
  if (node.contains("configDefinition")) release.config_definition = node["configDefinition"];
  if (node.contains("metadata")) release.metadata = node["metadata"];
  return release;
}

}  // namespace

Result<FlyAnswer> WebClient::send(FlyCall call) {
  call.base = transport_.endpoints().web_base;
  return transport_.send(call);
}

Result<FlyRelease> WebClient::create_release(const std::string& app,
                                             const nlohmann::json& definition,
                                             const std::string& image, const std::string& strategy,
                                             const std::string& description) {
  FlyCall call;
  call.method = "POST";
  call.path = "/api/v1/releases";
  call.what = "create release of " + app;
  call.body = {{"app_name", app},     {"build_id", 0},       {"definition", definition},
               {"image", image},      {"strategy", upper(strategy)},   {"description", description}};
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  const auto& body = answer.body.is_object() && answer.body.contains("release")
                         ? answer.body["release"]
                         : answer.body;
  FlyRelease release = release_from_rest(body);
  release.config_definition = definition;
  release.description = description;
  if (release.id.empty())
    return make_error(ErrorKind::api, "Fly API: " + call.what + ": the answer has no release id");
  return release;
}

Status WebClient::update_release(const std::string& id, ReleaseStatus status,
                                 const nlohmann::json& metadata) {
  FlyCall call;
  call.method = "PATCH";
  call.path = "/api/v1/releases/" + url_encode(id);
  const std::string name(kReleaseStatusNames.name(status));
  call.what = "mark release " + id + " " + name;
  call.body = {{"status", name}, {"metadata", metadata}};
  call.retry_safe = true;  // setting a status is idempotent
  RAXOL_TRY(send(call));
  return {};
}

Result<std::vector<FlyRelease>> WebClient::list_releases(const std::string& app, int limit) {
  FlyCall call;
  call.method = "POST";
  call.path = "/graphql";
  call.what = "list releases of " + app;
  call.body = {{"query", kReleasesQuery}, {"variables", {{"appName", app}, {"limit", limit}}}};
  call.retry_safe = true;  // a query
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  const auto& body = answer.body;
  if (body.is_object() && body.contains("errors") && body["errors"].is_array() &&
      !body["errors"].empty()) {
    std::string message = body["errors"][0].value("message", std::string("unknown error"));
    ErrorKind kind = message.find("Could not find App") != std::string::npos ||
                             message.find("not found") != std::string::npos
                         ? ErrorKind::not_found
                         : ErrorKind::api;
    return make_error(kind, "Fly API: " + call.what + ": " + message);
  }
  std::vector<FlyRelease> releases;
  try {
    for (const auto& node : body.at("data").at("app").at("releases").at("nodes"))
      releases.push_back(release_from_graphql(node));
  } catch (const nlohmann::json::exception&) {
    return make_error(ErrorKind::api, "Fly API: " + call.what + ": unexpected answer");
  }
  std::sort(releases.begin(), releases.end(),
            [](const FlyRelease& a, const FlyRelease& b) { return a.version > b.version; });
  return releases;
}

Result<LogPage> WebClient::logs(const std::string& app, const std::string& next_token,
                                const std::string& instance, const std::string& region) {
  FlyCall call;
  call.path = "/api/v1/apps/" + url_encode(app) + "/logs?next_token=" + url_encode(next_token);
  if (!instance.empty()) call.path += "&instance=" + url_encode(instance);
  else if (!region.empty()) call.path += "&region=" + url_encode(region);  // as flyctl: machine wins
  call.what = "read logs of " + app;
  RAXOL_ASSIGN_OR_RETURN(auto answer, send(call));
  LogPage page;
  if (!answer.body.is_object()) return page;
  if (answer.body.contains("meta") && answer.body["meta"].is_object())
    page.next_token = text_or_dump(answer.body["meta"], "next_token");
  if (answer.body.contains("data") && answer.body["data"].is_array()) {
    for (const auto& entry : answer.body["data"]) {
      const auto& attributes = entry.value("attributes", nlohmann::json::object());
      page.lines.push_back({text_or_dump(attributes, "timestamp"), text_or_dump(attributes, "message"),
                            text_or_dump(attributes, "level"), text_or_dump(attributes, "instance"),
                            text_or_dump(attributes, "region")});
    }
  }
  return page;
}

}  // namespace raxol::fly
