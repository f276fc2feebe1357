// The builders' command lines, golden per builder: what `plan` prints is what apply() runs,
// and no secret value or credential is ever in it.
#include "targets/fly/build/builder_argv.h"

#include <catch2/catch.hpp>

#include "util/strings.h"

using raxol::fly::BuilderKind;

namespace {

raxol::fly::ImageBuildSpec sample(BuilderKind builder) {
  raxol::fly::ImageBuildSpec spec;
  spec.builder = builder;
  spec.context = "/src/app";
  spec.dockerfile = "/src/app/docker/Dockerfile.web";
  spec.ignorefile = "/src/app/.dockerignore";
  spec.target = "runner";
  spec.args = {{"APP_VERSION", "1.0.0"}, {"MIX_ENV", "prod"}};
  raxol::fly::BuildSecret from_file;
  from_file.id = "npmrc";
  from_file.file = "/home/me/.npmrc";
  raxol::fly::BuildSecret from_env;
  from_env.id = "token";
  from_env.env = "RELEASE_TOKEN";
  raxol::fly::BuildSecret spooled;
  spooled.id = "key";
  spooled.spooled_value = "s3cret-value";
  spec.secrets = {from_file, from_env, spooled};
  spec.labels = {{"team", "web"}};
  spec.no_cache = true;
  spec.timestamp = 0;
  spec.storage = "/home/me/.cache/raxol-deploy/containers";
  spec.registry_host = "registry.fly.io";
  spec.repository = "raxol";
  spec.tag = "registry.fly.io/raxol:deployment-01JABCDEFGHJKMNPQRSTVWXYZ0";
  return spec;
}

const raxol::fly::BuildPaths kPaths{"/tmp/raxol-build-X"};

}  // namespace

TEST_CASE("buildah builds with chroot isolation in its own storage and every flag in order",
          "[build]") {
  auto command = raxol::fly::build_command(sample(BuilderKind::buildah), kPaths);
  CHECK(raxol::join(command.argv, " ") ==
        "buildah --root /home/me/.cache/raxol-deploy/containers/storage --runroot "
        "/home/me/.cache/raxol-deploy/containers/run --storage-driver vfs build --isolation "
        "chroot --layers --iidfile /tmp/raxol-build-X/image-id --platform linux/amd64 --file "
        "/src/app/docker/Dockerfile.web --tag "
        "registry.fly.io/raxol:deployment-01JABCDEFGHJKMNPQRSTVWXYZ0 --target runner "
        "--build-arg APP_VERSION=1.0.0 --build-arg MIX_ENV=prod --secret "
        "id=npmrc,src=/home/me/.npmrc --secret id=token,env=RELEASE_TOKEN --secret "
        "id=key,src=/tmp/raxol-build-X/secrets/key --label team=web --no-cache --ignorefile "
        "/src/app/.dockerignore --timestamp 0 /src/app");
  CHECK(command.env.empty());
}

TEST_CASE("podman takes the same build flags as buildah", "[build]") {
  auto buildah = raxol::fly::build_command(sample(BuilderKind::buildah), kPaths).argv;
  auto podman = raxol::fly::build_command(sample(BuilderKind::podman), kPaths).argv;
  REQUIRE(podman.front() == "podman");
  CHECK(std::vector(podman.begin() + 1, podman.end()) ==
        std::vector(buildah.begin() + 1, buildah.end()));
}

TEST_CASE("docker builds with BuildKit and SOURCE_DATE_EPOCH instead of --timestamp", "[build]") {
  auto spec = sample(BuilderKind::docker);
  spec.ignorefile.clear();  // docker finds .dockerignore by itself
  auto command = raxol::fly::build_command(spec, kPaths);
  CHECK(command.env == std::map<std::string, std::string>{{"DOCKER_BUILDKIT", "1"}});
  CHECK(raxol::join(command.argv, " ") ==
        "docker build --progress plain --platform linux/amd64 --file "
        "/src/app/docker/Dockerfile.web --tag "
        "registry.fly.io/raxol:deployment-01JABCDEFGHJKMNPQRSTVWXYZ0 --target runner "
        "--build-arg APP_VERSION=1.0.0 --build-arg MIX_ENV=prod --secret "
        "id=npmrc,src=/home/me/.npmrc --secret id=token,env=RELEASE_TOKEN --secret "
        "id=key,src=/tmp/raxol-build-X/secrets/key --label team=web --no-cache --build-arg "
        "SOURCE_DATE_EPOCH=0 /src/app");
}

TEST_CASE("pushes read credentials from a file, never from argv", "[build]") {
  for (auto builder : {BuilderKind::buildah, BuilderKind::podman, BuilderKind::docker}) {
    auto spec = sample(builder);
    auto push = raxol::fly::push_command(spec, kPaths);
    const std::string line = raxol::join(push.argv, " ");
    CHECK(line.find("s3cret-value") == std::string::npos);
    CHECK(line.find("--creds") == std::string::npos);
    CHECK(line.find("tls-verify") == std::string::npos);  // a real registry: TLS verified
    if (builder == BuilderKind::docker) {
      CHECK(line == "docker push " + spec.tag);
      CHECK(push.env.at("DOCKER_CONFIG") == "/tmp/raxol-build-X");
    } else {
      CHECK(line.find(" push --authfile /tmp/raxol-build-X/auth.json --digestfile "
                      "/tmp/raxol-build-X/digest " +
                      spec.tag + " docker://" + spec.tag) != std::string::npos);
    }
  }
  auto build = raxol::fly::build_command(sample(BuilderKind::buildah), kPaths);
  CHECK(raxol::join(build.argv, " ").find("s3cret-value") == std::string::npos);
}

TEST_CASE("only loopback registries are spoken to over plain HTTP", "[build]") {
  auto spec = sample(BuilderKind::buildah);
  spec.registry_host = "127.0.0.1:41234";
  spec.tag = "127.0.0.1:41234/raxol:v1";
  auto push = raxol::fly::push_command(spec, kPaths).argv;
  CHECK(std::find(push.begin(), push.end(), "--tls-verify=false") != push.end());
  CHECK(raxol::fly::insecure_registry("localhost:5000"));
  CHECK(raxol::fly::insecure_registry("127.0.0.1"));
  CHECK(raxol::fly::insecure_registry("[::1]:5000"));
  CHECK_FALSE(raxol::fly::insecure_registry("registry.fly.io"));
  CHECK_FALSE(raxol::fly::insecure_registry("127.example.com:5000"));
  CHECK_FALSE(raxol::fly::insecure_registry("10.0.0.1:5000"));
}

TEST_CASE("command lines quote what a shell would split", "[build]") {
  CHECK(raxol::fly::command_line({"docker", "build", "--label", "note=two words", "it's"}) ==
        "docker build --label 'note=two words' 'it'\\''s'");
  CHECK(raxol::fly::command_line({"a", ""}) == "a ''");
}
