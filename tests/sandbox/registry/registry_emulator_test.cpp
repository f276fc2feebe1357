// The registry emulator as a whole: the variable it exports, unknown paths and methods in its
// envelope, injected faults in its envelope, the request log (Authorization masked, no layers
// or token forms kept), and a real client: skopeo copies an OCI layout made here into it and
// inspects it back.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "raxol/process.h"
#include "sandbox/registry/registry_client.h"
#include "support/sandbox_fixture.h"

using namespace raxol::test;
using namespace raxol::test::registry;

TEST_CASE("registry emulator: FLY_REGISTRY_HOST names the sandbox", "[sandbox][registry]") {
  SandboxFixture box;
  const std::string host = box.sandbox().base_url().substr(std::string("http://").size());
  CHECK(box.env().at("FLY_REGISTRY_HOST") == host);
  CHECK(read_file(box.state_dir() / "env").find("export FLY_REGISTRY_HOST=" + host + "\n") !=
        std::string::npos);
}

TEST_CASE("registry emulator: unknown paths and methods answer in its envelope",
          "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  auto unknown = client.send("GET", "/v2/app/referrers/" + raxol::sha256_digest("x"));
  CHECK(unknown.status == 404);
  CHECK(unknown.code() == "UNSUPPORTED");
  auto method = client.send("PATCH", "/v2/app/manifests/v1", "{}");
  CHECK(method.status == 405);
  CHECK(method.code() == "UNSUPPORTED");
  CHECK(client.send("GET", "/v2/app/referrers/x", "", {}, "").status == 401);
  CHECK(client.send("DELETE", "/token").status == 405);
}

TEST_CASE("registry emulator: an injected fault answers in the registry envelope",
          "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  box.add_fault({{"service", "registry"},
                 {"method", "HEAD"},
                 {"path", "/v2/**/blobs/*"},
                 {"status", 429},
                 {"retry_after", "2"},
                 {"times", 1}});
  box.add_fault(
      {{"service", "registry"}, {"path", "/v2/app/manifests/*"}, {"status", 503}, {"times", 1}});
  const std::string digest = raxol::sha256_digest("x");
  auto limited = client.send("HEAD", "/v2/team/app/blobs/" + digest);
  CHECK(limited.status == 429);
  CHECK(limited.header("Retry-After") == "2");
  auto unavailable = client.send("GET", "/v2/app/manifests/v1");
  CHECK(unavailable.status == 503);
  const json injected = {
      {"errors", {{{"code", "UNKNOWN"}, {"message", "injected fault (sandbox)"}}}}};
  CHECK(unavailable.document == injected);
  box.add_fault({{"service", "registry"}, {"path", "/token"}, {"status", 429}, {"times", 1}});
  auto token = client.send("GET", "/token");
  CHECK(token.status == 429);
  CHECK(token.code() == "TOOMANYREQUESTS");
  CHECK(client.send("GET", "/v2/app/manifests/v1").code() == "NAME_UNKNOWN");  // fired once
}

TEST_CASE("registry emulator: the request log masks Authorization and keeps no layers",
          "[sandbox][registry]") {
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  client.push_blob("app", std::string(1000, 'L'));
  auto token =
      client.send("POST", "/token", "grant_type=password&username=x&password=" + client.fly_token(),
                  {{"Content-Type", "application/x-www-form-urlencoded"}}, "");
  REQUIRE(token.status == 200);
  const std::string issued = token.document["token"];
  CHECK(client.send("GET", "/v2/", "", {}, "Bearer " + issued).status == 200);

  std::vector<raxol::sandbox::LoggedRequest> logged;
  for (const auto& entry : box.sandbox().requests().entries())
    if (entry.service == "registry") logged.push_back(entry);
  REQUIRE(logged.size() == 3);
  CHECK(logged[0].headers["authorization"] == "Basic ***");
  CHECK(logged[0].body == "(1000 bytes of blob data, not kept)");
  CHECK(logged[1].path == "/token");
  CHECK(logged[1].body == "grant_type=password&username=x&password=***");
  CHECK(logged[2].headers["authorization"] == "Bearer ***");

  const std::string file = read_file(box.state_dir() / "requests.jsonl");
  CHECK(file.find("\"service\":\"registry\"") != std::string::npos);
  for (const std::string& secret :
       {client.fly_token(), issued, basic(client.fly_token()).substr(6)}) {
    INFO(secret);
    CHECK(file.find(secret) == std::string::npos);
  }
}

