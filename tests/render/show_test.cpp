#include "render/show.h"

#include <catch2/catch.hpp>

#include "render/ui_capture.h"

using raxol::test::CapturedUi;

TEST_CASE("show: the document under --json, the human rendering otherwise", "[render]") {
  for (bool json : {false, true}) {
    CapturedUi captured(json);
    bool human = false;
    raxol::show_result(captured.ui, {{"name", "x"}}, [&] {
      human = true;
      captured.ui.print_text("x");
    });
    CHECK(human == !json);
    if (json) CHECK(nlohmann::json::parse(captured.out.str()) == nlohmann::json{{"name", "x"}});
    else CHECK(captured.out.str() == "x\n");
  }
  CapturedUi human(false);
  raxol::show_document(human.ui, {{"a", 1}});
  CHECK(nlohmann::json::parse(human.out.str())["a"] == 1);
}
