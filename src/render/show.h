// The one branch between the two ways a result is shown: `document` on stdout under --json,
// `human` (a table on stdout, a success line on stderr...) otherwise. Commands build both from
// the render/ functions and call this instead of asking json_mode() themselves.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>

#include "raxol/ui.h"

namespace raxol {

void show_result(Ui& ui, const nlohmann::json& document, const std::function<void()>& human);

// The same for a document that is the human output too (pretty JSON is how people read it).
void show_document(Ui& ui, const nlohmann::json& document);

}  // namespace raxol
