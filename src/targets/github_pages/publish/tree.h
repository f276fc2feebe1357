// Trees without a checkout: the published folder is staged into a persistent index of the
// cache (so a republish re-hashes only files whose stat changed), the branch's files are read
// with ls-tree, the new branch tree is composed in memory and written through a throwaway
// index. No work tree of the branch ever exists, so a 10,000-file site costs a handful of git
// processes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "targets/github_pages/publish/cache_repo.h"

namespace raxol::github_pages {

inline constexpr const char* kEmptyBlob = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";
inline constexpr const char* kEmptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

struct TreeEntry {
  std::string mode;  // "100644", "100755", "120000" (symlink), "160000" (submodule)
  std::string sha;
  bool operator==(const TreeEntry& other) const = default;
};
using TreeEntries = std::map<std::string, TreeEntry>;  // path -> entry

// Every file under `tree_ish` ("" or the empty tree: none), paths relative to it.
Result<TreeEntries> list_tree(Git& git, const std::string& tree_ish);
// The tree `path` names inside `commit` ("" = the root); the empty tree when it is absent.
Result<std::string> subtree_of(Git& git, const std::string& commit, const std::string& path);
// Writes `entries` as a tree through a scratch index in the cache; returns its id.
Result<std::string> write_tree(CacheRepo& cache, const TreeEntries& entries);
Result<std::string> write_blob(Git& git, const std::string& content);
Result<std::string> read_blob(Git& git, const std::string& sha);
// Sum of the sizes of `shas` (blobs), for the plan.
Result<std::uint64_t> blob_bytes(Git& git, const std::vector<std::string>& shas);

// Stages `directory` (absolute) into the cache's index for that folder, leaving out `exclude`
// (gitignore patterns) and the .raxol folder, and returns the tree of its files.
Result<std::string> build_directory_tree(CacheRepo& cache, const std::filesystem::path& directory,
                                         const std::vector<std::string>& exclude);

struct ComposeOptions {
  std::string destination;      // "" = the branch root
  bool keep_files = false;      // keep files in the destination the site no longer has
  bool nojekyll = true;         // add an empty .nojekyll at the root when absent
  std::string cname_blob;       // set: the root CNAME becomes this blob (configuration wins)
  bool site_cname_wins = true;  // root publish: the folder's own CNAME beats the branch's
  // Folders of the destination whose files on the branch stay even when the site lacks them
  // (the dashboard's data/runs: immutable runs other publishers added meanwhile).
  std::vector<std::string> append_only;
  // Paths (relative to the destination) under an append-only folder that do go (pruned runs).
  std::set<std::string> removed;
};

// The branch's files after publishing `site` (paths relative to the destination) onto
// `base`: the destination is replaced (or overlaid with keep_files), everything else on the
// branch is kept, and the branch's root CNAME survives a root publish.
TreeEntries compose_entries(const TreeEntries& base, const TreeEntries& site,
                            const ComposeOptions& options);

struct TreeDiff {
  std::vector<std::string> added, changed, removed;
  bool empty() const { return added.empty() && changed.empty() && removed.empty(); }
};
TreeDiff diff_entries(const TreeEntries& before, const TreeEntries& after);

}  // namespace raxol::github_pages
