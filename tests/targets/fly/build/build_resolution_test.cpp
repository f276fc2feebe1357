// Whether a Fly deploy builds, and how: fly.toml's [build], the command line (which wins) and
// the environment; build flags beside a prebuilt image, misreadable secrets and a missing
// builder are errors.
#include "targets/fly/build/build_resolution.h"

#include <catch2/catch.hpp>
#include <regex>

#include "support/run_binary.h"
#include "targets/fly/fly_test_support.h"

using raxol::ErrorKind;
using raxol::OptionType;
using raxol::OptionValue;
using raxol::OptionValues;
using raxol::fly::BuilderKind;
using raxol::fly::test::FlyTestContext;
using raxol::test::TempDir;

namespace {

// A project folder with fly.toml and a Dockerfile, and a PATH holding only the builders asked
// for (empty scripts: resolution only looks for them).
struct Project {
  TempDir dir;
  TempDir bin;
  FlyTestContext fly;

  explicit Project(const std::string& fly_toml, std::vector<std::string> builders = {"buildah"}) {
    raxol::test::write_file(dir / "fly.toml", fly_toml);
    std::filesystem::create_directories(dir.path() / "docker");
    raxol::test::write_file(dir.path() / "docker" / "Dockerfile.web", "FROM scratch\n");
    for (const auto& name : builders) {
      raxol::test::write_file(bin / name, "#!/bin/sh\nexit 1\n");
      std::filesystem::permissions(bin / name, std::filesystem::perms::owner_all);
    }
    fly.env().set("PATH", bin.path().string());
    fly.env().set("HOME", dir.path().string());
    fly.env().set("XDG_CACHE_HOME", std::nullopt);
  }

  raxol::Result<raxol::fly::ImageSource> resolve(const OptionValues& options,
                                                 const std::string& project_image = "") {
    auto loaded = raxol::fly::load_fly_toml(dir / "fly.toml", "fly.toml");
    REQUIRE(loaded.ok());
    raxol::fly::BuildSource source{*loaded, dir / "fly.toml", "web", "registry.fly.io"};
    return raxol::fly::resolve_image_source(source, options, project_image, fly.context());
  }
};

const char* const kBuildToml =
    "app = \"web\"\n[build]\n  dockerfile = \"docker/Dockerfile.web\"\n  build-target = "
    "\"runner\"\n"
    "  [build.args]\n    A = \"toml\"\n    B = \"toml\"\n";

OptionValues with_list(OptionValues values, const std::string& name,
                       std::vector<std::string> items) {
  OptionValue value;
  value.type = OptionType::list;
  value.items = std::move(items);
  values.set(name, value);
  return values;
}

}  // namespace

TEST_CASE("build: fly.toml's dockerfile builds with a tag per deployment", "[build]") {
  Project project(kBuildToml);
  auto source = project.resolve({});
  INFO((source.ok() ? "" : source.error().message));
  REQUIRE(source.ok());
  REQUIRE(source->build);
  const auto& build = *source->build;
  CHECK(build.builder == BuilderKind::buildah);
  CHECK(build.builder_reason == "auto: no docker on PATH; buildah is on PATH");
  CHECK(build.dockerfile == project.dir.path() / "docker" / "Dockerfile.web");
  CHECK(build.context == project.dir.path());
  CHECK(build.target == "runner");
  CHECK(build.args == raxol::fly::KeyValues{{"A", "toml"}, {"B", "toml"}});
  CHECK(build.storage == project.dir.path() / ".cache" / "raxol-deploy" / "containers");
  CHECK(std::regex_match(build.tag,
                         std::regex("registry\\.fly\\.io/web:deployment-[0-9A-HJKMNP-TV-Z]{26}")));
  CHECK(source->image == build.tag);
  CHECK(build.push);
  CHECK(build.deploy);
  // A second plan gets a new tag (ULIDs are time-ordered, random within the millisecond).
  auto again = project.resolve({});
  REQUIRE(again.ok());
  CHECK(again->build->tag != build.tag);
}

