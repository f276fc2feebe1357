#include "core/deploy_order.h"

#include <map>
#include <set>

namespace raxol {

namespace {
int tier_rank(const TargetSpec& target) {
  if (target.origin == "project") return 0;  // the project file already says the order
  if (target.kind == "fly") return 0;
  if (target.kind == "cloudflare-pages") return 1;
  return 2;
}
}  // namespace

Result<std::vector<TargetSpec>> deploy_order(const std::vector<TargetSpec>& targets) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < targets.size(); ++i) index[targets[i].name] = i;
  for (const auto& target : targets)
    for (const auto& need : target.needs)
      if (!index.count(need))
        return make_error(ErrorKind::config, target.source.to_string() + ": targets." +
                                                 target.name + ".needs: no target named '" +
                                                 need + "'");
  std::vector<TargetSpec> ordered;
  std::set<std::string> placed;
  while (ordered.size() < targets.size()) {
    const TargetSpec* next = nullptr;
    for (const auto& target : targets) {
      if (placed.count(target.name)) continue;
      bool ready = true;
      for (const auto& need : target.needs) ready = ready && placed.count(need);
      if (!ready) continue;
      if (next == nullptr || tier_rank(target) < tier_rank(*next)) next = &target;
    }
    if (next == nullptr) {
      std::string waiting;
      for (const auto& target : targets)
        if (!placed.count(target.name)) waiting += (waiting.empty() ? "" : ", ") + target.name;
      return make_error(ErrorKind::config, "the needs of " + waiting + " form a cycle");
    }
    placed.insert(next->name);
    ordered.push_back(*next);
  }
  return ordered;
}

}  // namespace raxol
