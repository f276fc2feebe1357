// flyctl's validation vectors (conversion-cases.md §V, validation_test.go). The whole file is
// validated, and a group's view is validated by flattening first (flyctl's ValidateGroups).
#include <catch2/catch.hpp>

#include "support/run_binary.h"
#include "targets/fly/config/process_groups.h"
#include "targets/fly/fly_test_support.h"

using raxol::fly::test::validation_failure;

using raxol::Diagnostics;
using raxol::fly::LoadedFlyConfig;
using raxol::fly::test::load_reference;

namespace {

std::string reference_text(const std::string& name) {
  return raxol::test::read_file(raxol::test::reference_path("fly/appconfig-testdata/" + name));
}

raxol::Status validate(const LoadedFlyConfig& loaded, Diagnostics* warnings = nullptr) {
  Diagnostics ignored;
  return raxol::fly::validate_fly_config(loaded, true, warnings ? *warnings : ignored);
}

// flyctl's ValidateGroups([group]): the checks as that group sees the config.
raxol::Status validate_group(const LoadedFlyConfig& loaded, const std::string& group) {
  LoadedFlyConfig flat = loaded;
  flat.config = raxol::fly::flatten_for_group(loaded.config, group);
  return validate(flat);
}

bool mentions(const raxol::Error& error, const std::string& text) {
  if (error.message.find(text) != std::string::npos) return true;
  for (const auto& note : error.notes)
    if (note.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("fly config: V validate-groups.toml with canary and mounts", "[fly][config][validate]") {
  auto loaded = raxol::fly::test::parse(reference_text("validate-groups.toml") +
                                        "\n[deploy]\nstrategy = \"canary\"\n");
  auto status = validate(loaded);
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message ==
        "fly.toml:40:12: deploy.strategy: canary deployment strategy is not supported when using "
        "mounted volumes");
  CHECK_FALSE(validate_group(loaded, "app").ok());
  CHECK(validate_group(loaded, "foo").ok());
  // Without canary the file is fine.
  CHECK(validate(load_reference("validate-groups.toml")).ok());
}

TEST_CASE("fly config: V validate-mounts.toml sizes and one mount per group",
          "[fly][config][validate]") {
  auto loaded = load_reference("validate-mounts.toml");
  auto status = validate(loaded);
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message ==
        "validate-mounts.toml:12:16: mounts[0].initial_size: expected a volume size of at least "
        "1GB, found \"15Mb\"");
  CHECK(mentions(status.error(),
                 "mounts[1].initial_size: expected a volume size such as \"10gb\", found "
                 "\"unparseable\""));
  CHECK(mentions(status.error(),
                 "validate-mounts.toml:26:1: mounts[3]: expected at most one [[mounts]] section "
                 "per process group, found a second one for group 'app'"));
  auto app = validate_group(loaded, "app");
  REQUIRE_FALSE(app.ok());
  CHECK(mentions(app.error(), "a second one for group 'app'"));
}

TEST_CASE("fly config: V validate-services.toml processes and ports", "[fly][config][validate]") {
  auto loaded = load_reference("validate-services.toml");
  Diagnostics warnings;
  auto status = validate(loaded, &warnings);
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().message ==
        "validate-services.toml:12:1: services[0].processes: expected a list of process groups "
        "(this app defines app, foo, success), found nothing");
  // A service without ports only warns (flyctl made it a warning, not an error).
  bool warned = false;
  for (const auto& warning : warnings)
    warned = warned ||
             (warning.key == "services[0]" && warning.message.find("no port") != std::string::npos);
  CHECK(warned);
  CHECK(validate_group(loaded, "success").ok());
}

TEST_CASE("fly config: V other rules: strategies / durations / restart / mounts",
          "[fly][config][validate]") {
  for (const char* strategy : {"rolling", "immediate", "canary", "bluegreen"}) {
    auto loaded = raxol::fly::test::parse(std::string("app = \"x\"\n[deploy]\nstrategy = \"") +
                                          strategy + "\"\n");
    CHECK(validate(loaded).ok());
  }
  Diagnostics warnings;
  auto clamped = raxol::fly::test::parse(
      "app = \"x\"\n[[services]]\ninternal_port = 80\n[[services.ports]]\nport = 80\n"
      "[[services.tcp_checks]]\ninterval = \"500ms\"\ntimeout = \"2m\"\n");
  CHECK(validate(clamped, &warnings).ok());
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].key == "services[0].tcp_checks[0].interval");
  CHECK(warnings[0].message == "500ms is less than 1 second and will be raised to 1 second");
  CHECK(warnings[1].message == "2m0s is more than 1 minute and will be lowered to 1 minute");

  CHECK(validate(raxol::fly::test::parse("app = \"x\"\n[[restart]]\npolicy = \"never\"\n")).ok());
  auto retention = validate(raxol::fly::test::parse(
      "app = \"x\"\n[mounts]\nsource = \"d\"\ndestination = \"/d\"\nsnapshot_retention = 90\n"));
  REQUIRE_FALSE(retention.ok());
  CHECK(retention.error().message ==
        "fly.toml:5:22: mounts.snapshot_retention: expected a number of days from 1 to 60, found "
        "90");
  auto extend = validate(
      raxol::fly::test::parse("app = \"x\"\n[mounts]\nsource = \"d\"\ndestination = \"/d\"\n"
                              "auto_extend_size_threshold = 80\n"));
  REQUIRE_FALSE(extend.ok());
  CHECK(extend.error().message ==
        "fly.toml:2:1: mounts.auto_extend_size_increment: expected a size from 1GB to 100GB, "
        "found nothing");
  CHECK(validate(raxol::fly::test::parse(
                     "app = \"x\"\n[mounts]\nsource = \"d\"\ndestination = \"/d\"\n"
                     "auto_extend_size_threshold = 80\nauto_extend_size_increment = \"3GB\"\n"
                     "auto_extend_size_limit = \"100GB\"\n"))
            .ok());
}

