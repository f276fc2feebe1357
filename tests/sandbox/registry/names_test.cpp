// Repository names and tags as the distribution spec's grammar has them.
#include "sandbox/registry/names.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace raxol::sandbox::registry;

TEST_CASE("registry names: repository names", "[sandbox][registry]") {
  for (const std::string name :
       {"a", "app", "team/app", "a/b/c", "my.app", "my_app", "my__app", "my---app", "0/1"}) {
    INFO(name);
    CHECK(valid_repository_name(name));
  }
  for (const std::string& name :
       std::vector<std::string>{"", "App", "a/", "/a", "a//b", "a___b", "a..b", "-a", "a-", "a/.b",
                                "a b", "a:b", "a@b", std::string(256, 'a')}) {
    INFO(name);
    CHECK_FALSE(valid_repository_name(name));
  }
  CHECK(valid_repository_name(std::string(255, 'a')));
}

TEST_CASE("registry names: tags", "[sandbox][registry]") {
  for (const std::string tag : {"v1", "latest", "_x", "1.0.0-rc.1", "deployment-01HZ", "A_b"})
    CHECK(valid_tag(tag));
  for (const std::string& tag :
       std::vector<std::string>{"", ".hidden", "-x", "a:b", "a/b", std::string(129, 'a')})
    CHECK_FALSE(valid_tag(tag));
  CHECK(valid_tag(std::string(128, 'a')));
}
