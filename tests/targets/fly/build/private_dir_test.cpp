#include "targets/fly/build/private_dir.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "util/base64.h"

TEST_CASE("a build's private folder is 0700 with 0600 files and is gone afterwards", "[build]") {
  std::filesystem::path kept;
  {
    auto dir = raxol::fly::PrivateDir::create("test");
    REQUIRE(dir.ok());
    kept = (*dir)->path();
    REQUIRE((*dir)->write_private_file("secrets/key", "value").ok());
    REQUIRE((*dir)->write_private_file("auth.json", "{}").ok());
    struct stat info {};
    REQUIRE(::stat(kept.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    REQUIRE(::stat((kept / "secrets" / "key").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    REQUIRE(::stat((kept / "secrets").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    REQUIRE(::stat((kept / "auth.json").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
  }
  CHECK_FALSE(std::filesystem::exists(kept));
}

TEST_CASE("the registry auth file holds user x and the token as base64", "[build]") {
  auto json = nlohmann::json::parse(raxol::fly::registry_auth_json("registry.fly.io", "x", "tok"));
  auto auth = raxol::base64_decode(json["auths"]["registry.fly.io"]["auth"].get<std::string>());
  REQUIRE(auth);
  CHECK(*auth == "x:tok");
}