namespace {

// A ustar archive holding one file: the layer of the test image.
std::string tar_of(const std::string& name, const std::string& content) {
  std::string header(512, '\0');
  auto put = [&](size_t at, const std::string& value) { header.replace(at, value.size(), value); };
  char octal[32];
  put(0, name);
  put(100, "0000644");
  put(108, "0000000");
  put(116, "0000000");
  std::snprintf(octal, sizeof octal, "%011o", static_cast<unsigned>(content.size()));
  put(124, octal);
  put(136, "00000000000");
  put(148, "        ");
  header[156] = '0';
  put(257, std::string("ustar\0", 6));
  put(263, "00");
  unsigned sum = 0;
  for (unsigned char c : header) sum += c;
  std::snprintf(octal, sizeof octal, "%06o", sum);
  put(148, std::string(octal, 6) + std::string("\0 ", 2));
  std::string archive = header + content;
  archive.resize((archive.size() + 511) / 512 * 512, '\0');
  return archive + std::string(1024, '\0');
}

// An OCI image layout (one image tagged `tag`) in `dir`.
void write_oci_layout(const std::filesystem::path& dir, const std::string& tag) {
  auto blob = [&](const std::string& bytes) {
    const std::string digest = raxol::sha256_digest(bytes);
    std::filesystem::create_directories(dir / "blobs" / "sha256");
    write_file(dir / "blobs" / "sha256" / digest.substr(7), bytes);
    return json{{"digest", digest}, {"size", bytes.size()}};
  };
  const std::string layer = tar_of("hello.txt", "hello from the sandbox registry\n");
  json layer_descriptor = blob(layer);
  layer_descriptor["mediaType"] = "application/vnd.oci.image.layer.v1.tar";
  json config_descriptor =
      blob(json{{"architecture", "amd64"},
                {"os", "linux"},
                {"config", json::object()},
                {"rootfs", {{"type", "layers"}, {"diff_ids", {raxol::sha256_digest(layer)}}}}}
               .dump());
  config_descriptor["mediaType"] = "application/vnd.oci.image.config.v1+json";
  json manifest_descriptor = blob(json{
      {"schemaVersion", 2},
      {"mediaType", kOciManifest},
      {"config", config_descriptor},
      {"layers", {layer_descriptor}}}.dump());
  manifest_descriptor["mediaType"] = kOciManifest;
  manifest_descriptor["annotations"] = {{"org.opencontainers.image.ref.name", tag}};
  write_file(dir / "oci-layout", R"({"imageLayoutVersion": "1.0.0"})");
  write_file(dir / "index.json",
             json{{"schemaVersion", 2}, {"manifests", {manifest_descriptor}}}.dump());
}

}  // namespace

TEST_CASE("registry emulator: skopeo copies an OCI layout in and inspects it back",
          "[sandbox][registry][skopeo]") {
  auto runner = raxol::make_posix_process_runner();
  auto version = runner->run(raxol::ProcessSpec({"skopeo", "--version"}));
  if (!version.ok() || version->exit_code != 0) {
    WARN("skopeo is not installed (apt-get install -y skopeo): the real-client test is skipped");
    return;
  }
  SandboxFixture box;
  RegistryClient client(box.sandbox());
  TempDir work;
  write_oci_layout(work / "layout", "v1");
  // Credentials in a 0600 file, never in argv.
  const auto authfile = work / "auth.json";
  write_file(authfile,
             json{{"auths",
                   {{client.host(), {{"auth", raxol::base64_encode("x:" + client.fly_token())}}}}}}
                 .dump());
  ::chmod(authfile.c_str(), 0600);
  const std::string reference = "docker://" + client.host() + "/team/app:v1";
  auto skopeo = [&](std::vector<std::string> args) {
    args.insert(args.begin(), "skopeo");
    raxol::ProcessSpec spec(args);
    spec.timeout = std::chrono::seconds(60);
    // No user or system registries.conf may redirect the loopback host.
    spec.env = {{"HOME", work.path().string()}};
    auto result = runner->run(spec);
    REQUIRE(result.ok());
    INFO(result->err);
    CHECK(result->exit_code == 0);
    return result->out;
  };
  skopeo({"copy", "--dest-tls-verify=false", "--authfile", authfile.string(),
          "oci:" + (work / "layout").string() + ":v1", reference});
  auto inspected = json::parse(
      skopeo({"inspect", "--tls-verify=false", "--authfile", authfile.string(), reference}));
  auto head = client.send("HEAD", "/v2/team/app/manifests/v1");
  REQUIRE(head.status == 200);
  CHECK(inspected["Digest"] == head.header("Docker-Content-Digest"));
  CHECK(inspected["RepoTags"] == json{"v1"});
  CHECK(inspected["Architecture"] == "amd64");
  auto tags = json::parse(skopeo({"list-tags", "--tls-verify=false", "--authfile",
                                  authfile.string(), "docker://" + client.host() + "/team/app"}));
  CHECK(tags["Tags"] == json{"v1"});
  // Whatever skopeo sent, no credential reached the request log file.
  const std::string file = read_file(box.state_dir() / "requests.jsonl");
  CHECK(file.find(client.fly_token()) == std::string::npos);
  CHECK(file.find("PUT") != std::string::npos);
}
