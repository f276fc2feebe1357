#include "targets/fly/config/toml_reader.h"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "config/toml_node.h"
#include "util/durations.h"

namespace raxol::fly::detail {

namespace {

// Go's strconv.FormatFloat(f, 'g', -1, 64), which is what fmt.Sprint prints for a float64.
std::string go_float_text(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  char buffer[64];
  auto scientific =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  std::string text(buffer, scientific.ptr);
  auto e = text.find('e');
  int exponent = std::stoi(text.substr(e + 1));
  if (exponent < -4 || exponent >= 21) {
    std::string mantissa = text.substr(0, e);
    std::string digits = std::to_string(std::abs(exponent));
    if (digits.size() < 2) digits.insert(0, "0");
    return mantissa + "e" + (exponent < 0 ? "-" : "+") + digits;
  }
  auto fixed = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return std::string(buffer, fixed.ptr);
}

std::string join_path(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

}  // namespace

SourceLocation LoadContext::where(const toml::source_region& region) const {
  return toml_location(region, file);
}

std::string describe(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return nlohmann::json(node.as_string()->get()).dump();
    case toml::node_type::integer:
      return std::to_string(node.as_integer()->get());
    case toml::node_type::floating_point:
      return go_float_text(node.as_floating_point()->get());
    case toml::node_type::boolean:
      return node.as_boolean()->get() ? "true" : "false";
    default:
      return toml_type_phrase(node);  // tables, arrays, dates and times are named, not quoted
  }
}

std::optional<std::string> scalar_text(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string:
      return node.as_string()->get();
    case toml::node_type::integer:
      return std::to_string(node.as_integer()->get());
    case toml::node_type::floating_point:
      return go_float_text(node.as_floating_point()->get());
    case toml::node_type::boolean:
      return node.as_boolean()->get() ? "true" : "false";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time: {
      std::ostringstream text;
      if (const auto* date = node.as_date()) text << date->get();
      if (const auto* time = node.as_time()) text << time->get();
      if (const auto* date_time = node.as_date_time()) text << date_time->get();
      return text.str();
    }
    default:
      return std::nullopt;
  }
}

nlohmann::json to_json(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table: {
      nlohmann::json object = nlohmann::json::object();
      for (auto&& [key, value] : *node.as_table()) object[std::string(key.str())] = to_json(value);
      return object;
    }
    case toml::node_type::array: {
      nlohmann::json array = nlohmann::json::array();
      for (const auto& item : *node.as_array()) array.push_back(to_json(item));
      return array;
    }
    case toml::node_type::integer:
      return node.as_integer()->get();
    case toml::node_type::floating_point:
      return node.as_floating_point()->get();
    case toml::node_type::boolean:
      return node.as_boolean()->get();
    default:
      return scalar_text(node).value_or("");
  }
}

TableReader::TableReader(LoadContext& context, const toml::table& table, std::string path)
    : context_(context), table_(table), path_(std::move(path)) {
  if (!path_.empty()) context_.config.locations.emplace(path_, location());
}

std::string TableReader::child(std::string_view key) const { return join_path(path_, key); }

SourceLocation TableReader::location() const { return context_.where(table_.source()); }

SourceLocation TableReader::location_of(std::string_view key) const {
  const toml::node* node = table_.get(key);
  return node ? context_.where(node->source()) : location();
}

bool TableReader::has(std::string_view key) const { return table_.contains(key); }

const toml::node* TableReader::find(std::string_view key) {
  used_.insert(std::string(key));
  const toml::node* node = table_.get(key);
  if (node) context_.config.locations[child(key)] = context_.where(node->source());
  return node;
}

void TableReader::finish() {
  for (auto&& [key, node] : table_) {
    if (used_.count(std::string(key.str()))) continue;
    Diagnostic warning;
    warning.where = context_.where(key.source());
    warning.key = child(key.str());
    warning.message = "unknown key, ignored";
    context_.warnings.push_back(std::move(warning));
  }
}

Error TableReader::type_error(std::string_view key, const toml::node& node,
                              const std::string& expected) const {
  return config_error(context_.where(node.source()), child(key), expected, describe(node));
}

Result<std::optional<std::string>> TableReader::string(std::string_view key) {
  const toml::node* node = find(key);
  if (!node) return std::optional<std::string>();
  if (!node->is_string()) return type_error(key, *node, "a string");
  return std::optional<std::string>(node->as_string()->get());
}

Result<std::optional<std::int64_t>> TableReader::integer(std::string_view key) {
  const toml::node* node = find(key);
  if (!node) return std::optional<std::int64_t>();
  if (!node->is_integer()) return type_error(key, *node, "an integer");
  return std::optional<std::int64_t>(node->as_integer()->get());
}

Result<std::optional<std::int64_t>> TableReader::integer_in(std::string_view key, std::int64_t min,
                                                            std::int64_t max, bool lenient) {
  const toml::node* node = find(key);
  if (!node) return std::optional<std::int64_t>();
  std::string expected = "an integer from " + std::to_string(min) + " to " + std::to_string(max);
  std::optional<std::int64_t> value;
  if (node->is_integer()) {
    value = node->as_integer()->get();
  } else if (lenient && node->is_floating_point()) {
    double number = node->as_floating_point()->get();
    if (std::isfinite(number) && std::fabs(number) < 9e18)
      value = static_cast<std::int64_t>(number);
  } else if (lenient && node->is_string()) {
    const std::string& text = node->as_string()->get();
    std::int64_t parsed = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (ec == std::errc() && end == text.data() + text.size() && !text.empty()) value = parsed;
  }
  if (!value || *value < min || *value > max) return type_error(key, *node, expected);
  return value;
}

