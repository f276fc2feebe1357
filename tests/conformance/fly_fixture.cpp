// The Fly kind in the conformance suite: an app with an http service, two machines' worth of
// releases told apart by their image tag.
#include "conformance/conformance_fixture.h"

namespace raxol::test::conformance {

namespace {
constexpr const char* kApp = "conformance";
std::string image(int n) { return std::string("registry.fly.io/") + kApp + ":v" + std::to_string(n); }
}  // namespace

void FlyFixture::write_project(const std::filesystem::path& dir) const {
  write_fly_project(dir, test_fly_toml(kApp));
}

std::vector<std::string> FlyFixture::deploy_flags(int n) const { return {"--image", image(n)}; }

int FlyFixture::serving(SandboxFixture& box) const {
  if (box.fly_call("GET", std::string("/v1/apps/") + kApp).status == 404) return 0;
  int release = 0;
  for (const auto& machine : box.app_machines(kApp)) {
    const std::string ref = machine["config"].value("image", "");
    const int tag = std::stoi(ref.substr(ref.rfind(":v") + 2));
    if (release != 0 && tag != release) return -1;  // mixed: nothing serves as one release
    release = tag;
  }
  return release;
}

nlohmann::json FlyFixture::retried_request() const {
  return {{"service", "fly"}, {"method", "GET"}, {"path", "/v1/apps/*/machines"}};
}

nlohmann::json FlyFixture::apply_fault() const {
  // The first machine's update passes, the next fails through every retry.
  return {{"service", "fly"}, {"method", "POST"}, {"path", "/v1/apps/*/machines/*"},
          {"skip", 1},        {"times", 5}};
}

}  // namespace raxol::test::conformance
