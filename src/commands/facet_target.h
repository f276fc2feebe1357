// Opening one target of the project together with one of its facets (secrets, certificates):
// the target stays alive as long as the facet is used, and a target without the facet is a
// clear "not supported by KIND" error, never a stub.
#pragma once

#include <memory>
#include <string>

#include "core/project.h"
#include "raxol/target.h"

namespace raxol {

template <typename Facet>
struct OpenedFacet {
  TargetSpec spec;
  std::unique_ptr<Target> target;
  Facet* facet = nullptr;
};

// `get` is the Target accessor (&Target::secrets); `what` names the ability in the error.
template <typename Facet>
Result<OpenedFacet<Facet>> open_target_facet(Context& context, const std::string& name,
                                             const std::string& command, Facet* (Target::*get)(),
                                             const std::string& what) {
  RAXOL_ASSIGN_OR_RETURN(auto project, load_project(context));
  OpenedFacet<Facet> opened;
  RAXOL_ASSIGN_OR_RETURN(opened.spec, select_target(project, name, command));
  RAXOL_ASSIGN_OR_RETURN(opened.target, open_target(opened.spec, context));
  opened.facet = ((*opened.target).*get)();
  if (opened.facet == nullptr)
    return make_error(ErrorKind::unsupported, what + " not supported by " + opened.spec.kind);
  return opened;
}

}  // namespace raxol
