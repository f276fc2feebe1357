#include "render/facet_results.h"

#include "render/table.h"
#include "util/strings.h"

namespace raxol {

namespace {
nlohmann::json certificate_fields(const CertificateInfo& info) {
  nlohmann::json records = nlohmann::json::array();
  for (const auto& record : info.dns_records)
    records.push_back({{"type", record.type}, {"name", record.name}, {"value", record.value},
                       {"purpose", record.purpose}});
  return {{"hostname", info.hostname}, {"status", info.status},   {"issued", info.issued},
          {"expires_at", info.expires_at}, {"dns_records", records}, {"details", info.details}};
}
}  // namespace

void print_log_entry(Ui& ui, const LogEntry& entry) {
  if (ui.json_mode()) {
    ui.print_text(nlohmann::json{{"timestamp", entry.timestamp},
                                 {"source", entry.source},
                                 {"region", entry.region},
                                 {"level", entry.level},
                                 {"message", entry.message}}
                      .dump());
    return;
  }
  ui.print_text(ui.style(entry.timestamp, Style::dim) + " " + entry.source + " " + entry.region +
                " [" + entry.level + "] " + entry.message);
}

nlohmann::json exec_json(const std::string& target, const ExecResult& result) {
  return {{"target", target},           {"machine", result.source}, {"exit_code", result.exit_code},
          {"stdout", result.out}, {"stderr", result.err}};
}

void print_exec(Ui& ui, const ExecResult& result) {
  if (!result.out.empty()) ui.print_text(result.out);
  if (!result.err.empty()) ui.info(result.err);
}

nlohmann::json secrets_outcome_json(const TargetSpec& spec, const SecretsOutcome& outcome) {
  return {{"target", spec.name},          {"kind", spec.kind},
          {"names", outcome.names},       {"applied", outcome.applied},
          {"release", outcome.release},   {"details", outcome.details}};
}

std::string secrets_outcome_text(const TargetSpec& spec, const std::string& verb,
                                 const SecretsOutcome& outcome) {
  const std::string names = join(outcome.names, ", ");
  std::string how = outcome.applied;
  if (outcome.applied == "staged")
    how = "staged: running instances use them after the next deploy";
  else if (outcome.applied == "deployed")
    how = "deployed" + (outcome.release.empty() ? std::string() : " in release " + outcome.release);
  return verb + (names.empty() ? "" : " " + names) + " on " + spec.name + " (" + how + ")";
}

nlohmann::json secret_list_json(const TargetSpec& spec, const std::vector<SecretInfo>& secrets) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& secret : secrets)
    list.push_back({{"name", secret.name}, {"digest", secret.digest}, {"scope", secret.scope},
                    {"status", secret.status}, {"created_at", secret.created_at},
                    {"updated_at", secret.updated_at}});
  return {{"target", spec.name}, {"secrets", list}};
}

void print_secret_list(Ui& ui, const TargetSpec& spec, const std::vector<SecretInfo>& secrets) {
  if (secrets.empty()) {
    ui.info(spec.name + " has no secrets");
    return;
  }
  std::vector<TableRow> rows;
  for (const auto& secret : secrets)
    rows.push_back({secret.name, secret.digest.substr(0, 16), secret.scope,
                    secret.status.empty() ? "-" : secret.status, secret.updated_at});
  ui.print_text(render_table({"name", "digest", "scope", "status", "updated"}, rows));
}

nlohmann::json certificate_json(const std::string& target, const CertificateInfo& info) {
  nlohmann::json json = certificate_fields(info);
  json["target"] = target;
  return json;
}

void print_certificate(Ui& ui, const std::string& target, const CertificateInfo& info) {
  std::string text = info.hostname + " on " + target + ": " +
                     ui.style(info.status, info.issued ? Style::green : Style::yellow);
  if (!info.expires_at.empty()) text += " (expires " + info.expires_at + ")";
  text += "\n";
  if (!info.dns_records.empty()) {
    std::vector<TableRow> rows;
    for (const auto& record : info.dns_records)
      rows.push_back({record.type, record.name, record.value, record.purpose});
    text += "\nSet these DNS records:\n" + render_table({"type", "name", "value", "purpose"}, rows);
  }
  ui.print_text(text);
}

nlohmann::json certificate_list_json(const std::string& target,
                                     const std::vector<CertificateInfo>& certificates) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& info : certificates) list.push_back(certificate_fields(info));
  return {{"target", target}, {"certificates", list}};
}

void print_certificate_list(Ui& ui, const std::string& target,
                            const std::vector<CertificateInfo>& certificates) {
  std::vector<TableRow> rows;
  for (const auto& info : certificates)
    rows.push_back({info.hostname, info.status, info.expires_at.empty() ? "-" : info.expires_at});
  ui.print_text(rows.empty() ? target + " has no custom domains\n"
                             : render_table({"hostname", "status", "expires"}, rows));
}

}  // namespace raxol
