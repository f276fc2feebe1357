// toml++ → validated TargetSpecs. toml++ exceptions stop here. Tables are walked in file order
// (toml++ iterates keys alphabetically) so that the first error reported is the first one in
// the file, and so that "file order" means what a reader sees.
#include "config/project_file.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

#include "config/toml_node.h"

namespace raxol {
namespace {

struct Entry {
  std::string key;
  const toml::node* value;
  toml::source_region key_source;  // warnings about a key point at the key, not its value
};

// A table's entries in the order they were written.
std::vector<Entry> in_file_order(const toml::table& table) {
  std::vector<Entry> entries;
  for (auto&& [key, value] : table)
    entries.push_back({std::string(key.str()), &value, key.source()});
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    const auto& pa = a.value->source().begin;
    const auto& pb = b.value->source().begin;
    return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
  });
  return entries;
}

class Parser {
 public:
  explicit Parser(const std::string& file) : file_(file) {}

  Result<ProjectFile> parse(const toml::table& root) {
    const toml::node* order = nullptr;
    for (const auto& [key, value, key_source] : in_file_order(root)) {
      if (key == "targets") {
        if (!value->is_table())
          return config_error(where(*value), "targets", "a table of targets",
                              toml_type_phrase(*value));
        for (const auto& [name, target, name_source] : in_file_order(*value->as_table())) {
          auto spec = read_target(name, *target);
          if (!spec.ok()) return spec.error();
          project_.targets.push_back(std::move(spec).value());
        }
      } else if (key == "order") {
        order = value;
      } else if (key == "perf") {
        // perf check's settings: read and checked by src/perf/check/settings.cpp.
      } else {
        warn(key_source, key, "unknown key, ignored");
      }
    }
    if (order != nullptr) {
      auto names = string_array(*order, "order");
      if (!names.ok()) return names.error();
      project_.order = names.value();
      RAXOL_TRY(check_order(*order->as_array()));
    }
    RAXOL_TRY(check_needs());
    sort_for_deploy();
    return std::move(project_);
  }

 private:
  SourceLocation where(const toml::node& node) const { return toml_location(node.source(), file_); }

  void warn(const toml::source_region& region, const std::string& key, const std::string& message) {
    project_.diagnostics.push_back({toml_location(region, file_), key, message});
  }

  Result<std::vector<std::string>> string_array(const toml::node& node, const std::string& key) {
    if (!node.is_array())
      return config_error(where(node), key, "an array of strings", toml_type_phrase(node));
    std::vector<std::string> items;
    size_t index = 0;
    for (const auto& item : *node.as_array()) {
      if (!item.is_string())
        return config_error(where(item), key + "[" + std::to_string(index) + "]", "a string",
                            toml_type_phrase(item));
      items.push_back(item.as_string()->get());
      ++index;
    }
    return items;
  }

  // A TOML value as JSON, whatever its type: the target's kind checks the types
  // (src/targets/kit/settings.cpp), with the locations recorded here. Dates become text.
  nlohmann::json to_json(const toml::node& node, const std::string& key, TargetSpec& spec) {
    if (auto text = node.as_string()) return text->get();
    if (auto flag = node.as_boolean()) return flag->get();
    if (auto integer = node.as_integer()) return integer->get();
    if (auto number = node.as_floating_point()) return number->get();
    if (auto array = node.as_array()) {
      nlohmann::json items = nlohmann::json::array();
      for (size_t i = 0; i < array->size(); ++i) {
        const std::string item_key = key + "[" + std::to_string(i) + "]";
        spec.setting_sources[item_key] = {where(*array->get(i)), where(*array->get(i))};
        items.push_back(to_json(*array->get(i), item_key, spec));
      }
      return items;
    }
    if (auto table = node.as_table()) {
      nlohmann::json object = nlohmann::json::object();
      for (const auto& [name, value] : *table)
        object[std::string(name.str())] = to_json(value, key + "." + std::string(name.str()), spec);
      return object;
    }
    std::ostringstream text;
    if (auto date = node.as_date()) text << date->get();
    else if (auto time = node.as_time()) text << time->get();
    else if (auto date_time = node.as_date_time()) text << date_time->get();
    return text.str();
  }

  Result<TargetSpec> read_target(const std::string& name, const toml::node& node) {
    const std::string path = "targets." + name;
    if (!valid_name(name))
      return config_error(where(node), path, "a target name of letters, digits, '-' and '_'",
                          "\"" + name + "\"");
    if (!node.is_table()) return config_error(where(node), path, "a table", toml_type_phrase(node));
    const toml::table& table = *node.as_table();
    TargetSpec spec;
    spec.name = name;
    spec.source = where(node);
    spec.origin = "project";
    for (const auto& [key, value, key_source] : in_file_order(table)) {
      const std::string key_path = path + "." + key;
      if (key == "kind") {
        // Which kinds exist is the registry's to say (src/core/project.cpp checks it).
        if (!value->is_string())
          return config_error(where(*value), key_path, "a string", toml_type_phrase(*value));
        spec.kind = value->as_string()->get();
        spec.setting_sources["kind"] = {toml_location(key_source, file_), where(*value)};
      } else if (key == "needs") {
        auto needs = string_array(*value, key_path);
        if (!needs.ok()) return needs.error();
        spec.needs = needs.value();
        needs_nodes_[name] = value;
      } else if (key == "optional") {
        if (!value->is_boolean())
          return config_error(where(*value), key_path, "a boolean", toml_type_phrase(*value));
        spec.optional = value->as_boolean()->get();
      } else {
        spec.setting_sources[key] = {toml_location(key_source, file_), where(*value)};
        spec.settings[key] = to_json(*value, key, spec);
      }
    }
    return spec;
  }

