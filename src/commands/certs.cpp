// `raxol-deploy certs add|show|check|list|remove TARGET [DOMAIN]`: custom domains and their
// certificates through the target's CertificatesFacet; `add` prints the DNS records to set.
#include <nlohmann/json.hpp>

#include "render/table.h"
#include "commands/commands.h"
#include "commands/facet_target.h"
#include "commands/options.h"
#include "core/audit.h"
#include "raxol/facets.h"

namespace raxol {

namespace {

struct CertsOptions {
  std::string target;
  std::string hostname;
  bool wait = false;
  std::string wait_timeout = "5m";
};

using OpenedCerts = OpenedFacet<CertificatesFacet>;

Result<OpenedCerts> open_certs(Context& context, const std::string& name,
                               const std::string& command) {
  return open_target_facet(context, name, command, &Target::certificates,
                           "custom domains are");
}

nlohmann::json certificate_json(const CertificateInfo& info) {
  nlohmann::json records = nlohmann::json::array();
  for (const auto& record : info.dns_records)
    records.push_back({{"type", record.type}, {"name", record.name}, {"value", record.value},
                       {"purpose", record.purpose}});
  return {{"hostname", info.hostname}, {"status", info.status},   {"issued", info.issued},
          {"expires_at", info.expires_at}, {"dns_records", records}, {"details", info.details}};
}

void print_certificate(Context& context, const std::string& target, const CertificateInfo& info) {
  if (context.ui.json_mode()) {
    nlohmann::json json = certificate_json(info);
    json["target"] = target;
    context.ui.print_json(json);
    return;
  }
  std::string text = info.hostname + " on " + target + ": " +
                     context.ui.style(info.status, info.issued ? Style::green : Style::yellow);
  if (!info.expires_at.empty()) text += " (expires " + info.expires_at + ")";
  text += "\n";
  if (!info.dns_records.empty()) {
    std::vector<TableRow> rows;
    for (const auto& record : info.dns_records)
      rows.push_back({record.type, record.name, record.value, record.purpose});
    text += "\nSet these DNS records:\n" + render_table({"type", "name", "value", "purpose"}, rows);
  }
  context.ui.print_text(text);
}

// Re-checks until the certificate is issued or `timeout` passes.
Result<CertificateInfo> wait_for_certificate(Context& context, CertificatesFacet& facet,
                                             const std::string& hostname,
                                             std::chrono::seconds timeout) {
  const auto deadline = context.clock.steady_now() + timeout;
  context.ui.step("Waiting for the certificate of " + hostname);
  while (true) {
    RAXOL_ASSIGN_OR_RETURN(CertificateInfo info, facet.check_certificate(hostname));
    if (info.issued) return info;
    if (info.status == "failed")
      return make_error(ErrorKind::failed, "the certificate for " + hostname + " failed");
    if (context.cancel.requested()) return make_error(ErrorKind::interrupted, "interrupted");
    if (context.clock.steady_now() >= deadline)
      return make_error(ErrorKind::timeout,
                        "the certificate for " + hostname + " is still " + info.status +
                            " after " + std::to_string(timeout.count()) +
                            "s; check the DNS records (raxol-deploy certs show)");
    context.clock.sleep_for(std::chrono::milliseconds(1000));
  }
}

void audit(Context& context, const OpenedCerts& opened, const std::string& action,
           const std::string& hostname, const std::string& result, const std::string& error) {
  AuditEntry entry;
  entry.action = action;
  entry.target = opened.spec.name;
  entry.kind = opened.spec.kind;
  entry.result = result;
  entry.error = error;
  entry.details["hostname"] = hostname;
  record_audit(context, entry);
}

CommandRunner define_with_host(CLI::App& app, const std::string& verb) {
  auto options = std::make_shared<CertsOptions>();
  app.add_option("target", options->target, "Target (fly, pages, gh-pages...)")->required();
  app.add_option("hostname", options->hostname, "The custom domain, e.g. raxol.io")->required();
  if (verb != "remove") {
    app.add_flag("--wait", options->wait, "Wait until the certificate is issued");
    app.add_option("--wait-timeout", options->wait_timeout, "How long --wait waits (default 5m)");
  }
  return [options, verb](Context& context) -> Status {
    RAXOL_ASSIGN_OR_RETURN(auto opened, open_certs(context, options->target, "certs " + verb));
    if (verb == "remove") {
      if (!context.options.yes &&
          !context.ui.confirm("Remove " + options->hostname + " from " + opened.spec.name + "?"))
        return make_error(ErrorKind::usage, "not confirmed (pass --yes to skip the question)");
      Status removed = opened.facet->remove_certificate(options->hostname);
      audit(context, opened, "certs remove", options->hostname, removed.ok() ? "removed" : "failed",
            removed.ok() ? "" : removed.error().message);
      RAXOL_TRY(removed);
      if (context.ui.json_mode())
        context.ui.print_json({{"target", opened.spec.name}, {"hostname", options->hostname},
                               {"removed", true}});
      else
        context.ui.success("removed " + options->hostname + " from " + opened.spec.name);
      return {};
    }
    Result<CertificateInfo> info =
        verb == "add"     ? opened.facet->add_certificate(options->hostname)
        : verb == "check" ? opened.facet->check_certificate(options->hostname)
                          : opened.facet->show_certificate(options->hostname);
    if (verb == "add")
      audit(context, opened, "certs add", options->hostname, info.ok() ? info->status : "failed",
            info.ok() ? "" : info.error().message);
    RAXOL_TRY(info);
    if (options->wait && !info->issued) {
      if (!context.ui.json_mode()) print_certificate(context, opened.spec.name, *info);
      RAXOL_ASSIGN_OR_RETURN(auto timeout,
                             parse_duration_option("--wait-timeout", options->wait_timeout));
      RAXOL_ASSIGN_OR_RETURN(info, wait_for_certificate(context, *opened.facet,
                                                        options->hostname, timeout));
      if (!context.ui.json_mode()) {
        context.ui.success("certificate for " + options->hostname + " issued");
        return {};
      }
    }
    print_certificate(context, opened.spec.name, *info);
    return {};
  };
}

CommandRunner define_list(CLI::App& app) {
  auto target = std::make_shared<std::string>();
  app.add_option("target", *target, "Target (fly, pages, gh-pages...)")->required();
  return [target](Context& context) -> Status {
    RAXOL_ASSIGN_OR_RETURN(auto opened, open_certs(context, *target, "certs list"));
    RAXOL_ASSIGN_OR_RETURN(auto certificates, opened.facet->list_certificates());
    if (context.ui.json_mode()) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& info : certificates) list.push_back(certificate_json(info));
      context.ui.print_json({{"target", opened.spec.name}, {"certificates", list}});
      return {};
    }
    std::vector<TableRow> rows;
    for (const auto& info : certificates)
      rows.push_back({info.hostname, info.status, info.expires_at.empty() ? "-" : info.expires_at});
    context.ui.print_text(rows.empty() ? opened.spec.name + " has no custom domains\n"
                                       : render_table({"hostname", "status", "expires"}, rows));
    return {};
  };
}

}  // namespace

std::vector<CommandSpec> certs_commands() {
  auto with = [](std::string verb) {
    return [verb](CLI::App& app) { return define_with_host(app, verb); };
  };
  return {
      {{"certs", "add"}, "Add a custom domain; prints the DNS records to set (--wait for issuance)",
       with("add"), true, false},
      {{"certs", "show"}, "Show a domain's certificate and the DNS records it needs", with("show"),
       false, false},
      {{"certs", "check"}, "Ask the platform to check DNS and the certificate again", with("check"),
       false, false},
      {{"certs", "list"}, "List the target's custom domains", define_list, false, false},
      {{"certs", "remove"}, "Remove a custom domain and its certificate", with("remove"), true,
       true},
  };
}

}  // namespace raxol
