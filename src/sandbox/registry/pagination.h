// Paging of the tag list and the catalog as the distribution spec writes it: the items
// lexically after `last`, at most `n` of them, and an RFC 5988 Link header to the next page
// (`</v2/NAME/tags/list?n=N&last=T>; rel="next"`) while more remain.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sandbox/registry/registry_call.h"

namespace raxol::sandbox::registry {

// The page of `items` (sorted) that the request's n and last ask for, with the Link header
// set when there are more; nullopt after answering 400 for an n that is not a non-negative
// number. `path` is the list's path ("/v2/NAME/tags/list").
std::optional<std::vector<std::string>> page_of(Call& call, const std::vector<std::string>& items,
                                                const std::string& path);

}  // namespace raxol::sandbox::registry
