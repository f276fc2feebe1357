// Release records of the web API (flyctl's internal/uiex) and their two views: the REST
// shape of /api/v1/releases and the GraphQL ReleaseUnprocessed node of `fly releases`.
//
// Record (app.releases, oldest first): {id, version, status, strategy, image, definition,
//   description, reason, metadata, build_id, user_email, created_ms, updated_ms}
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace raxol::sandbox::fly {

using nlohmann::json;

// Statuses flyctl writes with PATCH.
bool valid_release_status(const std::string& status);
json release_rest_view(const json& release);
json release_graphql_node(const json& release);
// The newest release whose status is "complete", or nullptr.
const json* current_release(const json& app);

}  // namespace raxol::sandbox::fly