TEST_CASE("build: the command line wins over fly.toml", "[build]") {
  Project project(kBuildToml);
  raxol::test::write_file(project.dir / "Other.dockerfile", "FROM scratch\n");
  raxol::test::write_file(project.dir / "custom.ignore", "*.md\n");
  auto options =
      raxol::fly::test::options({{"dockerfile", (project.dir / "Other.dockerfile").string()},
                                 {"build-target", "dev"},
                                 {"ignorefile", (project.dir / "custom.ignore").string()},
                                 {"image-label", "v7"}});
  options = with_list(options, "build-arg", {"B=cli", "C=cli"});
  options = with_list(options, "label", {"team=web"});
  auto source = project.resolve(options);
  INFO((source.ok() ? "" : source.error().message));
  REQUIRE(source.ok());
  const auto& build = *source->build;
  CHECK(build.dockerfile == project.dir / "Other.dockerfile");
  CHECK(build.target == "dev");
  CHECK(build.ignorefile == project.dir / "custom.ignore");
  CHECK(build.args == raxol::fly::KeyValues{{"A", "toml"}, {"B", "cli"}, {"C", "cli"}});
  CHECK(build.labels == raxol::fly::KeyValues{{"team", "web"}});
  CHECK(build.tag == "registry.fly.io/web:v7");
}

TEST_CASE("build: the ignore file is found beside the Dockerfile, then in the context", "[build]") {
  Project project(kBuildToml);
  raxol::test::write_file(project.dir / ".dockerignore", "x\n");
  auto context_level = project.resolve({});
  REQUIRE(context_level.ok());
  CHECK(context_level->build->ignorefile == project.dir / ".dockerignore");
  raxol::test::write_file(project.dir.path() / "docker" / "Dockerfile.web.dockerignore", "y\n");
  auto beside = project.resolve({});
  REQUIRE(beside.ok());
  CHECK(beside->build->ignorefile == project.dir.path() / "docker" / "Dockerfile.web.dockerignore");
}

TEST_CASE("build: prebuilt images need no builder and refuse build flags", "[build]") {
  Project project("app = \"web\"\n[build]\n  image = \"registry.fly.io/web:v1\"\n", {});
  auto prebuilt = project.resolve({});
  REQUIRE(prebuilt.ok());
  CHECK(prebuilt->image == "registry.fly.io/web:v1");
  CHECK_FALSE(prebuilt->build);

  auto flags = project.resolve(with_list({}, "build-arg", {"A=1"}));
  REQUIRE_FALSE(flags.ok());
  CHECK(flags.error().kind == ErrorKind::usage);
  CHECK(flags.error().message.find(
            "--build-arg applies to a build, but fly.toml sets [build] image") == 0);

  Project building(kBuildToml);
  auto both =
      building.resolve(raxol::fly::test::options({{"image", "x/y:1"}, {"dockerfile", "D"}}));
  REQUIRE_FALSE(both.ok());
  CHECK(both.error().message.find("--image and --dockerfile") == 0);
  auto push = building.resolve(raxol::fly::test::options({{"push", "true"}}));
  REQUIRE_FALSE(push.ok());
  CHECK(push.error().message.find("--push goes with --build-only") == 0);
  auto project_image = building.resolve({}, "registry.fly.io/web:project");
  REQUIRE(project_image.ok());
  CHECK(project_image->image ==
        "registry.fly.io/web:project");  // the project file wins over [build]
}

TEST_CASE("build: a Dockerfile beside fly.toml is built when nothing else is said", "[build]") {
  Project project("app = \"web\"\n");
  auto none = project.resolve({});
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().kind == ErrorKind::usage);
  CHECK(none.error().message.find("no image to deploy: pass --image REF or --dockerfile FILE") ==
        0);
  raxol::test::write_file(project.dir / "Dockerfile", "FROM scratch\n");
  auto found = project.resolve({});
  REQUIRE(found.ok());
  CHECK(found->build->dockerfile == project.dir / "Dockerfile");
}

