// The project-file settings of a github-pages target (docs/github-pages.md), with defaults
// applied and paths checked, whether they came from raxol-deploy.toml or from discovery (which
// leaves unset keys out).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "raxol/result.h"
#include "raxol/target_spec.h"

namespace raxol::github_pages {

struct PagesSettings {
  std::string directory;        // the folder to publish, relative to the project
  std::string destination_dir;  // "" = the branch root; normalised, no leading/trailing '/'
  std::string branch = "gh-pages";
  std::string repository;  // owner/name or a git URL; empty: the origin remote
  std::string cname;       // empty: keep whatever CNAME the branch has
  bool keep_files = false;
  bool nojekyll = true;
  std::vector<std::string> exclude;    // gitignore-style patterns, relative to directory
  std::string message;                 // commit message; empty: "deploy: <source commit>"
  std::string author;                  // "Name <email>"; empty: CI actor or git config
  std::optional<bool> https_enforced;  // set on the Pages site when given
  bool wait = true;                    // wait for the Pages build of the pushed commit
};

// Reads and checks the settings. A missing `directory`, a non-relative or `..`
// destination_dir, or a value of the wrong type is a config error naming the target.
Result<PagesSettings> read_pages_settings(const TargetSpec& spec);

// "a/b/" -> "a/b", "./x" -> "x", "/" or "." -> ""; nullopt for absolute paths or "..".
std::optional<std::string> normalize_destination(const std::string& path);

}  // namespace raxol::github_pages