  static bool valid_name(const std::string& name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
      return std::isalnum(c) || c == '-' || c == '_';
    });
  }

  std::string defined_names() const {
    std::string names;
    for (const auto& target : project_.targets) names += (names.empty() ? "" : ", ") + target.name;
    return names.empty() ? "none" : names;
  }

  const TargetSpec* find(const std::string& name) const {
    for (const auto& target : project_.targets)
      if (target.name == name) return &target;
    return nullptr;
  }

  Status check_order(const toml::array& order) const {
    std::set<std::string> seen;
    for (const auto& item : order) {
      const std::string& name = item.as_string()->get();
      if (find(name) == nullptr)
        return config_error_message(
            where(item), "order",
            "unknown target \"" + name + "\" (defined: " + defined_names() + ")");
      if (!seen.insert(name).second)
        return config_error_message(where(item), "order", "\"" + name + "\" is listed twice");
    }
    return {};
  }

  // Every name in `needs` exists, and following `needs` never comes back to where it started.
  Status check_needs() const {
    for (const auto& target : project_.targets) {
      size_t index = 0;
      for (const auto& need : target.needs) {
        const toml::node& item = *(*needs_nodes_.at(target.name)->as_array()).get(index++);
        if (find(need) == nullptr)
          return config_error_message(
              where(item), "targets." + target.name + ".needs",
              "unknown target \"" + need + "\" (defined: " + defined_names() + ")");
      }
    }
    std::map<std::string, int> state;  // 0 unvisited, 1 on the current path, 2 done
    std::vector<std::string> path;
    for (const auto& target : project_.targets) {
      std::vector<std::string> cycle;
      if (find_cycle(target.name, state, path, cycle)) {
        std::string text;
        for (const auto& name : cycle) text += (text.empty() ? "" : " -> ") + name;
        const toml::node& needs = *needs_nodes_.at(cycle.front());
        return config_error_message(where(needs), "targets." + cycle.front() + ".needs",
                                    "dependency cycle: " + text);
      }
    }
    return {};
  }

  bool find_cycle(const std::string& name, std::map<std::string, int>& state,
                  std::vector<std::string>& path, std::vector<std::string>& cycle) const {
    if (state[name] == 2) return false;
    if (state[name] == 1) {
      auto start = std::find(path.begin(), path.end(), name);
      cycle.assign(start, path.end());
      cycle.push_back(name);
      return true;
    }
    state[name] = 1;
    path.push_back(name);
    for (const auto& need : find(name)->needs)
      if (find_cycle(need, state, path, cycle)) return true;
    path.pop_back();
    state[name] = 2;
    return false;
  }

  // Kahn's algorithm; the ready target with the lowest rank goes next.
  void sort_for_deploy() {
    auto rank = [&](const TargetSpec& target) {
      auto listed = std::find(project_.order.begin(), project_.order.end(), target.name);
      if (listed != project_.order.end()) return listed - project_.order.begin();
      auto declared = std::find_if(project_.targets.begin(), project_.targets.end(),
                                   [&](const TargetSpec& t) { return t.name == target.name; });
      return static_cast<std::ptrdiff_t>(project_.order.size()) +
             (declared - project_.targets.begin());
    };
    std::vector<TargetSpec> pending = project_.targets;
    std::vector<TargetSpec> sorted;
    std::set<std::string> done;
    while (!pending.empty()) {
      auto best = pending.end();
      for (auto it = pending.begin(); it != pending.end(); ++it) {
        bool ready = std::all_of(it->needs.begin(), it->needs.end(),
                                 [&](const std::string& need) { return done.count(need) > 0; });
        if (ready && (best == pending.end() || rank(*it) < rank(*best))) best = it;
      }
      done.insert(best->name);
      sorted.push_back(std::move(*best));
      pending.erase(best);
    }
    project_.targets = std::move(sorted);
  }

  const std::string& file_;
  ProjectFile project_;
  std::map<std::string, const toml::node*> needs_nodes_;
};

}  // namespace

Result<ProjectFile> parse_project_file(std::string_view text, const std::string& file) {
  toml::table root;
  try {
    root = toml::parse(text, std::string(file));
  } catch (const toml::parse_error& e) {
    return config_error_message(toml_location(e.source(), file), "",
                                "malformed TOML: " + std::string(e.description()));
  }
  return Parser(file).parse(root);
}

Result<ProjectFile> load_project_file(const FileSystem& fs, const std::filesystem::path& path) {
  auto text = fs.read_file(path);
  if (!text.ok()) {
    Error error = text.error();
    error.kind = ErrorKind::config;
    return error;
  }
  return parse_project_file(text.value(), path.string());
}

std::filesystem::path chosen_project_file(const FileSystem& files,
                                          const std::filesystem::path& config_file) {
  if (!config_file.empty()) return config_file;
  if (files.exists(kProjectFileName)) return kProjectFileName;
  return {};
}

}  // namespace raxol
