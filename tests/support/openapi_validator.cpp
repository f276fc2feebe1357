#include "support/openapi_validator.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "util/strings.h"

namespace raxol::test {

using nlohmann::json;

namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> segments;
  size_t start = 0;
  while (start < path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > start) segments.emplace_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return segments;
}

std::string url_decode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += text[i] == '+' ? ' ' : text[i];
    }
  }
  return out;
}

std::string type_name(const json& value) {
  if (value.is_number_integer()) return "integer";
  if (value.is_number()) return "number";
  return value.type_name();
}

// A schema with allOf folded in: its type, declared properties and additionalProperties.
struct Flat {
  std::string type;
  json properties = json::object();
  const json* additional = nullptr;
  const json* items = nullptr;
};

json read_spec(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

}  // namespace

OpenApiValidator::OpenApiValidator(const std::filesystem::path& spec_file, OpenApiOptions options)
    : OpenApiValidator(read_spec(spec_file), options) {}

OpenApiValidator::OpenApiValidator(json spec, OpenApiOptions options)
    : spec_(std::move(spec)), options_(options) {
  if (spec_.contains("servers") && !spec_["servers"].empty()) {
    std::string url = spec_["servers"][0].value("url", "");
    auto scheme = url.find("://");
    auto slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    if (slash != std::string::npos) server_prefix_ = url.substr(slash);
    while (!server_prefix_.empty() && server_prefix_.back() == '/') server_prefix_.pop_back();
  }
}

const json& OpenApiValidator::resolve(const json& schema) const {
  const json* current = &schema;
  for (int depth = 0; depth < 32 && current->is_object() && current->contains("$ref"); ++depth) {
    std::string ref = (*current)["$ref"];
    if (ref.rfind("#/", 0) != 0) break;
    current = &spec_.at(json::json_pointer(ref.substr(1)));
  }
  return *current;
}

OpenApiValidator::Operation OpenApiValidator::find_operation(const std::string& method,
                                                             const std::string& path,
                                                             std::string& problem) const {
  const auto segments = split_path(path);
  // Among matching templates, more literal segments win ("/certificates/acme" over
  // "/certificates/{hostname}"); the first of those that has the method is the operation.
  std::vector<std::pair<int, std::string>> candidates;
  for (const auto& [template_path, item] : spec_["paths"].items()) {
    const auto parts = split_path(template_path);
    if (parts.size() != segments.size()) continue;
    int literals = 0;
    bool match = true;
    for (size_t i = 0; i < parts.size() && match; ++i) {
      if (parts[i].front() == '{' && parts[i].back() == '}') continue;
      match = parts[i] == segments[i];
      ++literals;
    }
    if (match) candidates.emplace_back(-literals, template_path);
  }
  std::sort(candidates.begin(), candidates.end());
  if (candidates.empty()) {
    problem = "no path in the spec matches " + path;
    return {};
  }
  for (const auto& [score, template_path] : candidates) {
    const auto& item = spec_["paths"][template_path];
    if (item.contains(lower(method))) return {template_path, &item[lower(method)], &item};
  }
  problem = method + " is not an operation of " + candidates.front().second;
  return {};
}

bool OpenApiValidator::flyctl_query_allowed(const std::string& method,
                                            const std::string& template_path,
                                            const std::string& name) const {
  if (!options_.allow_flyctl_forms) return false;
  const std::string machine = "/apps/{app_name}/machines/{machine_id}";
  return (method == "POST" && template_path == machine + "/lease" && name == "ttl") ||
         (method == "DELETE" && template_path == machine && name == "kill") ||
         (method == "POST" && template_path == machine + "/restart" && name == "force_stop") ||
         (method == "POST" && template_path == "/apps" && name == "wait") ||
         (method == "GET" && template_path == "/apps/{app_name}/secrets" && name == "version");
}

