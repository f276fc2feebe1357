// Puts a new tree for the destination on the branch as one ordinary commit on top of the
// remote tip: never an orphan, never a force-push. When the push is rejected because someone
// else moved the branch, it fetches the new tip, recomposes our destination onto it (our
// folder's tree grafted into their tree: not a blind rebase, so their files elsewhere stay),
// and tries again with jittered backoff, a bounded number of times.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "targets/github_pages/pages_settings.h"
#include "targets/github_pages/publish/tree.h"

namespace raxol::github_pages {

struct Author {
  std::string name;
  std::string email;
  std::string display() const { return name + " <" + email + ">"; }
};

// What a publish (or a rollback) puts into the destination and how it is committed.
struct PublishSource {
  std::string site_tree;  // the destination's new contents
  bool keep_files = false;
  bool site_cname_wins = true;  // false for rollbacks: the branch's custom domain stays
  std::vector<std::string> append_only;  // see ComposeOptions::append_only
  std::set<std::string> removed;         // see ComposeOptions::removed
  // false: a rejected push is not re-applied here but returned as a conflict whose first note
  // is kLostRaceNote, for a caller that rebuilds the site from the new tip (the dashboard).
  bool reapply_on_race = true;
  // Set: a custom-domain change only. The tip's files stay as they are except the root CNAME,
  // which becomes this domain ("" removes it); site_tree is not used.
  std::optional<std::string> root_cname;
  std::string message;
  Author author;
};

// The branch after composing the source onto one tip.
struct PreparedPublish {
  std::string parent;       // the remote tip it builds on ("" = the branch is new)
  std::string parent_tree;  // that tip's tree (the empty tree when new)
  std::string tree;         // the new branch tree
  TreeDiff diff;
  std::uint64_t bytes = 0;   // size of added and changed files
  std::string cname_before;  // root CNAME contents, trimmed ("" = none)
  std::string cname_after;
  std::string commit;  // made by make_commit() (local only); "" until then
  bool unchanged() const { return tree == parent_tree; }
};

struct PushOutcome {
  std::string commit;  // what the branch points at now (ours, or the tip when unchanged)
  std::string parent;  // the tip we built on
  bool unchanged = false;
  int attempts = 0;  // pushes tried
  TreeDiff diff;     // against the tip we finally built on
};

class Publisher {
 public:
  Publisher(CacheRepo& cache, const PagesSettings& settings, Context& context);

  // Composes `source` onto `tip`. `with_bytes` also sums file sizes (for the plan).
  Result<PreparedPublish> prepare(const PublishSource& source, const std::string& tip,
                                  bool with_bytes);
  // Writes the commit `prepared` describes into the cache (nothing is sent), so that a plan
  // can name the exact commit that apply() will push.
  Status make_commit(const PublishSource& source, PreparedPublish& prepared);
  // Pushes `prepared` (committing it first when needed); see the header comment for the retry
  // rule. Holds no lock itself: the caller holds the cache's.
  Result<PushOutcome> push(const PublishSource& source, PreparedPublish prepared);

  static constexpr int kMaxAttempts = 5;

 private:
  // Pushes `commit`; true when it landed, false when the remote rejected it (the branch
  // moved), an Error for anything else.
  Result<bool> push_commit(const std::string& commit);

  CacheRepo& cache_;
  const PagesSettings& settings_;
  Context& context_;
  std::mt19937_64 random_;
  std::vector<std::string> last_rejection_;  // git's lines about the last rejected push
};

}  // namespace raxol::github_pages
