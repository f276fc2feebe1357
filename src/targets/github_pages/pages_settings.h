// The project-file settings of a github-pages target (docs/github-pages.md), with defaults
// applied and paths checked, whether they came from raxol-deploy.toml or from discovery (which
// leaves unset keys out).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "raxol/result.h"
#include "targets/kit/settings.h"

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

// Reads the checked settings (types and required keys: src/targets/kit/settings.h) and checks
// what only this kind knows: a destination_dir inside the branch, an author "Name <email>".
Result<PagesSettings> read_pages_settings(const Settings& settings);

// "a/b/" -> "a/b", "./x" -> "x", "/" or "." -> ""; nullopt for absolute paths or "..".
std::optional<std::string> normalize_destination(const std::string& path);

}  // namespace raxol::github_pages
