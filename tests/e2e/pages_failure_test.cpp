// How the Pages tier fails, and recovers: transient upload errors are retried, a refused or
// expired upload JWT is refreshed, bad input stops before any request with exit code 2, and a
// failed deployment is a non-zero exit with the build log.
#include <catch2/catch.hpp>

#include "e2e/pages_e2e_helpers.h"

using namespace raxol::test;
using nlohmann::json;

namespace {

const char* kUpload = "/client/v4/pages/assets/upload";

// Twelve files in three upload requests (wrangler's packing opens three buckets).
void write_site(const PagesProject& project) {
  for (int i = 0; i < 12; ++i)
    write_file(project.site() / ("page" + std::to_string(i) + ".html"),
               "<p>page " + std::to_string(i) + "</p>");
}

size_t count(const std::vector<raxol::sandbox::LoggedRequest>& entries, int status) {
  size_t n = 0;
  for (const auto& entry : entries) n += entry.status == status ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("pages e2e: a 503 on an upload batch is retried and the deploy succeeds",
          "[e2e][pages]") {
  SandboxFixture box;
  PagesProject project;
  write_site(project);
  box.add_fault({{"service", "cloudflare-pages"},
                 {"method", "POST"},
                 {"path", kUpload},
                 {"status", 503},
                 {"retry_after", "0"},
                 {"times", 2}});
  auto deployed = run_pages(box, project, {"--json", "deploy", "pages"});
  INFO(deployed.err);
  REQUIRE(deployed.exit_code == 0);
  auto uploads = pages_requests(box, kUpload);
  CHECK(count(uploads, 503) == 2);
  CHECK(uploaded_files(box) == 12);
  require_site_equals(box, "raxol-playground", project.site());
}

TEST_CASE("pages e2e: a refused upload JWT mid-upload is refreshed and the batch resent",
          "[e2e][pages]") {
  for (std::string kind : {"envelope", "plain"}) {
    DYNAMIC_SECTION(kind) {
      SandboxFixture box;
      PagesProject project;
      write_site(project);
      json rule = {{"service", "cloudflare-pages"},
                   {"method", "POST"},
                   {"path", kUpload},
                   {"skip", 1},
                   {"times", 1}};
      if (kind == "envelope") {
        rule["status"] = 401;
        rule["body"] = {{"success", false},
                        {"errors", {{{"code", 8000013}, {"message", "Unauthorized"}}}},
                        {"messages", json::array()},
                        {"result", nullptr}};
      } else {
        rule["status"] = 403;
        rule["body"] = "Expired JWT";  // the plain-text answer of workers-sdk #3773
      }
      box.add_fault(rule);
      auto deployed = run_pages(box, project, {"--json", "deploy", "pages"});
      INFO(deployed.err);
      REQUIRE(deployed.exit_code == 0);
      CHECK(pages_requests(box, "/upload-token").size() == 2);
      CHECK(uploaded_files(box) == 12);
      require_site_equals(box, "raxol-playground", project.site());
    }
  }
}

TEST_CASE("pages e2e: a JWT that expires while an upload is in flight is refreshed",
          "[e2e][pages]") {
  // Two-second JWTs, and the first upload held back 2.5 s before the emulator checks it:
  // the JWT has expired by then, whatever the client did before sending.
  SandboxFixture box(json{{"cloudflare-pages", {{"jwt_ttl_seconds", 2}}}});
  PagesProject project;
  write_site(project);
  box.add_fault({{"service", "cloudflare-pages"},
                 {"method", "POST"},
                 {"path", kUpload},
                 {"latency_ms", 2500},
                 {"times", 1}});
  auto deployed = run_pages(box, project, {"--json", "deploy", "pages"});
  INFO(deployed.err);
  REQUIRE(deployed.exit_code == 0);
  auto uploads = pages_requests(box, kUpload);
  CHECK(count(uploads, 401) == 1);
  CHECK(uploaded_files(box) == 12);
}

TEST_CASE("pages e2e: bad input fails before any request with exit code 2", "[e2e][pages]") {
  SandboxFixture box(json{{"cloudflare-pages", {{"max_file_count_allowed", 3}}}});
  SECTION("a 26 MiB file") {
    PagesProject project;
    write_file(project.site() / "index.html", "ok");
    write_file(project.site() / "media/huge.bin", "");
    std::filesystem::resize_file(project.site() / "media/huge.bin", 26ull * 1024 * 1024);
    auto result = run_pages(box, project, {"deploy", "pages"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("site/media/huge.bin") != std::string::npos);
    CHECK(result.err.find("limit of 25 MiB") != std::string::npos);
    CHECK(pages_requests(box).empty());
  }
  SECTION("a symlink leaving the folder") {
    PagesProject project;
    TempDir outside;
    write_file(outside / "id_rsa", "secret");
    write_file(project.site() / "index.html", "ok");
    std::filesystem::create_symlink(outside / "id_rsa", project.site() / "key.txt");
    auto result = run_pages(box, project, {"deploy", "pages"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("site/key.txt: symlink to") != std::string::npos);
    CHECK(result.err.find("secret") == std::string::npos);
    CHECK(pages_requests(box).empty());
  }
  SECTION("more files than the upload token allows") {
    PagesProject project;
    write_file(project.site() / "index.html", "ok");
    REQUIRE(run_pages(box, project, {"deploy", "pages"}).exit_code == 0);
    write_site(project);
    box.sandbox().requests().clear();
    auto result = run_pages(box, project, {"deploy", "pages"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("site holds 13 files; Cloudflare Pages allows 3") != std::string::npos);
    for (const auto& entry : pages_requests(box)) CHECK(entry.method == "GET");
  }
}

TEST_CASE("pages e2e: a failed deployment exits non-zero with the build log", "[e2e][pages]") {
  SandboxFixture box(json{{"cloudflare-pages", {{"failing_branches", {"broken"}}}}});
  PagesProject project;
  write_file(project.site() / "index.html", "ok");
  auto result = run_pages(box, project, {"deploy", "pages", "--branch", "broken"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("failed at stage deploy: failure") != std::string::npos);
  CHECK(result.err.find("Failed: deploy stage failed") != std::string::npos);
}

TEST_CASE("pages e2e: a rejected API token is an auth error that never shows the token",
          "[e2e][pages]") {
  SandboxFixture box;
  PagesProject project;
  write_file(project.site() / "index.html", "ok");
  auto env = box.env();
  env["CLOUDFLARE_API_TOKEN"] = "not-the-right-token-123";
  env["XDG_CACHE_HOME"] = project.cache.path().string();
  auto result = run_binary({"-C", project.dir.path().string(), "deploy", "pages"}, env);
  CHECK(result.exit_code == 3);
  CHECK(result.err.find("code 10000") != std::string::npos);
  CHECK(result.err.find("not-the-right-token-123") == std::string::npos);
  CHECK(result.out.find("not-the-right-token-123") == std::string::npos);
}
