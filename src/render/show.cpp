#include "render/show.h"

namespace raxol {

void show_result(Ui& ui, const nlohmann::json& document, const std::function<void()>& human) {
  if (ui.json_mode()) ui.print_json(document);
  else human();
}

void show_document(Ui& ui, const nlohmann::json& document) { ui.print_json(document); }

}  // namespace raxol
