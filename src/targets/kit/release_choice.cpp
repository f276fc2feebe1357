#include "targets/kit/release_choice.h"

namespace raxol {

namespace {

bool names_release(const Release& release, const std::string& to) {
  return release.id == to || release.version == to || release.version == "v" + to;
}

// The releases `to` names: exact matches first; otherwise id prefixes.
std::vector<const Release*> matches(const std::vector<Release>& releases, const std::string& to) {
  std::vector<const Release*> found;
  for (const auto& release : releases)
    if (names_release(release, to)) found.push_back(&release);
  if (!found.empty() || to.size() < 4) return found;
  for (const auto& release : releases)
    if (release.id.rfind(to, 0) == 0) found.push_back(&release);
  return found;
}

Error unknown_release(const std::vector<Release>& releases, const std::string& to,
                      const std::string& subject, const std::string& target) {
  Error error = make_error(ErrorKind::not_found, "release " + to + " of " + subject + " not found");
  error.notes.push_back("known releases: " + releases.back().version + " to " +
                        releases.front().version + " (raxol-deploy releases " + target + ")");
  return error;
}

}  // namespace

Result<Release> choose_rollback_release(const std::vector<Release>& releases,
                                        const std::string& to, const std::string& subject,
                                        const std::string& target) {
  if (releases.empty())
    return make_error(ErrorKind::not_found, subject + " has no releases to roll back to");
  if (!to.empty()) {
    auto found = matches(releases, to);
    if (found.empty()) return unknown_release(releases, to, subject, target);
    if (found.size() > 1)
      return make_error(ErrorKind::usage, "'" + to + "' names " + std::to_string(found.size()) +
                                              " releases of " + subject + "; give more of the id");
    const Release& release = *found.front();
    if (release.current)
      return make_error(ErrorKind::usage, release.version + " is already serving " + subject);
    if (release.status != ReleaseStatus::complete)
      return make_error(ErrorKind::usage,
                        release.version + " did not complete (" +
                            std::string(kReleaseStatusNames.name(release.status)) +
                            "); only a complete release can serve again");
    return release;
  }
  bool past_current = true;
  for (const auto& release : releases)
    if (release.current) past_current = false;
  for (const auto& release : releases) {  // newest first
    if (!past_current) {
      past_current = release.current;
      continue;
    }
    if (release.status == ReleaseStatus::complete) return release;
  }
  return make_error(ErrorKind::not_found,
                    "no earlier complete release of " + subject + " to roll back to");
}

}  // namespace raxol
