#include "perf/check/settings.h"

#include <cmath>
#include <cstdlib>

#include "util/glob.h"
#include "util/strings.h"

namespace raxol::perf {

// Named, not anonymous: the unity build puts perf/ sources in one translation unit.
namespace settings_toml {

// toml_location() lives in config/, which perf/ may not include; this is the same two lines.
SourceLocation where(const toml::node& node, const std::string& file) {
  return SourceLocation{file, static_cast<int>(node.source().begin.line),
                        static_cast<int>(node.source().begin.column)};
}

std::string found(const toml::node& node) {
  if (node.is_string()) return "\"" + node.as_string()->get() + "\"";
  if (node.is_integer()) return std::to_string(node.as_integer()->get());
  if (node.is_floating_point()) return std::to_string(node.as_floating_point()->get());
  if (node.is_boolean()) return node.as_boolean()->get() ? "true" : "false";
  if (node.is_table()) return "a table";
  if (node.is_array()) return "an array";
  return "another type";
}

class Reader {
 public:
  Reader(const std::string& file, Diagnostics& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  Result<double> percent(const toml::node& node, const std::string& key) {
    std::optional<double> value;
    if (node.is_string()) value = parse_percent(node.as_string()->get());
    else if (node.is_integer()) value = static_cast<double>(node.as_integer()->get()) / 100.0;
    else if (node.is_floating_point()) value = node.as_floating_point()->get() / 100.0;
    if (value && *value >= 0) return *value;
    return config_error(where(node, file_), key, "a percentage (\"5%\" or 5)", found(node));
  }

  Result<int> whole(const toml::node& node, const std::string& key, int minimum) {
    if (node.is_integer() && node.as_integer()->get() >= minimum)
      return static_cast<int>(node.as_integer()->get());
    return config_error(where(node, file_), key,
                        "a whole number of at least " + std::to_string(minimum), found(node));
  }

  Result<std::string> text(const toml::node& node, const std::string& key) {
    if (node.is_string() && !node.as_string()->get().empty()) return node.as_string()->get();
    return config_error(where(node, file_), key, "a non-empty string", found(node));
  }

  Result<Direction> direction(const toml::node& node, const std::string& key) {
    if (node.is_string())
      if (auto parsed = kDirectionNames.parse(node.as_string()->get())) return *parsed;
    return config_error(where(node, file_), key, "\"smaller\" or \"bigger\"", found(node));
  }

  Result<bool> boolean(const toml::node& node, const std::string& key) {
    if (node.is_boolean()) return node.as_boolean()->get();
    return config_error(where(node, file_), key, "a boolean", found(node));
  }

  void unknown(const toml::node& node, const std::string& key) {
    diagnostics_.push_back({where(node, file_), key, "unknown key, ignored"});
  }

  Result<BenchmarkOverride> benchmark(const toml::node& node, const std::string& prefix) {
    if (!node.is_table()) return config_error(where(node, file_), prefix, "a table", found(node));
    BenchmarkOverride entry;
    for (const auto& [name, value] : *node.as_table()) {
      const std::string key = prefix + "." + std::string(name.str());
      if (name == "match") {
        RAXOL_ASSIGN_OR_RETURN(entry.match, text(value, key));
      } else if (name == "tolerance") {
        RAXOL_ASSIGN_OR_RETURN(entry.tolerance, percent(value, key));
      } else if (name == "window") {
        RAXOL_ASSIGN_OR_RETURN(entry.window, whole(value, key, kMinimumWindow));
      } else if (name == "min_runs") {
        RAXOL_ASSIGN_OR_RETURN(entry.min_runs, whole(value, key, 1));
      } else if (name == "direction") {
        RAXOL_ASSIGN_OR_RETURN(entry.direction, direction(value, key));
      } else if (name == "ignore") {
        RAXOL_ASSIGN_OR_RETURN(entry.ignore, boolean(value, key));
      } else {
        unknown(value, key);
      }
    }
    if (entry.match.empty())
      return config_error_message(where(node, file_), prefix + ".match", "missing required key");
    return entry;
  }

 private:
  const std::string& file_;
  Diagnostics& diagnostics_;
};

// How specific a pattern is: its characters that are not wildcards.
size_t literal_length(const std::string& pattern) {
  size_t count = 0;
  for (char c : pattern)
    if (c != '*' && c != '?') ++count;
  return count;
}

}  // namespace settings_toml
using namespace settings_toml;

std::optional<double> parse_percent(const std::string& text) {
  std::string number = trim(text);
  if (!number.empty() && number.back() == '%') number = trim(number.substr(0, number.size() - 1));
  if (number.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(number.c_str(), &end);
  if (end != number.c_str() + number.size() || !std::isfinite(value) || value < 0)
    return std::nullopt;
  return value / 100.0;
}

Result<PerfSettings> parse_perf_settings(const toml::node& perf, const std::string& file,
                                         Diagnostics& diagnostics) {
  Reader reader(file, diagnostics);
  if (!perf.is_table()) return config_error(where(perf, file), "perf", "a table", found(perf));
  PerfSettings settings;
  RuleParams& rule = settings.defaults;
  for (const auto& [name, value] : *perf.as_table()) {
    const std::string key = "perf." + std::string(name.str());
    if (name == "tolerance") {
      RAXOL_ASSIGN_OR_RETURN(rule.tolerance, reader.percent(value, key));
    } else if (name == "window") {
      RAXOL_ASSIGN_OR_RETURN(rule.window, reader.whole(value, key, kMinimumWindow));
    } else if (name == "min_runs") {
      RAXOL_ASSIGN_OR_RETURN(rule.min_runs, reader.whole(value, key, 1));
    } else if (name == "consecutive") {
      RAXOL_ASSIGN_OR_RETURN(rule.consecutive, reader.whole(value, key, 1));
    } else if (name == "default_branch") {
      RAXOL_ASSIGN_OR_RETURN(settings.default_branch, reader.text(value, key));
    } else if (name == "target") {
      RAXOL_ASSIGN_OR_RETURN(settings.target, reader.text(value, key));
    } else if (name == "benchmarks") {
      if (!value.is_array())
        return config_error(where(value, file), key, "an array of tables ([[perf.benchmarks]])",
                            found(value));
      size_t index = 0;
      for (const auto& item : *value.as_array()) {
        RAXOL_ASSIGN_OR_RETURN(auto entry,
                               reader.benchmark(item, key + "[" + std::to_string(index++) + "]"));
        settings.benchmarks.push_back(std::move(entry));
      }
    } else {
      reader.unknown(value, key);
    }
  }
  return settings;
}

Result<PerfSettings> load_perf_settings(const FileSystem& fs, const std::filesystem::path& path,
                                        Diagnostics& diagnostics) {
  if (path.empty()) return PerfSettings{};
  auto text = fs.read_file(path);
  if (!text.ok()) {
    Error error = text.error();
    error.kind = ErrorKind::config;
    return error;
  }
  const std::string file = path.string();
  toml::table root;
  try {
    root = toml::parse(text.value(), file);
  } catch (const toml::parse_error& e) {
    return config_error_message(SourceLocation{file, static_cast<int>(e.source().begin.line),
                                               static_cast<int>(e.source().begin.column)},
                                "", "malformed TOML: " + std::string(e.description()));
  }
  const toml::node* perf = root.get("perf");
  if (perf == nullptr) return PerfSettings{};
  return parse_perf_settings(*perf, file, diagnostics);
}

RuleParams params_for(const PerfSettings& settings, const std::string& benchmark) {
  RuleParams params = settings.defaults;
  const BenchmarkOverride* best = nullptr;
  for (const auto& entry : settings.benchmarks)
    if (glob_matches(entry.match, benchmark) &&
        (best == nullptr || literal_length(entry.match) > literal_length(best->match)))
      best = &entry;
  if (best == nullptr) return params;
  if (best->tolerance) params.tolerance = *best->tolerance;
  if (best->window) params.window = *best->window;
  if (best->min_runs) params.min_runs = *best->min_runs;
  if (best->direction) params.direction = best->direction;
  if (best->ignore) params.ignore = *best->ignore;
  return params;
}

}  // namespace raxol::perf