TEST_CASE("build: a missing Dockerfile names fly.toml's line and key", "[build]") {
  Project project("app = \"web\"\n[build]\n  dockerfile = \"nope/Dockerfile\"\n");
  auto missing = project.resolve({});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::config);
  CHECK(missing.error().message.find("fly.toml:3") == 0);
  CHECK(missing.error().message.find("build.dockerfile") != std::string::npos);
}

TEST_CASE("build: with no builder the error names the three and how to install one", "[build]") {
  Project project(kBuildToml, {});
  auto none = project.resolve({});
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().kind == ErrorKind::build);
  CHECK(none.error().message ==
        "no image builder found: no docker on PATH, and neither buildah nor podman is on PATH");
  REQUIRE(none.error().notes.size() >= 2);
  CHECK(none.error().notes[1].find("apt-get install buildah") != std::string::npos);
  auto podman_wanted = project.resolve(raxol::fly::test::options({{"builder", "podman"}}));
  REQUIRE_FALSE(podman_wanted.ok());
  CHECK(podman_wanted.error().message == "--builder podman: podman is not on PATH");
}

TEST_CASE("build: a docker without a daemon is passed over for buildah", "[build]") {
  Project project(kBuildToml, {"docker", "buildah", "podman"});
  auto source = project.resolve({});
  REQUIRE(source.ok());
  CHECK(source->build->builder == BuilderKind::buildah);
  CHECK(source->build->builder_reason == "auto: no docker daemon answers; buildah is on PATH");
  auto podman = project.resolve(raxol::fly::test::options({{"builder", "podman"}}));
  REQUIRE(podman.ok());
  CHECK(podman->build->builder == BuilderKind::podman);
}

TEST_CASE("build secrets: files and variables, never a guess", "[build]") {
  auto file = raxol::fly::parse_build_secret("id=npmrc,src=/home/me/.npmrc");
  REQUIRE(file.ok());
  CHECK(file->id == "npmrc");
  CHECK(file->file == "/home/me/.npmrc");
  auto env = raxol::fly::parse_build_secret("id=token,env=RELEASE_TOKEN");
  REQUIRE(env.ok());
  CHECK(env->env == "RELEASE_TOKEN");
  auto flyctl = raxol::fly::parse_build_secret("KEY=a=b");
  REQUIRE(flyctl.ok());
  CHECK(flyctl->id == "KEY");
  CHECK(flyctl->spooled_value == "a=b");
  for (const char* bad :
       {"id=token", "id=x,src=a,env=B", "id=x,mode=0400,src=a", "novalue", "id=a/b,env=X"}) {
    auto refused = raxol::fly::parse_build_secret(bad);
    INFO(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::usage);
  }
  // A variable that is not set stops the plan, naming it; a set one is masked from then on.
  Project project(kBuildToml);
  auto unset = project.resolve(with_list({}, "build-secret", {"id=token,env=RELEASE_TOKEN"}));
  REQUIRE_FALSE(unset.ok());
  CHECK(unset.error().message.find("RELEASE_TOKEN is not set") != std::string::npos);
  project.fly.env().set("RELEASE_TOKEN", "tok-123456");
  REQUIRE(project.resolve(with_list({}, "build-secret", {"id=token,env=RELEASE_TOKEN"})).ok());
  CHECK(project.fly.context().redactor.redact("x tok-123456 y") == "x [REDACTED] y");
}

TEST_CASE("build: SOURCE_DATE_EPOCH pins the image timestamp", "[build]") {
  Project project(kBuildToml);
  project.fly.env().set("SOURCE_DATE_EPOCH", "0");
  auto pinned = project.resolve({});
  REQUIRE(pinned.ok());
  CHECK(pinned->build->timestamp == 0);
  project.fly.env().set("SOURCE_DATE_EPOCH", "yesterday");
  auto bad = project.resolve({});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("SOURCE_DATE_EPOCH") == 0);
}
