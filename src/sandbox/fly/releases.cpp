#include "sandbox/fly/releases.h"

#include "sandbox/fly/fly_state.h"
#include "util/time_format.h"

namespace raxol::sandbox::fly {

namespace {

bool in_progress(const std::string& status) { return status == "pending" || status == "running"; }

json user_of(const json& release) {
  const std::string email = release.value("user_email", "");
  return {{"id", "sandbox-" + email.substr(0, email.find('@'))},
          {"email", email},
          {"name", email.substr(0, email.find('@'))}};
}

}  // namespace

bool valid_release_status(const std::string& status) {
  return status == "pending" || status == "running" || status == "complete" || status == "failed" ||
         status == "interrupted";
}

json release_rest_view(const json& release) {
  const std::string status = release["status"];
  return {{"id", release["id"]},
          {"version", release["version"]},
          {"stable", status == "complete"},
          {"in_progress", in_progress(status)},
          {"status", status},
          {"strategy", release["strategy"]},
          {"user", {{"email", release.value("user_email", "")}}},
          {"created_at", format_rfc3339_ms(release["created_ms"])},
          {"image_ref", release["image"]}};
}

json release_graphql_node(const json& release) {
  const std::string status = release["status"];
  return {{"id", release["id"]},
          {"version", release["version"]},
          {"description", release.value("description", "")},
          {"reason", release.value("reason", "deploy")},
          {"status", status},
          {"imageRef", release["image"]},
          {"stable", status == "complete"},
          {"inProgress", in_progress(status)},
          {"deploymentStrategy", release["strategy"]},
          {"user", user_of(release)},
          {"createdAt", format_rfc3339_ms(release["created_ms"])},
          {"configDefinition", release.value("definition", json())},
          {"metadata", release.value("metadata", json())}};
}

const json* current_release(const json& app) {
  const auto& releases = app["releases"];
  for (auto it = releases.rbegin(); it != releases.rend(); ++it)
    if ((*it)["status"] == "complete") return &*it;
  return nullptr;
}

}  // namespace raxol::sandbox::fly
