#include "targets/registry.h"

#include "targets/cloudflare_pages/pages_kind.h"
#include "targets/fly/fly_kind.h"
#include "targets/github_pages/github_pages_kind.h"

namespace raxol {

const std::vector<TargetKind>& target_kinds() {
  static const std::vector<TargetKind> kinds = [] {
    std::vector<TargetKind> all = {
        fly::fly_kind(),
        cloudflare_pages::pages_kind(),
        github_pages::github_pages_kind(),
    };
    // A kind's own flags carry its name, so that a command can say which kinds take a flag.
    for (auto& kind : all)
      for (auto* options : {&kind.deploy_options, &kind.rollback_options})
        for (auto& option : *options) option.kinds = {kind.name};
    return all;
  }();
  return kinds;
}

const TargetKind* find_target_kind(std::string_view name) {
  for (const auto& kind : target_kinds())
    if (kind.name == name) return &kind;
  return nullptr;
}

std::string target_kind_names() {
  std::string names;
  for (const auto& kind : target_kinds()) names += (names.empty() ? "" : ", ") + kind.name;
  return names;
}

}  // namespace raxol
