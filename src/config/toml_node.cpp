#include "config/toml_node.h"

namespace raxol {

std::string toml_type_phrase(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return node.as_string()->get().empty() ? "an empty string" : "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a floating-point number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

SourceLocation toml_location(const toml::source_region& region, const std::string& file) {
  return SourceLocation{file, static_cast<int>(region.begin.line),
                        static_cast<int>(region.begin.column)};
}

}  // namespace raxol
