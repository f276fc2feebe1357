// What a target kind brings to the conformance suite (tests/conformance/conformance_test.cpp):
// a project with one target of the kind, how to make release N, how to tell which release
// serves, and where in its protocol to inject faults. The cases are the same for every kind;
// a kind joins by adding one fixture class here and its name to RAXOL_CONFORMANCE_KINDS.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/sandbox_fixture.h"

namespace raxol::test::conformance {

class KindFixture {
 public:
  virtual ~KindFixture() = default;
  // The target's name in the project and its emulator's service name in the request log.
  virtual std::string target() const = 0;
  virtual std::string service() const = 0;
  // Sandbox settings that keep the kind fast.
  virtual nlohmann::json sandbox_settings() const { return nlohmann::json::object(); }
  // Writes the project (its files for release 1) into `dir`.
  virtual void write_project(const std::filesystem::path& dir) const = 0;
  // Makes the next deploy produce release `n` (files on disk, or flags).
  virtual void prepare_release(const std::filesystem::path& dir, int n) const = 0;
  virtual std::vector<std::string> deploy_flags(int n) const = 0;
  // Which release (1, 2...) the platform serves now; 0 for none.
  virtual int serving(SandboxFixture& box) const = 0;
  // POSTs the protocol defines as read-only (they answer a question and change nothing).
  virtual std::vector<std::string> read_only_posts() const = 0;
  // A request every deploy sends and may retry (for 429/503 then success).
  virtual nlohmann::json retried_request() const = 0;
  // A mutating request in the middle of apply, failing for good, and the documented exit code
  // of that failure (4: rolled back to the previous release; 1: the previous release still
  // serves because nothing was switched).
  virtual nlohmann::json apply_fault() const = 0;
  virtual int apply_fault_exit_code() const = 0;
  // The variables that carry the kind's token (a wrong value must give exit 3), and the status
  // the service refuses a wrong token with (401; Cloudflare answers 403 with code 10000).
  virtual std::vector<std::string> token_variables() const = 0;
  virtual int auth_refusal_status() const { return 401; }
  // Whether the platform records a rollback as a release of its own (Fly, gh-pages) or
  // re-points the serving release (Cloudflare Pages).
  virtual bool rollback_is_new_release() const = 0;
  // Extra environment for the binary (e.g. a private cache folder).
  virtual std::map<std::string, std::string> extra_env(const std::filesystem::path& dir) const {
    (void)dir;
    return {};
  }
};

class FlyFixture : public KindFixture {
 public:
  std::string target() const override { return "fly"; }
  std::string service() const override { return "fly"; }
  void write_project(const std::filesystem::path& dir) const override;
  void prepare_release(const std::filesystem::path&, int) const override {}
  std::vector<std::string> deploy_flags(int n) const override;
  int serving(SandboxFixture& box) const override;
  std::vector<std::string> read_only_posts() const override { return {"/graphql"}; }
  nlohmann::json retried_request() const override;
  nlohmann::json apply_fault() const override;
  int apply_fault_exit_code() const override { return 4; }
  std::vector<std::string> token_variables() const override {
    return {"FLY_API_TOKEN", "FLY_ACCESS_TOKEN"};
  }
  bool rollback_is_new_release() const override { return true; }
};

class PagesFixture : public KindFixture {
 public:
  std::string target() const override { return "pages"; }
  std::string service() const override { return "cloudflare-pages"; }
  void write_project(const std::filesystem::path& dir) const override;
  void prepare_release(const std::filesystem::path& dir, int n) const override;
  std::vector<std::string> deploy_flags(int) const override { return {}; }
  int serving(SandboxFixture& box) const override;
  std::vector<std::string> read_only_posts() const override {
    return {"/client/v4/pages/assets/check-missing"};
  }
  nlohmann::json retried_request() const override;
  nlohmann::json apply_fault() const override;
  int apply_fault_exit_code() const override { return 1; }
  std::vector<std::string> token_variables() const override {
    return {"CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"};
  }
  int auth_refusal_status() const override { return 403; }
  bool rollback_is_new_release() const override { return false; }
  std::map<std::string, std::string> extra_env(const std::filesystem::path& dir) const override;
};

class GhPagesFixture : public KindFixture {
 public:
  std::string target() const override { return "gh-pages"; }
  std::string service() const override { return "github"; }
  nlohmann::json sandbox_settings() const override;
  void write_project(const std::filesystem::path& dir) const override;
  void prepare_release(const std::filesystem::path& dir, int n) const override;
  std::vector<std::string> deploy_flags(int) const override { return {}; }
  int serving(SandboxFixture& box) const override;
  std::vector<std::string> read_only_posts() const override {
    return {"/conformance/site.git/git-upload-pack"};
  }
  nlohmann::json retried_request() const override;
  nlohmann::json apply_fault() const override;
  int apply_fault_exit_code() const override { return 1; }
  std::vector<std::string> token_variables() const override { return {"GITHUB_TOKEN", "GH_TOKEN"}; }
  bool rollback_is_new_release() const override { return true; }
};

// Every kind the suite runs against.
#define RAXOL_CONFORMANCE_KINDS                                 \
  raxol::test::conformance::FlyFixture,                         \
      raxol::test::conformance::PagesFixture,                   \
      raxol::test::conformance::GhPagesFixture

}  // namespace raxol::test::conformance
