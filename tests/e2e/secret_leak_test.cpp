// Issue 7's leak test: a recognisable secret value goes through every secrets and certs command
// of every tier (stdin, argv and env-file forms, -v, --json, a failing request), and then every
// byte raxol-deploy printed or wrote — stdout, stderr, the audit trail and every other file in
// the project, its cache and HOME, and the argv of every git process it spawned — is searched
// for the value and for the sandbox's tokens. Only the emulated platform may hold them.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "support/example_project.h"
#include "support/sandbox_fixture.h"

using namespace raxol::test;
using nlohmann::json;

namespace {

const std::string kValue = "LEAKCANARY-7f3a9c-s3cr3t";  // never in any output
const std::string kArgvValue = "ARGVCANARY-51d0e2";       // given on our own argv (the user's choice)

struct LeakRig {
  SandboxFixture box;
  TempDir project;
  TempDir home;       // HOME and XDG_CACHE_HOME: what we write outside the project
  TempDir tools;      // a git wrapper that records the argv of every git we spawn
  TempDir env_files;  // the user's own env file (not ours to check)
  std::string transcript;  // every stdout and stderr byte

  LeakRig() {
    copy_example_project(project.path(), "registry.fly.io/raxol-example:v1");
    write_file(tools / "git",
               "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + (tools / "argv.log").string() +
                   "'\nexec /usr/bin/git \"$@\"\n");
    ::chmod((tools / "git").c_str(), 0755);
  }

  BinaryResult run(std::vector<std::string> args, const std::string& stdin_data = {}) {
    args.insert(args.begin(), {"-C", project.path().string()});
    auto env = box.env();
    env["HOME"] = home.path().string();
    env["XDG_CACHE_HOME"] = (home / "cache").string();
    env["PATH"] = tools.path().string() + ":" + std::getenv("PATH");
    auto result = run_binary(args, env, {}, stdin_data);
    transcript += result.out + result.err;
    return result;
  }

  // Every byte of every file under `root`.
  static std::string files_under(const std::filesystem::path& root) {
    std::string all;
    if (!std::filesystem::exists(root)) return all;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
      if (entry.is_regular_file()) all += read_file(entry.path()) + "\n";
    return all;
  }

  std::vector<std::string> tokens() {
    std::vector<std::string> found;
    for (const auto& [name, value] : box.env())
      if (name.find("TOKEN") != std::string::npos && value.size() >= 8) found.push_back(value);
    return found;
  }
};

void require_ok(const BinaryResult& result, const std::string& what) {
  INFO(what << "\n" << result.err);
  REQUIRE(result.exit_code == 0);
}

}  // namespace

TEST_CASE("secrets and tokens never leak from any secrets or certs command", "[e2e][secrets][leak]") {
  LeakRig rig;
  require_ok(rig.run({"deploy", "--yes"}), "deploy all tiers");
  write_file(rig.env_files / "prod.env", "FROM_FILE=" + kValue + "\n");
  const std::string env_file = (rig.env_files / "prod.env").string();

  for (const std::string target : {"fly", "pages", "gh-pages"}) {
    INFO("target " << target);
    require_ok(rig.run({"-v", "secrets", "set", target, "LEAK_STDIN=-"}, kValue + "\n"),
               "set from stdin");
    require_ok(rig.run({"-v", "--json", "secrets", "set", target, "LEAK_ARGV=" + kArgvValue}),
               "set from argv");
    require_ok(rig.run({"-v", "secrets", "set", target, "--from-env-file", env_file}),
               "set from a file");
    if (target == "fly") {
      require_ok(rig.run({"-v", "secrets", "set", target, "LEAK_STAGED=-", "--stage"}, kValue),
                 "stage");
      require_ok(rig.run({"-v", "--json", "secrets", "deploy", target}), "secrets deploy");
    }
    require_ok(rig.run({"-v", "secrets", "list", target}), "list");
    auto listed = rig.run({"-v", "--json", "secrets", "list", target});
    require_ok(listed, "list --json");
    CHECK(listed.out.find("LEAK_STDIN") != std::string::npos);  // names are shown

    // Requests that fail: the errors name the status, never the value.
    rig.box.sandbox().faults().replace(json::array(
        {{{"method", "*"}, {"path", "/**/secrets"}, {"status", 500}},
         {{"method", "*"}, {"path", "/**/secrets/**"}, {"status", 500}},
         {{"method", "PATCH"}, {"path", "/**/pages/projects/*"}, {"status", 500}}}));
    auto failed = rig.run({"-v", "--json", "secrets", "set", target, "LEAK_FAIL=-"}, kValue);
    CHECK(failed.exit_code != 0);
    rig.box.sandbox().faults().replace(json::array());
    require_ok(rig.run({"-v", "secrets", "unset", target, "LEAK_STDIN", "LEAK_ARGV", "FROM_FILE",
                        "--yes"}),
               "unset");

    // Domains: the tokens go through these too (and git, for gh-pages).
    const std::string host = target == "fly" ? "raxol.io" : "www." + target + ".example.com";
    require_ok(rig.run({"-v", "--json", "certs", "add", target, host}), "certs add");
    require_ok(rig.run({"-v", "certs", "list", target}), "certs list");
    require_ok(rig.run({"-v", "certs", "show", target, host}), "certs show");
    require_ok(rig.run({"-v", "certs", "remove", target, host, "--yes"}), "certs remove");
  }

  std::string written = LeakRig::files_under(rig.project.path()) +
                        LeakRig::files_under(rig.home.path()) +
                        read_file(rig.tools / "argv.log");
  CHECK(rig.transcript.find(kValue) == std::string::npos);
  CHECK(written.find(kValue) == std::string::npos);
  CHECK(written.find(kArgvValue) == std::string::npos);
  CHECK(rig.transcript.find(kArgvValue) == std::string::npos);
  for (const auto& token : rig.tokens()) {
    CHECK(rig.transcript.find(token) == std::string::npos);
    CHECK(written.find(token) == std::string::npos);
  }
  CHECK(written.find("push") != std::string::npos);  // git did run, through the wrapper
  // The audit trail saw the commands (names only).
  auto audit = read_file(rig.project / ".raxol" / "audit.jsonl");
  CHECK(audit.find("LEAK_STDIN") != std::string::npos);
}
