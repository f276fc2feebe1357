// `raxol-deploy certs add|show|check|list|remove TARGET [DOMAIN]`: custom domains and their
// certificates through the target's CertificatesFacet; `add` prints the DNS records to set.
#include "commands/commands.h"
#include "commands/facet_target.h"
#include "raxol/facets.h"
#include "render/facet_results.h"
#include "render/show.h"

namespace raxol {

namespace {

using OpenedCerts = OpenedFacet<CertificatesFacet>;

Result<OpenedCerts> open_certs(Context& context, const OptionValues& values,
                               const std::string& command) {
  return open_target_facet(context, values.text("target"), command, &Target::certificates,
                           "custom domains are");
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

Status run_certs_remove(Context& context, const OptionValues& values, AuditFacts& facts) {
  const std::string hostname = values.text("hostname");
  RAXOL_ASSIGN_OR_RETURN(auto opened, open_certs(context, values, "certs remove"));
  if (!context.options.yes &&
      !context.ui.confirm("Remove " + hostname + " from " + opened.spec.name + "?"))
    return make_error(ErrorKind::usage, "not confirmed (pass --yes to skip the question)");
  AuditEntry& fact = facts.add(opened.spec.name, opened.spec.kind);
  fact.details["hostname"] = hostname;
  RAXOL_TRY(opened.facet->remove_certificate(hostname));
  fact.result = "removed";
  show_result(context.ui, {{"target", opened.spec.name}, {"hostname", hostname}, {"removed", true}},
              [&] { context.ui.success("removed " + hostname + " from " + opened.spec.name); });
  return {};
}

// add, show and check: one certificate, optionally waited for.
Status run_certs_with_host(Context& context, const OptionValues& values, AuditFacts& facts,
                     const std::string& verb) {
  const std::string hostname = values.text("hostname");
  RAXOL_ASSIGN_OR_RETURN(auto opened, open_certs(context, values, "certs " + verb));
  AuditEntry* fact = nullptr;
  if (verb == "add") {
    fact = &facts.add(opened.spec.name, opened.spec.kind);
    fact->details["hostname"] = hostname;
  }
  Result<CertificateInfo> info = verb == "add"     ? opened.facet->add_certificate(hostname)
                                 : verb == "check" ? opened.facet->check_certificate(hostname)
                                                   : opened.facet->show_certificate(hostname);
  RAXOL_TRY(info);
  if (fact != nullptr) fact->result = info->status;
  const std::string& target = opened.spec.name;
  if (values.flag("wait") && !info->issued) {
    if (!context.ui.json_mode()) print_certificate(context.ui, target, *info);
    RAXOL_ASSIGN_OR_RETURN(info, wait_for_certificate(context, *opened.facet, hostname,
                                                      *values.duration("wait-timeout")));
    show_result(context.ui, certificate_json(target, *info),
                [&] { context.ui.success("certificate for " + hostname + " issued"); });
    return {};
  }
  show_result(context.ui, certificate_json(target, *info),
              [&] { print_certificate(context.ui, target, *info); });
  return {};
}

Status run_certs_list(Context& context, const OptionValues& values, AuditFacts&) {
  RAXOL_ASSIGN_OR_RETURN(auto opened, open_certs(context, values, "certs list"));
  RAXOL_ASSIGN_OR_RETURN(auto certificates, opened.facet->list_certificates());
  show_result(context.ui, certificate_list_json(opened.spec.name, certificates),
              [&] { print_certificate_list(context.ui, opened.spec.name, certificates); });
  return {};
}

CommandSpec certs_command(const std::string& verb, std::string summary) {
  CommandSpec spec;
  spec.path = {"certs", verb};
  spec.summary = std::move(summary);
  spec.arguments = {target_argument().as_required()};
  if (verb == "list") {
    spec.run = run_certs_list;
    return spec;
  }
  spec.arguments.push_back(
      CommandOption{"hostname", OptionType::text, "The custom domain, e.g. raxol.io"}.as_required());
  if (verb == "remove") {
    spec.run = run_certs_remove;
    return spec;
  }
  spec.options = {
      {"wait", OptionType::flag, "Wait until the certificate is issued"},
      CommandOption{"wait-timeout", OptionType::duration, "How long --wait waits (default 5m)"}
          .with_default("5m"),
  };
  spec.run = [verb](Context& context, const OptionValues& values, AuditFacts& facts) {
    return run_certs_with_host(context, values, facts, verb);
  };
  return spec;
}

}  // namespace

std::vector<CommandSpec> certs_commands() {
  CommandSpec add = certs_command(
      "add", "Add a custom domain; prints the DNS records to set (--wait for issuance)");
  add.mutating = true;
  CommandSpec remove = certs_command("remove", "Remove a custom domain and its certificate");
  remove.mutating = true;
  remove.destructive = true;
  return {
      add,
      certs_command("show", "Show a domain's certificate and the DNS records it needs"),
      certs_command("check", "Ask the platform to check DNS and the certificate again"),
      certs_command("list", "List the target's custom domains"),
      remove,
  };
}

}  // namespace raxol
