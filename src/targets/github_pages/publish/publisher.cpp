#include "targets/github_pages/publish/publisher.h"

#include "raxol/target.h"

#include "util/strings.h"

namespace raxol::github_pages {

Publisher::Publisher(CacheRepo& cache, const PagesSettings& settings, Context& context)
    : cache_(cache), settings_(settings), context_(context), random_(std::random_device{}()) {}

Result<PreparedPublish> Publisher::prepare(const PublishSource& source, const std::string& tip,
                                           bool with_bytes) {
  Git& git = cache_.git();
  PreparedPublish prepared;
  prepared.parent = tip;
  prepared.parent_tree = kEmptyTree;
  if (!tip.empty()) {
    RAXOL_ASSIGN_OR_RETURN(prepared.parent_tree, subtree_of(git, tip, ""));
  }
  RAXOL_ASSIGN_OR_RETURN(TreeEntries base, list_tree(git, prepared.parent_tree));
  RAXOL_ASSIGN_OR_RETURN(TreeEntries site, list_tree(git, source.site_tree));

  ComposeOptions options;
  options.destination = settings_.destination_dir;
  options.keep_files = source.keep_files;
  options.nojekyll = settings_.nojekyll;
  options.site_cname_wins = source.site_cname_wins;
  options.append_only = source.append_only;
  options.removed = source.removed;
  auto base_cname = base.find("CNAME");
  if (base_cname != base.end()) {
    RAXOL_ASSIGN_OR_RETURN(prepared.cname_before, read_blob(git, base_cname->second.sha));
  }
  prepared.cname_before = trim(prepared.cname_before);
  if (!settings_.cname.empty()) {
    bool same = base_cname != base.end() && prepared.cname_before == settings_.cname;
    if (same) {
      options.cname_blob = base_cname->second.sha;
    } else {
      RAXOL_ASSIGN_OR_RETURN(options.cname_blob, write_blob(git, settings_.cname + "\n"));
    }
  }
  TreeEntries composed = source.root_cname ? base : compose_entries(base, site, options);
  if (source.root_cname && source.root_cname->empty()) {
    composed.erase("CNAME");
  } else if (source.root_cname && *source.root_cname != prepared.cname_before) {
    RAXOL_ASSIGN_OR_RETURN(std::string blob, write_blob(git, *source.root_cname + "\n"));
    composed["CNAME"] = {"100644", blob};
  }
  auto nojekyll = composed.find(".nojekyll");
  if (nojekyll != composed.end() && nojekyll->second.sha == kEmptyBlob &&
      base.count(".nojekyll") == 0)
    RAXOL_TRY(write_blob(git, ""));  // the empty blob must exist before it is pushed
  auto cname_after = composed.find("CNAME");
  if (cname_after != composed.end()) {
    if (base_cname != base.end() && cname_after->second.sha == base_cname->second.sha) {
      prepared.cname_after = prepared.cname_before;
    } else {
      RAXOL_ASSIGN_OR_RETURN(prepared.cname_after, read_blob(git, cname_after->second.sha));
      prepared.cname_after = trim(prepared.cname_after);
    }
  }
  RAXOL_ASSIGN_OR_RETURN(prepared.tree, write_tree(cache_, composed));
  prepared.diff = diff_entries(base, composed);
  if (with_bytes) {
    std::vector<std::string> shas;
    for (const auto& path : prepared.diff.added) shas.push_back(composed.at(path).sha);
    for (const auto& path : prepared.diff.changed) shas.push_back(composed.at(path).sha);
    RAXOL_ASSIGN_OR_RETURN(prepared.bytes, blob_bytes(git, shas));
  }
  return prepared;
}

Status Publisher::make_commit(const PublishSource& source, PreparedPublish& prepared) {
  GitCall call;
  call.args = {"commit-tree", prepared.tree};
  if (!prepared.parent.empty()) call.args.insert(call.args.end(), {"-p", prepared.parent});
  call.stdin_data = source.message + "\n";
  call.env = {{"GIT_AUTHOR_NAME", source.author.name},
              {"GIT_AUTHOR_EMAIL", source.author.email},
              {"GIT_COMMITTER_NAME", source.author.name},
              {"GIT_COMMITTER_EMAIL", source.author.email}};
  RAXOL_ASSIGN_OR_RETURN(std::string sha, cache_.git().output(call));
  prepared.commit = trim(sha);
  return {};
}

Result<bool> Publisher::push_commit(const std::string& commit) {
  GitCall call;
  call.network = true;
  // No delta search: site files rarely delta well, and searching costs more than it saves.
  call.args = {"-c",
               "pack.window=0",
               "push",
               "--porcelain",
               "--no-verify",
               cache_.remote().url,
               commit + ":refs/heads/" + settings_.branch};
  RAXOL_ASSIGN_OR_RETURN(ProcessResult result, cache_.git().run(call));
  if (result.exit_code == 0) return true;
  // Porcelain: "!\t<src>:<dst>\t[rejected] (fetch first)" or "[remote rejected] (...)".
  bool rejected = result.out.rfind("!\t", 0) == 0 || result.out.find("\n!\t") != std::string::npos;
  if (rejected) {
    last_rejection_.clear();
    for (const std::string& text : {result.out, result.err}) {
      size_t start = 0;
      while (start < text.size()) {
        size_t end = std::min(text.find('\n', start), text.size());
        std::string line = text.substr(start, end - start);
        bool reason = line.rfind("!\t", 0) == 0 || line.rfind("remote:", 0) == 0;
        if (reason && last_rejection_.size() < 4)
          last_rejection_.push_back(context_.redactor.redact(trim(line)));
        start = end + 1;
      }
    }
    return false;
  }
  Error error = git_error(context_, call, result);
  error.message = "cannot push to " + settings_.branch + " of " +
                  redact_url_credentials(cache_.remote().url) + ": " + error.message;
  return error;
}

Result<PushOutcome> Publisher::push(const PublishSource& source, PreparedPublish prepared) {
  PushOutcome outcome;
  std::string latest_tip = prepared.parent;
  for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
    outcome.parent = prepared.parent;
    outcome.diff = prepared.diff;
    if (prepared.unchanged()) {
      // Someone published exactly our tree meanwhile (or nothing changed at all).
      outcome.commit = prepared.parent;
      outcome.unchanged = true;
      return outcome;
    }
    if (prepared.commit.empty()) RAXOL_TRY(make_commit(source, prepared));
    const std::string commit = prepared.commit;
    outcome.attempts = attempt;
    RAXOL_ASSIGN_OR_RETURN(bool landed, push_commit(commit));
    if (landed) {
      RAXOL_TRY(cache_.set_tip(commit));
      RAXOL_TRY(cache_.tidy());
      outcome.commit = commit;
      return outcome;
    }
    RAXOL_ASSIGN_OR_RETURN(std::string tip, cache_.fetch());
    latest_tip = tip;
    if (tip == prepared.parent) {
      Error error =
          make_error(ErrorKind::failed, "the remote refused the push to " + settings_.branch +
                                            " of " + redact_url_credentials(cache_.remote().url));
      error.notes = last_rejection_;
      error.notes.push_back(
          "the branch did not move, so this is not a race: check branch "
          "protection rules and the token's permissions");
      return error;
    }
    if (!source.reapply_on_race) {
      Error error = make_error(ErrorKind::conflict,
                               settings_.branch + " moved to " + short_sha(tip) +
                                   " while publishing; nothing was pushed");
      error.notes = {kLostRaceNote};
      return error;
    }
    if (attempt == kMaxAttempts) break;
    context_.ui.info(settings_.branch + " moved to " + short_sha(tip) +
                     " while publishing; re-applying " +
                     (settings_.destination_dir.empty() ? std::string("the site")
                                                        : settings_.destination_dir + "/") +
                     " on top (attempt " + std::to_string(attempt + 1) + " of " +
                     std::to_string(kMaxAttempts) + ")");
    // Jittered exponential backoff, so that two racing publishers fall out of step.
    auto ceiling = std::chrono::milliseconds(200 << (attempt - 1));
    std::uniform_int_distribution<long long> jitter(ceiling.count() / 2, ceiling.count());
    context_.clock.sleep_for(std::chrono::milliseconds(jitter(random_)));
    RAXOL_ASSIGN_OR_RETURN(prepared, prepare(source, tip, false));
  }
  Error error = make_error(ErrorKind::conflict,
                           "gave up publishing to " + settings_.branch + " after " +
                               std::to_string(kMaxAttempts) +
                               " rejected pushes: other publishers keep moving the branch");
  error.notes.push_back("its tip is now " + latest_tip + "; run the deploy again");
  return error;
}

}  // namespace raxol::github_pages
