// Shared steps of the Cloudflare Pages end-to-end tests: a project folder with a pages target,
// the real binary run against a SandboxFixture (with its own deploy cache), the served site,
// and questions about the requests the emulator received.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/sandbox_fixture.h"

namespace raxol::test {

inline const char* kExampleStatic = "examples/raxol/web/priv/static";

struct PagesProject {
  TempDir dir;
  TempDir cache;  // XDG_CACHE_HOME: the local record of deployments
  std::string name;
  explicit PagesProject(std::string project = "raxol-playground", std::string extra = "")
      : name(std::move(project)) {
    write_file(dir / "raxol-deploy.toml",
               "[targets.pages]\nkind = \"cloudflare-pages\"\n"
               "project = \"" +
                   name +
                   "\"\n"
                   "directory = \"site\"\n"
                   "production_branch = \"main\"\n" +
                   extra);
    std::filesystem::create_directories(site());
  }
  std::filesystem::path site() const { return dir / "site"; }
  void copy_example() const {
    std::filesystem::copy(source_path(kExampleStatic), site(),
                          std::filesystem::copy_options::recursive |
                              std::filesystem::copy_options::overwrite_existing);
  }
};

inline BinaryResult run_pages(SandboxFixture& box, const PagesProject& project,
                              std::vector<std::string> args) {
  args.insert(args.begin(), {"-C", project.dir.path().string()});
  auto env = box.env();
  env["XDG_CACHE_HOME"] = project.cache.path().string();
  return run_binary(args, env);
}

// GET /_sandbox/sites/<host_and_path> on the sandbox.
inline HttpResponse fetch_site(SandboxFixture& box, const std::string& host_and_path) {
  // A client per call: a kept-alive connection would hold the sandbox's shutdown for seconds.
  auto client = make_curl_http_client(CurlOptions{"raxol-test", false});
  auto response = client->send(
      HttpRequest("GET", box.sandbox().base_url() + "/_sandbox/sites/" + host_and_path));
  REQUIRE(response.ok());
  return *response;
}

// Every file of `folder` (except _headers/_redirects) as served by `host`, byte for byte.
inline void require_site_equals(SandboxFixture& box, const std::string& host,
                                const std::filesystem::path& folder) {
  size_t compared = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    std::string relative = std::filesystem::relative(entry.path(), folder).generic_string();
    if (relative == "_headers" || relative == "_redirects") continue;
    auto served = fetch_site(box, host + "/" + relative);
    INFO(relative);
    CHECK(served.status == 200);
    CHECK(served.body == read_file(entry.path()));
    ++compared;
  }
  CHECK(compared > 0);
}

inline std::vector<sandbox::LoggedRequest> pages_requests(SandboxFixture& box,
                                                          const std::string& path_part = "") {
  std::vector<sandbox::LoggedRequest> result;
  for (const auto& entry : box.sandbox().requests().entries())
    if (entry.service == "cloudflare-pages" && entry.path.find(path_part) != std::string::npos)
      result.push_back(entry);
  return result;
}

// Files sent in the successful upload requests.
inline size_t uploaded_files(SandboxFixture& box) {
  size_t files = 0;
  for (const auto& entry : pages_requests(box, "/pages/assets/upload"))
    if (entry.status == 200) files += nlohmann::json::parse(entry.body).size();
  return files;
}

}  // namespace raxol::test