Result<std::optional<bool>> TableReader::boolean(std::string_view key) {
  const toml::node* node = find(key);
  if (!node) return std::optional<bool>();
  if (!node->is_boolean()) return type_error(key, *node, "true or false");
  return std::optional<bool>(node->as_boolean()->get());
}

Result<std::optional<double>> TableReader::number(std::string_view key) {
  const toml::node* node = find(key);
  if (!node) return std::optional<double>();
  if (node->is_integer())
    return std::optional<double>(static_cast<double>(node->as_integer()->get()));
  if (!node->is_floating_point()) return type_error(key, *node, "a number");
  return std::optional<double>(node->as_floating_point()->get());
}

Result<std::string> TableReader::text(std::string_view key) {
  RAXOL_ASSIGN_OR_RETURN(auto value, string(key));
  return value.value_or("");
}

Result<std::optional<StringList>> TableReader::strings(std::string_view key) {
  const toml::node* node = find(key);
  if (!node) return std::optional<StringList>();
  if (!node->is_array()) return type_error(key, *node, "an array of strings");
  StringList values;
  const auto& array = *node->as_array();
  for (std::size_t i = 0; i < array.size(); ++i) {
    const toml::node& item = array[i];
    std::string item_key = child(key) + "[" + std::to_string(i) + "]";
    if (!item.is_string())
      return config_error(context_.where(item.source()), item_key, "a string", describe(item));
    context_.config.locations[item_key] = context_.where(item.source());
    values.push_back(item.as_string()->get());
  }
  return std::optional<StringList>(std::move(values));
}

Result<std::optional<StringList>> TableReader::string_or_strings(std::string_view key) {
  const toml::node* node = table_.get(key);
  if (node && node->is_string()) {
    find(key);
    return std::optional<StringList>(StringList{node->as_string()->get()});
  }
  if (node && !node->is_array()) {
    find(key);
    return type_error(key, *node, "a string or an array of strings");
  }
  return strings(key);
}

Result<StringMap> TableReader::string_map(std::string_view key, bool stringify) {
  StringMap values;
  const toml::node* node = find(key);
  if (!node) return values;
  if (!node->is_table()) return type_error(key, *node, "a table of strings");
  for (auto&& [name, value] : *node->as_table()) {
    std::string item_key = child(key) + "." + std::string(name.str());
    context_.config.locations[item_key] = context_.where(value.source());
    auto text = stringify ? scalar_text(value) : std::optional<std::string>();
    if (!stringify && value.is_string()) text = value.as_string()->get();
    if (!text)
      return config_error(context_.where(value.source()), item_key,
                          stringify ? "a string, number or boolean" : "a string", describe(value));
    values[std::string(name.str())] = *text;
  }
  return values;
}

Result<std::optional<Duration>> TableReader::duration(std::string_view key, Duration integer_unit) {
  const toml::node* node = find(key);
  if (!node) return std::optional<Duration>();
  const std::string expected = "a duration such as \"10s\" or \"1m30s\"";
  if (node->is_string()) {
    const std::string& text = node->as_string()->get();
    if (text.empty()) return std::optional<Duration>();  // flyctl ignores empty durations
    auto parsed = parse_go_duration(text);
    if (!parsed || parsed->count() < 0) return type_error(key, *node, expected);
    return std::optional<Duration>(*parsed);
  }
  if (node->is_integer() || node->is_floating_point()) {
    // Go converts the number to a Duration (truncating floats) before scaling it.
    double number = node->is_integer() ? static_cast<double>(node->as_integer()->get())
                                       : node->as_floating_point()->get();
    if (!std::isfinite(number) || number < 0 ||
        number > 9e18 / static_cast<double>(integer_unit.count()))
      return type_error(key, *node, expected);
    return std::optional<Duration>(static_cast<std::int64_t>(number) * integer_unit);
  }
  return type_error(key, *node, expected);
}

Result<std::optional<std::string>> TableReader::size_text(std::string_view key) {
  const toml::node* node = find(key);
  if (!node) return std::optional<std::string>();
  if (node->is_string()) return std::optional<std::string>(node->as_string()->get());
  if (node->is_integer())
    return std::optional<std::string>(std::to_string(node->as_integer()->get()));
  return type_error(key, *node, "a size such as \"1gb\" or \"512mb\"");
}

Result<const toml::table*> TableReader::subtable(std::string_view key) {
  const toml::node* node = find(key);
  if (!node) return static_cast<const toml::table*>(nullptr);
  if (!node->is_table()) return type_error(key, *node, "a table");
  return node->as_table();
}

Result<std::vector<TableRef>> TableReader::tables(std::string_view key) {
  std::vector<TableRef> refs;
  const toml::node* node = find(key);
  if (!node) return refs;
  if (node->is_table()) {
    refs.push_back({node->as_table(), child(key)});
    return refs;
  }
  if (!node->is_array()) return type_error(key, *node, "a table or an array of tables");
  const auto& array = *node->as_array();
  for (std::size_t i = 0; i < array.size(); ++i) {
    std::string item_key = child(key) + "[" + std::to_string(i) + "]";
    if (!array[i].is_table())
      return config_error(context_.where(array[i].source()), item_key, "a table",
                          describe(array[i]));
    refs.push_back({array[i].as_table(), item_key});
  }
  return refs;
}

}  // namespace raxol::fly::detail
