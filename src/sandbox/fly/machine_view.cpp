#include "sandbox/fly/machine_view.h"

#include "sandbox/fly/fly_state.h"
#include "sandbox/fly/ids.h"
#include "util/digest.h"
#include "util/json_fields.h"
#include "util/time_format.h"

namespace raxol::sandbox::fly {

namespace {

struct CheckSpec {
  std::string name;
  std::string type;
  int port = 0;
  std::string path;
};

std::vector<CheckSpec> configured_checks(const json& config) {
  std::vector<CheckSpec> specs;
  if (!config.is_object()) return specs;
  if (config.contains("checks") && config["checks"].is_object())
    for (const auto& [name, check] : config["checks"].items())
      if (check.is_object())
        specs.push_back(
            {name, check.value("type", "http"), check.value("port", 0), check.value("path", "")});
  if (config.contains("services") && config["services"].is_array()) {
    for (const auto& service : config["services"]) {
      if (!service.is_object() || !service.contains("checks") || !service["checks"].is_array())
        continue;
      int index = 0;
      for (const auto& check : service["checks"]) {
        if (!check.is_object()) continue;
        std::string type = string_field(check, "type", "tcp");
        int port = static_cast<int>(int_field(check, "port", int_field(service, "internal_port")));
        char name[96];
        // flyd names service checks "servicecheck-00-http-8080".
        std::snprintf(name, sizeof name, "servicecheck-%02d-%s-%d", index++, type.c_str(), port);
        specs.push_back({name, type, port, string_field(check, "path", "/")});
      }
    }
  }
  return specs;
}

}  // namespace

json check_statuses(const json& record, int64_t now) {
  json statuses = json::array();
  const bool started = record["machine"].value("state", "") == "started";
  const int64_t pass_at = record.value("checks_pass_ms", int64_t{0});
  const bool critical = record.value("checks_critical", false);
  for (const auto& spec : configured_checks(record["machine"]["config"])) {
    std::string target = spec.type == "http"
                             ? "GET http://[" + record["machine"].value("private_ip", "") +
                                   "]:" + std::to_string(spec.port) + spec.path
                             : "tcp :" + std::to_string(spec.port);
    std::string status, output;
    // Before the first start, the check has existed since the machine was created.
    int64_t updated = record.value("started_ms", int64_t{0});
    if (updated == 0) updated = record.value("created_ms", int64_t{0});
    if (!started) {
      status = "warning";
      output = "the machine is not started";
    } else if (critical) {
      status = "critical";
      output = target + ": connection refused (sandbox: failing_check_images)";
    } else if (now < pass_at) {
      status = "warning";
      output = "waiting for status update";
    } else {
      status = "passing";
      output = spec.type == "http" ? target + ": 200 OK" : target + ": connection succeeded";
      updated = pass_at;
    }
    statuses.push_back({{"name", spec.name},
                        {"status", status},
                        {"output", output},
                        {"updated_at", format_rfc3339_ms(updated)}});
  }
  return statuses;
}

ImageReference parse_image_reference(const std::string& image) {
  ImageReference reference;
  std::string rest = image;
  reference.registry = "docker-hub-mirror.fly.io";
  auto slash = rest.find('/');
  if (slash != std::string::npos) {
    std::string first = rest.substr(0, slash);
    if (first.find('.') != std::string::npos || first.find(':') != std::string::npos ||
        first == "localhost") {
      reference.registry = first;
      rest = rest.substr(slash + 1);
    }
  }
  if (auto at = rest.find('@'); at != std::string::npos) {
    reference.digest = rest.substr(at + 1);
    rest = rest.substr(0, at);
  }
  auto colon = rest.rfind(':');
  if (colon != std::string::npos && rest.find('/', colon) == std::string::npos) {
    reference.tag = rest.substr(colon + 1);
    rest = rest.substr(0, colon);
  }
  if (reference.registry == "docker-hub-mirror.fly.io" && rest.find('/') == std::string::npos)
    rest = "library/" + rest;
  reference.repository = rest;
  return reference;
}

json image_ref_of(const std::string& image, const std::string& digest) {
  const ImageReference reference = parse_image_reference(image);
  return {{"registry", reference.registry},
          {"repository", reference.repository},
          {"tag", reference.tag.empty() ? "latest" : reference.tag},
          {"digest", !digest.empty()             ? digest
                     : !reference.digest.empty() ? reference.digest
                                                 : sha256_digest(image)},
          {"labels", json::object()}};
}

json machine_view(const json& record, int64_t now, bool summary) {
  json view = record["machine"];
  const auto& config = view["config"];
  view["image_ref"] =
      image_ref_of(string_field(config, "image"), string_field(record, "image_digest"));
  if (summary) {
    view.erase("config");
    return view;
  }
  json events = json::array();
  for (auto it = record["events"].rbegin(); it != record["events"].rend(); ++it)
    events.push_back(*it);
  view["events"] = std::move(events);
  view["host_status"] = "ok";
  json checks = check_statuses(record, now);
  if (!checks.empty()) view["checks"] = std::move(checks);
  return view;
}

}  // namespace raxol::sandbox::fly
