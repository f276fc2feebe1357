#include "config/workflows/yaml_nodes.h"

#include <array>

namespace raxol::workflows {

SourceLocation location_of(const YAML::Node& node, const std::string& file) {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return SourceLocation{file, 0, 0};
  return SourceLocation{file, mark.line + 1, mark.column + 1};
}

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return "a string";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return "nothing";
  }
  return "nothing";
}

bool scalar_text(const YAML::Node& node, std::string& text) {
  if (node.IsNull()) {
    text.clear();
    return true;
  }
  if (!node.IsScalar()) return false;
  text = node.Scalar();
  return true;
}

std::vector<std::string> string_list(const YAML::Node& node, const SourceLocation& where,
                                     const std::string& key, Diagnostics& diagnostics) {
  std::vector<std::string> items;
  std::string text;
  if (node.IsNull()) return items;
  if (scalar_text(node, text)) {
    items.push_back(text);
    return items;
  }
  if (!node.IsSequence()) {
    diagnostics.push_back({where, key, "expected a string or a list, found " + describe(node)});
    return items;
  }
  for (const auto& item : node) {
    if (scalar_text(item, text) && !item.IsNull())
      items.push_back(text);
    else
      diagnostics.push_back({location_of(item, where.file), key,
                             "expected a string list item, found " + describe(item)});
  }
  return items;
}

std::map<std::string, std::string> scalar_map(const YAML::Node& node, const SourceLocation& where,
                                              const std::string& key, std::string& expression,
                                              Diagnostics& diagnostics) {
  std::map<std::string, std::string> values;
  if (node.IsNull()) return values;
  if (node.IsScalar()) {
    expression = node.Scalar();
    return values;
  }
  if (!node.IsMap()) {
    diagnostics.push_back({where, key, "expected a mapping, found " + describe(node)});
    return values;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string name;
    std::string text;
    if (!scalar_text(it->first, name)) continue;
    if (scalar_text(it->second, text)) {
      values[name] = text;
    } else {
      // Lists and maps as inputs are rare (and GitHub passes them as strings anyway): keep
      // them as flow YAML rather than dropping them.
      YAML::Emitter out;
      out << YAML::Flow << it->second;
      values[name] = out.c_str();
    }
  }
  return values;
}

Guard read_guard(const YAML::Node& key, const YAML::Node& value, const std::string& file,
                 const std::string& path, Diagnostics& diagnostics) {
  Guard guard;
  guard.where = location_of(key, file);
  if (!value.IsScalar()) {
    if (!value.IsNull())
      diagnostics.push_back(
          {guard.where, path, "expected an expression, found " + describe(value)});
    return guard;
  }
  const std::string& tag = value.Tag();
  if (!tag.empty() && tag[0] == '!' && tag != "!") {
    // yaml-cpp read `!cancelled()` as the tag "!cancelled()" on a scalar.
    guard.expression = tag + (value.Scalar().empty() ? "" : " " + value.Scalar());
    diagnostics.push_back(
        {guard.where, path, "an `if:` that starts with '!' must be quoted or wrapped in ${{ }}"});
    return guard;
  }
  guard.expression = value.Scalar();
  return guard;
}

bool is_on_key(const YAML::Node& key) {
  if (!key.IsScalar()) return false;
  if (key.Scalar() == "on") return true;
  if (key.Tag() != "?") return false;  // a quoted "true" is a string in every YAML version
  static constexpr std::array<std::string_view, 11> kYaml11True = {
      "true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "On", "ON", "on"};
  for (auto spelling : kYaml11True)
    if (key.Scalar() == spelling) return true;
  return false;
}

}  // namespace raxol::workflows
