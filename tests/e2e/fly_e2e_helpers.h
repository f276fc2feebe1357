// Shared steps of the Fly end-to-end tests: a project folder, the binary run against a
// SandboxFixture, and questions about the emulated app's machines.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "support/sandbox_fixture.h"

namespace raxol::test {

struct FlyProject {
  TempDir dir;
  std::string app;
  explicit FlyProject(const std::string& app_name, const std::string& release_command = "")
      : app(app_name) {
    write_fly_project(dir.path(), test_fly_toml(app_name, release_command));
  }
};

inline BinaryResult run_cli_in(SandboxFixture& box, const FlyProject& project,
                          std::vector<std::string> args) {
  args.insert(args.begin(), {"-C", project.dir.path().string()});
  return run_binary(args, box.env());
}

inline std::set<std::string> machine_images(SandboxFixture& box, const std::string& app) {
  std::set<std::string> images;
  for (const auto& machine : box.app_machines(app)) images.insert(machine["config"].value("image", ""));
  return images;
}

inline std::set<std::string> machine_ids(SandboxFixture& box, const std::string& app) {
  std::set<std::string> ids;
  for (const auto& machine : box.app_machines(app)) ids.insert(machine.value("id", ""));
  return ids;
}

// True when any machine of the app still carries a lease.
inline bool any_lease_held(SandboxFixture& box, const std::string& app) {
  for (const auto& machine : box.fly_get("/v1/apps/" + app + "/machines")) {
    auto lease = box.fly_call("GET", "/v1/apps/" + app + "/machines/" +
                                         machine.value("id", "") + "/lease");
    if (lease.status == 200) return true;
  }
  return false;
}

// Requests the Fly emulator received that changed something, in order. GraphQL queries are
// POSTs that read (raxol-deploy sends no GraphQL mutation).
inline std::vector<sandbox::LoggedRequest> fly_mutations(SandboxFixture& box) {
  std::vector<sandbox::LoggedRequest> result;
  for (const auto& entry : box.sandbox().requests().entries())
    if (entry.service == "fly" && entry.mutating() && entry.path != "/graphql")
      result.push_back(entry);
  return result;
}

}  // namespace raxol::test
