#include "targets/github_pages/publish/tree.h"

#include <unistd.h>

#include <atomic>

#include "util/strings.h"

namespace raxol::github_pages {

namespace fs = std::filesystem;

namespace {

std::string fnv1a_hex(const std::string& text) {
  std::uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

// Removes what would clash with a file at `path`: a file where one of its parent folders
// goes, and anything below `path` itself.
void remove_conflicts(TreeEntries& entries, const std::string& path) {
  for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
    entries.erase(path.substr(0, slash));
  std::string below = path + "/";
  for (auto it = entries.lower_bound(below); it != entries.end() && it->first.rfind(below, 0) == 0;)
    it = entries.erase(it);
}

}  // namespace

Result<TreeEntries> list_tree(Git& git, const std::string& tree_ish) {
  TreeEntries entries;
  if (tree_ish.empty() || tree_ish == kEmptyTree) return entries;
  RAXOL_ASSIGN_OR_RETURN(std::string out,
                         git.output({"ls-tree", "-r", "-z", "--full-tree", tree_ish}));
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\0', start);
    if (end == std::string::npos) end = out.size();
    std::string_view record(out.data() + start, end - start);
    // "<mode> SP <type> SP <sha> TAB <path>"
    auto first_space = record.find(' ');
    auto second_space = record.find(' ', first_space + 1);
    auto tab = record.find('\t');
    if (first_space != std::string_view::npos && second_space != std::string_view::npos &&
        tab != std::string_view::npos)
      entries[std::string(record.substr(tab + 1))] = {
          std::string(record.substr(0, first_space)),
          std::string(record.substr(second_space + 1, tab - second_space - 1))};
    start = end + 1;
  }
  return entries;
}

Result<std::string> subtree_of(Git& git, const std::string& commit, const std::string& path) {
  GitCall call;
  call.args = {"rev-parse", "--verify", "--quiet",
               path.empty() ? commit + "^{tree}" : commit + ":" + path};
  RAXOL_ASSIGN_OR_RETURN(ProcessResult result, git.run(call));
  if (result.exit_code != 0) return std::string(kEmptyTree);
  std::string tree = trim(result.out);
  GitCall type;
  type.args = {"cat-file", "-t", tree};
  RAXOL_ASSIGN_OR_RETURN(std::string kind, git.output(type));
  return trim(kind) == "tree" ? tree : std::string(kEmptyTree);
}

Result<std::string> write_tree(CacheRepo& cache, const TreeEntries& entries) {
  if (entries.empty()) {
    RAXOL_TRY(cache.git().output({"hash-object", "-w", "-t", "tree", "--stdin"}));
    return std::string(kEmptyTree);
  }
  static std::atomic<int> counter{0};
  fs::path index = cache.state_path("compose-" + std::to_string(::getpid()) + "-" +
                                    std::to_string(counter++) + ".index");
  std::string records;
  for (const auto& [path, entry] : entries)
    records += entry.mode + " " + entry.sha + "\t" + path + '\0';
  GitCall update;
  update.args = {"update-index", "-z", "--index-info"};
  update.env["GIT_INDEX_FILE"] = index.string();
  update.stdin_data = std::move(records);
  auto updated = cache.git().output(update);
  Result<std::string> tree = std::string();
  if (updated.ok()) {
    GitCall write;
    write.args = {"write-tree"};
    write.env["GIT_INDEX_FILE"] = index.string();
    tree = cache.git().output(write);
  }
  std::error_code ec;
  fs::remove(index, ec);
  if (!updated.ok()) return updated.error();
  if (!tree.ok()) return tree.error();
  return trim(*tree);
}

Result<std::string> write_blob(Git& git, const std::string& content) {
  GitCall call;
  call.args = {"hash-object", "-w", "--stdin"};
  call.stdin_data = content;
  RAXOL_ASSIGN_OR_RETURN(std::string sha, git.output(call));
  return trim(sha);
}

Result<std::string> read_blob(Git& git, const std::string& sha) {
  return git.output({"cat-file", "blob", sha});
}

Result<std::uint64_t> blob_bytes(Git& git, const std::vector<std::string>& shas) {
  if (shas.empty()) return std::uint64_t{0};
  GitCall call;
  call.args = {"cat-file", "--batch-check=%(objectsize)"};
  for (const auto& sha : shas) call.stdin_data += sha + "\n";
  RAXOL_ASSIGN_OR_RETURN(std::string out, git.output(call));
  std::uint64_t total = 0;
  size_t start = 0;
  while (start < out.size()) {
    size_t end = out.find('\n', start);
    std::string line =
        out.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0])))
      total += std::stoull(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return total;
}

