// Checks requests against an OpenAPI 3 spec (the Fly Machines API's): the method and path must
// match a path template, query parameters must be declared by that operation, and the JSON
// body must only hold declared fields of the declared types, recursively through $ref, allOf,
// objects and arrays. Used by the sandbox tests so that the emulator is only ever exercised
// with requests the real API documents.
//
// Deliberate deviations (docs/fly-machines.md §1.2) it always accepts: JSON null for any field
// (Go clients omit-or-null), `autostop` as a boolean as well as a string, headers of any kind
// (the `fly-machine-lease-nonce` header on mutations). With `allow_flyctl_forms` it also
// accepts what flyctl/fly-go send instead of the spec's form: lease `?ttl=` with no body,
// destroy `?kill=`, restart `?force_stop=`, create app `?wait=` and `app_role_id`, secrets
// `?version=`.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace raxol::test {

struct OpenApiOptions {
  bool allow_flyctl_forms = false;
};

class OpenApiValidator {
 public:
  // Reads the spec; throws std::runtime_error if it cannot (a broken test setup).
  explicit OpenApiValidator(const std::filesystem::path& spec_file, OpenApiOptions options = {});
  OpenApiValidator(nlohmann::json spec, OpenApiOptions options);

  // The violations of one request; empty when it conforms. `path` may carry the server's
  // path prefix ("/v1/apps/x") or not ("/apps/x"), and a scheme and host.
  std::vector<std::string> validate(std::string_view method, std::string_view path,
                                    std::string_view query, std::string_view body) const;

 private:
  struct Operation {
    std::string template_path;
    const nlohmann::json* operation = nullptr;
    const nlohmann::json* path_item = nullptr;
  };
  // The operation for method + path, or a violation in `problem`.
  Operation find_operation(const std::string& method, const std::string& path,
                           std::string& problem) const;
  const nlohmann::json& resolve(const nlohmann::json& schema) const;
  void check_value(const nlohmann::json& schema, const nlohmann::json& value,
                   const std::string& where, std::vector<std::string>& violations) const;
  bool flyctl_query_allowed(const std::string& method, const std::string& template_path,
                            const std::string& name) const;

  nlohmann::json spec_;
  OpenApiOptions options_;
  std::string server_prefix_;  // "/v1", from servers[0].url
};

}  // namespace raxol::test
