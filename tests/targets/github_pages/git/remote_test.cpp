// Where a publish pushes: owner/name resolved against GITHUB_SERVER_URL, URLs kept without
// their credentials, and the token only for the GitHub host.
#include "targets/github_pages/git/remote.h"

#include <catch2/catch.hpp>

using namespace raxol;
using namespace raxol::github_pages;

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

TEST_CASE("gh-pages remote: credentials in a URL are dropped - other hosts get no token",
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