TEST_CASE("fly config: valid reference files pass", "[fly][config][validate]") {
  for (const char* name :
       {"tomachine.toml", "tomachine-processgroups.toml", "tomachine-services.toml",
        "tomachine-compute.toml", "old-format.toml", "tomachine-default-for-new-apps.toml"}) {
    INFO(name);
    auto status = validate(load_reference(name));
    INFO((status.ok() ? "" : status.error().message));
    CHECK(status.ok());
  }
}

TEST_CASE("fly config: several build ways only warn", "[fly][config][validate]") {
  Diagnostics warnings;
  auto loaded = raxol::fly::test::parse(
      "app = \"x\"\n[build]\nimage = \"a/b\"\ndockerfile = \"Dockerfile\"\n");
  CHECK(validate(loaded, &warnings).ok());
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].message ==
        "more than one way to build the image is configured (image, dockerfile)");
}

TEST_CASE("fly config errors: deploy strategy", "[fly][config][errors]") {
  CHECK(validation_failure("app = \"x\"\n[deploy]\n  strategy = \"rolling-eyes\"\n").message ==
        "fly.toml:3:14: deploy.strategy: expected one of rolling, immediate, canary, bluegreen, "
        "found \"rolling-eyes\"");
}

TEST_CASE("fly config errors: a missing app only when the command needs it",
          "[fly][config][errors]") {
  CHECK(validation_failure("primary_region = \"sjc\"\n").message ==
        "fly.toml:1:1: app: expected the Fly app name (app = \"NAME\"), found no app key");
  auto loaded = raxol::fly::test::parse("primary_region = \"sjc\"\n");
  raxol::Diagnostics warnings;
  CHECK(raxol::fly::validate_fly_config(loaded, /*require_app=*/false, warnings).ok());
}

TEST_CASE("fly config errors: process groups must be defined", "[fly][config][errors]") {
  CHECK(validation_failure("app = \"x\"\n[processes]\n  web = \"run\"\n[[services]]\n"
                           "  internal_port = 80\n  processes = [\"web\", \"wrker\"]\n")
            .message ==
        "fly.toml:6:23: services[0].processes[1]: expected a process group defined in [processes] "
        "(web), found \"wrker\"");
  CHECK(validation_failure("app = \"x\"\n[http_service]\n  internal_port = 8080\n"
                           "  processes = [\"web\"]\n")
            .message ==
        "fly.toml:4:16: http_service.processes[0]: expected a process group defined in "
        "[processes] (app), found \"web\"");
  CHECK(validation_failure("app = \"x\"\n[[vm]]\n  size = \"shared-cpu-2x\"\n"
                           "  processes = [\"worker\"]\n")
            .message ==
        "fly.toml:4:16: vm[0].processes[0]: expected a process group defined in [processes] "
        "(app), found \"worker\"");
  CHECK(validation_failure("app = \"x\"\n[mounts]\n  source = \"data\"\n  destination = \"/d\"\n"
                           "  processes = [\"db\"]\n")
            .message ==
        "fly.toml:5:16: mounts.processes[0]: expected a process group defined in [processes] "
        "(app), found \"db\"");
}

TEST_CASE("fly config errors: a check without a port and no http_service",
          "[fly][config][errors]") {
  CHECK(validation_failure("app = \"x\"\n[checks.alive]\n  type = \"tcp\"\n").message ==
        "fly.toml:2:1: checks.alive: Check 'alive' for process group 'app' has no port set and "
        "the group has no http_service to take it from");
}

TEST_CASE("fly config errors: more validation rules", "[fly][config][errors]") {
  CHECK(validation_failure("app = \"x\"\n[checks.c]\n  type = \"grpc\"\n  port = 80\n").message ==
        "fly.toml:3:10: checks.c.type: expected \"http\" or \"tcp\", found \"grpc\"");
  CHECK(validation_failure("app = \"x\"\n[checks.c]\n  type = \"tcp\"\n  port = 80\n"
                           "  interval = \"1s\"\n")
            .message == "fly.toml:5:14: checks.c.interval: expected at least 2s, found \"1s\"");
  CHECK(validation_failure("app = \"x\"\n[[restart]]\n  policy = \"sometimes\"\n").message ==
        "fly.toml:3:12: restart[0].policy: expected \"always\", \"never\" or \"on-failure\", "
        "found \"sometimes\"");
  CHECK(validation_failure("app = \"x\"\n[deploy]\n  release_command = \"migrate 'oops\"\n")
            .message ==
        "fly.toml:3:21: deploy.release_command: expected a command line, found \"migrate 'oops\" "
        "(EOF found when expecting closing quote)");
  CHECK(validation_failure("app = \"x\"\n[deploy]\n  max_unavailable = 0\n").message ==
        "fly.toml:3:21: deploy.max_unavailable: expected a number greater than 0, found 0");
}
