#include "targets/github_pages/pages_settings.h"

#include <catch2/catch.hpp>

#include "targets/github_pages/git/remote.h"
#include "targets/github_pages/github_pages_kind.h"

using namespace raxol;
using namespace raxol::github_pages;

namespace {
// The settings as a target gets them: checked by the kit against the kind, then read.
Result<PagesSettings> settings_of(nlohmann::json settings) {
  TargetSpec spec;
  spec.name = "gh-pages";
  spec.kind = "github-pages";
  spec.settings = std::move(settings);
  Diagnostics warnings;
  RAXOL_TRY(check_settings(github_pages_kind(), spec, warnings));
  return read_pages_settings(Settings(spec));
}
}  // namespace

TEST_CASE("gh-pages settings: defaults for keys discovery leaves out", "[gh-pages]") {
  auto settings = settings_of({{"directory", "public"}});
  REQUIRE(settings.ok());
  CHECK(settings->branch == "gh-pages");
  CHECK(settings->destination_dir.empty());
  CHECK(settings->nojekyll);
  CHECK_FALSE(settings->keep_files);
  CHECK(settings->wait);
  CHECK_FALSE(settings->https_enforced.has_value());
}

TEST_CASE("gh-pages settings: destination_dir is normalised and must stay inside", "[gh-pages]") {
  CHECK(normalize_destination("./performance/") == std::optional<std::string>("performance"));
  CHECK(normalize_destination("a//b/./c") == std::optional<std::string>("a/b/c"));
  CHECK(normalize_destination("/") == std::optional<std::string>(""));
  CHECK(normalize_destination(".") == std::optional<std::string>(""));
  CHECK_FALSE(normalize_destination("../x").has_value());
  CHECK_FALSE(normalize_destination("/etc").has_value());
  auto bad = settings_of({{"directory", "d"}, {"destination_dir", "a/../../b"}});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().kind == ErrorKind::config);
  CHECK(bad.error().message.find("destination_dir") != std::string::npos);
}

TEST_CASE("gh-pages settings: wrong types, expressions and bad authors are config errors",
          "[gh-pages]") {
  CHECK_FALSE(settings_of(nlohmann::json::object()).ok());
  CHECK_FALSE(
      settings_of({{"directory", "d"}, {"keep_files", "${{ x }}"}}).ok());
  CHECK_FALSE(settings_of({{"directory", "${{ inputs.dir }}"}}).ok());
  CHECK_FALSE(settings_of({{"directory", "d"}, {"author", "nobody"}}).ok());
  auto good = settings_of(
      {{"directory", "d"}, {"author", "Pat <pat@example.org>"}, {"exclude", {"*.map", "/tmp/"}}});
  REQUIRE(good.ok());
  CHECK(good->exclude == std::vector<std::string>{"*.map", "/tmp/"});
}

TEST_CASE("gh-pages remote: owner/name resolves against GITHUB_SERVER_URL", "[gh-pages]") {
  GitHubEndpoints endpoints{"http://127.0.0.1:9/api/v3", "http://127.0.0.1:9", "tok-123"};
  auto remote = resolve_remote("raxol/raxol", "", endpoints);
  REQUIRE(remote.ok());
  CHECK(remote->url == "http://127.0.0.1:9/raxol/raxol.git");
  CHECK(remote->owner == "raxol");
  CHECK(remote->name == "raxol");
  CHECK(remote->send_token);
  CHECK(remote->auth_scope == "http://127.0.0.1:9/");
  CHECK(remote->url.find("tok-123") == std::string::npos);
}

TEST_CASE("gh-pages remote: credentials in a URL are dropped, other hosts get no token",
          "[gh-pages]") {
  GitHubEndpoints github{"https://api.github.com", "https://github.com", "tok-123"};
  auto with_credentials =
      resolve_remote("", "https://x-access-token:old-secret@github.com/o/site.git", github);
  REQUIRE(with_credentials.ok());
  CHECK(with_credentials->url == "https://github.com/o/site.git");
  CHECK(with_credentials->credentials_stripped);
  CHECK(with_credentials->send_token);
  CHECK(with_credentials->slug() == "o/site");

  auto elsewhere = resolve_remote("https://gitlab.example.org/o/site.git", "", github);
  REQUIRE(elsewhere.ok());
  CHECK_FALSE(elsewhere->send_token);
  CHECK_FALSE(elsewhere->on_github());

  auto ssh = resolve_remote("git@github.com:o/site.git", "", github);
  REQUIRE(ssh.ok());
  CHECK_FALSE(ssh->send_token);  // ssh: the user's agent authenticates
  CHECK(ssh->slug() == "o/site");

  auto file = resolve_remote("file:///srv/site.git", "", github);
  REQUIRE(file.ok());
  CHECK_FALSE(file->send_token);
  CHECK_FALSE(file->on_github());

  CHECK_FALSE(resolve_remote("", "", github).ok());
}