std::vector<std::string> OpenApiValidator::validate(std::string_view method_view,
                                                    std::string_view path_view,
                                                    std::string_view query,
                                                    std::string_view body) const {
  std::vector<std::string> violations;
  std::string method(method_view);
  std::string path(path_view);
  if (auto scheme = path.find("://"); scheme != std::string::npos)
    path = path.substr(std::min(path.size(), path.find('/', scheme + 3)));
  if (auto question = path.find('?'); question != std::string::npos) path.resize(question);
  if (!server_prefix_.empty() &&
      (path == server_prefix_ || path.rfind(server_prefix_ + "/", 0) == 0))
    path = path.substr(server_prefix_.size());

  std::string problem;
  Operation found = find_operation(method, path, problem);
  if (found.operation == nullptr) return {method + " " + std::string(path_view) + ": " + problem};
  const std::string where = method + " " + found.template_path;
  const json& operation = *found.operation;

  // Query parameters: declared by the operation or its path item.
  std::vector<std::string> declared;
  for (const json* holder : {found.operation, found.path_item})
    if (holder->contains("parameters"))
      for (const auto& parameter : (*holder)["parameters"]) {
        const json& resolved = resolve(parameter);
        if (resolved.value("in", "") == "query") declared.push_back(resolved.value("name", ""));
      }
  size_t start = 0;
  while (start < query.size()) {
    size_t amp = query.find('&', start);
    if (amp == std::string_view::npos) amp = query.size();
    std::string_view pair = query.substr(start, amp - start);
    std::string name = url_decode(pair.substr(0, pair.find('=')));
    if (!name.empty() && std::find(declared.begin(), declared.end(), name) == declared.end() &&
        !flyctl_query_allowed(method, found.template_path, name))
      violations.push_back(where + ": query parameter \"" + name + "\" is not declared");
    start = amp + 1;
  }

  // The body.
  const bool empty_body = body.find_first_not_of(" \t\r\n") == std::string_view::npos;
  if (!operation.contains("requestBody")) {
    if (!empty_body && body != "{}" && body != "null")
      violations.push_back(where + ": the operation takes no request body");
    return violations;
  }
  const json& request_body = resolve(operation["requestBody"]);
  if (empty_body) {
    bool flyctl_lease = options_.allow_flyctl_forms && method == "POST" &&
                        found.template_path.size() > 6 &&
                        found.template_path.substr(found.template_path.size() - 6) == "/lease";
    if (request_body.value("required", false) && !flyctl_lease)
      violations.push_back(where + ": a request body is required");
    return violations;
  }
  json parsed = json::parse(body, nullptr, false);
  if (parsed.is_discarded()) {
    violations.push_back(where + ": the body is not JSON");
    return violations;
  }
  const json* schema = nullptr;
  if (request_body.contains("content") && request_body["content"].contains("application/json"))
    schema = &request_body["content"]["application/json"]["schema"];
  if (schema == nullptr) return violations;
  if (options_.allow_flyctl_forms && method == "POST" && found.template_path == "/apps" &&
      parsed.is_object())
    parsed.erase("app_role_id");
  check_value(*schema, parsed, where + ": body", violations);
  return violations;
}

void OpenApiValidator::check_value(const json& raw_schema, const json& value,
                                   const std::string& where,
                                   std::vector<std::string>& violations) const {
  if (value.is_null()) return;
  Flat flat;
  std::function<void(const json&)> fold = [&](const json& part) {
    const json& schema = resolve(part);
    if (!schema.is_object()) return;
    if (schema.contains("type") && flat.type.empty()) flat.type = schema["type"];
    if (schema.contains("properties"))
      for (const auto& [name, property] : schema["properties"].items())
        flat.properties[name] = property;
    if (schema.contains("additionalProperties")) flat.additional = &schema["additionalProperties"];
    if (schema.contains("items")) flat.items = &schema["items"];
    if (schema.contains("allOf"))
      for (const auto& sub : schema["allOf"]) fold(sub);
  };
  fold(raw_schema);
  if (flat.type.empty() && !flat.properties.empty()) flat.type = "object";

  const std::string& type = flat.type;
  bool ok = type.empty() || (type == "string" && value.is_string()) ||
            (type == "integer" && value.is_number_integer()) ||
            (type == "number" && value.is_number()) || (type == "boolean" && value.is_boolean()) ||
            (type == "array" && value.is_array()) || (type == "object" && value.is_object());
  if (!ok) {
    violations.push_back(where + ": expected " + type + ", got " + type_name(value));
    return;
  }
  if (value.is_array() && flat.items != nullptr) {
    for (size_t i = 0; i < value.size(); ++i)
      check_value(*flat.items, value[i], where + "[" + std::to_string(i) + "]", violations);
  }
  if (!value.is_object()) return;
  for (const auto& [name, field] : value.items()) {
    const std::string field_where = where + "." + name;
    if (flat.properties.contains(name)) {
      // §1.2: flyctl sends autostop as true/false for stop/off.
      if (name == "autostop" && field.is_boolean()) continue;
      check_value(flat.properties[name], field, field_where, violations);
    } else if (flat.additional != nullptr && flat.additional->is_object()) {
      check_value(*flat.additional, field, field_where, violations);
    } else if (flat.additional != nullptr && flat.additional->is_boolean()) {
      if (!flat.additional->get<bool>()) violations.push_back(field_where + ": unknown field");
    } else if (!flat.properties.empty()) {
      violations.push_back(field_where + ": unknown field");
    }
  }
}

}  // namespace raxol::test