Result<std::string> build_directory_tree(CacheRepo& cache, const fs::path& directory,
                                         const std::vector<std::string>& exclude) {
  std::string key = fnv1a_hex(directory.string());
  fs::path index = cache.state_path("site-" + key + ".index");
  fs::path exclude_file = cache.state_path("exclude-" + key);
  std::string patterns = "/.raxol/\n";
  for (const auto& pattern : exclude) patterns += pattern + "\n";
  RAXOL_TRY(cache.git().context().fs.write_file_atomic(exclude_file, patterns));

  std::map<std::string, std::string> env = {{"GIT_INDEX_FILE", index.string()},
                                            {"GIT_WORK_TREE", directory.string()}};
  // bigFileThreshold=1 makes `git add` stream every new file into one packfile (bulk
  // checkin) instead of thousands of loose objects, which the push can then send as they are.
  const std::vector<std::string> config = {"-c", "core.excludesFile=" + exclude_file.string(),
                                           "-c", "core.autocrlf=false",
                                           "-c", "core.safecrlf=false",
                                           "-c", "core.fileMode=true",
                                           "-c", "core.symlinks=true",
                                           "-c", "core.bigFileThreshold=1",
                                           "-c", "pack.compression=1"};
  GitCall add;
  add.args = config;
  add.args.insert(add.args.end(), {"add", "--all", "--", "."});
  add.env = env;
  RAXOL_TRY(cache.git().output(add));

  // Files staged by an earlier publish that an exclude pattern now leaves out.
  GitCall ignored;
  ignored.args = config;
  ignored.args.insert(ignored.args.end(),
                      {"ls-files", "-z", "--cached", "--ignored", "--exclude-standard"});
  ignored.env = env;
  RAXOL_ASSIGN_OR_RETURN(std::string stale, cache.git().output(ignored));
  if (!stale.empty()) {
    GitCall remove;
    remove.args = {"update-index", "-z", "--force-remove", "--stdin"};
    remove.env = env;
    remove.stdin_data = stale;
    RAXOL_TRY(cache.git().output(remove));
  }
  GitCall write;
  write.args = {"write-tree"};
  write.env = env;
  RAXOL_ASSIGN_OR_RETURN(std::string tree, cache.git().output(write));
  return trim(tree);
}

TreeEntries compose_entries(const TreeEntries& base, const TreeEntries& site,
                            const ComposeOptions& options) {
  const std::string& destination = options.destination;
  const std::string prefix = destination.empty() ? "" : destination + "/";
  TreeEntries result = base;
  if (!options.keep_files) {
    if (destination.empty()) {
      result.clear();
    } else {
      result.erase(destination);
      for (auto it = result.lower_bound(prefix);
           it != result.end() && it->first.rfind(prefix, 0) == 0;)
        it = result.erase(it);
    }
  }
  for (const auto& folder : options.append_only) {
    const std::string kept = prefix + folder + "/";
    for (auto it = base.lower_bound(kept); it != base.end() && it->first.rfind(kept, 0) == 0; ++it)
      if (!options.removed.count(it->first.substr(prefix.size())))
        result.insert(*it);  // the site's own file of that path (below) still wins
  }
  for (const auto& [path, entry] : site) {
    std::string full = prefix + path;
    remove_conflicts(result, full);
    result[full] = entry;
  }
  auto base_cname = base.find("CNAME");
  if (!options.cname_blob.empty()) {
    remove_conflicts(result, "CNAME");
    result["CNAME"] = {"100644", options.cname_blob};
  } else if (destination.empty() && base_cname != base.end()) {
    bool site_has_cname = site.count("CNAME") != 0;
    if (!site_has_cname || !options.site_cname_wins) {
      remove_conflicts(result, "CNAME");
      result["CNAME"] = base_cname->second;
    }
  }
  if (options.nojekyll && result.count(".nojekyll") == 0) {
    remove_conflicts(result, ".nojekyll");
    result[".nojekyll"] = {"100644", kEmptyBlob};
  }
  return result;
}

TreeDiff diff_entries(const TreeEntries& before, const TreeEntries& after) {
  TreeDiff diff;
  for (const auto& [path, entry] : after) {
    auto old = before.find(path);
    if (old == before.end())
      diff.added.push_back(path);
    else if (!(old->second == entry))
      diff.changed.push_back(path);
  }
  for (const auto& [path, entry] : before)
    if (after.count(path) == 0) diff.removed.push_back(path);
  return diff;
}

}  // namespace raxol::github_pages
