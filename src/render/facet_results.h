// How the facets' results look (logs, exec, secrets, certificates): --json documents and text.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "raxol/facets.h"
#include "raxol/target_spec.h"
#include "raxol/ui.h"

namespace raxol {

// One log line: a compact JSON object under --json (JSON lines, so a stream can be piped),
// "TIME SOURCE REGION [LEVEL] MESSAGE" otherwise.
void print_log_entry(Ui& ui, const LogEntry& entry);

nlohmann::json exec_json(const std::string& target, const ExecResult& result);
// The remote stdout on stdout, its stderr on stderr, as they are.
void print_exec(Ui& ui, const ExecResult& result);

nlohmann::json secrets_outcome_json(const TargetSpec& spec, const SecretsOutcome& outcome);
// "set A, B on fly (deployed in release v3)".
std::string secrets_outcome_text(const TargetSpec& spec, const std::string& verb,
                                 const SecretsOutcome& outcome);
nlohmann::json secret_list_json(const TargetSpec& spec, const std::vector<SecretInfo>& secrets);
void print_secret_list(Ui& ui, const TargetSpec& spec, const std::vector<SecretInfo>& secrets);

// The certificate as one target shows it (with "target").
nlohmann::json certificate_json(const std::string& target, const CertificateInfo& info);
void print_certificate(Ui& ui, const std::string& target, const CertificateInfo& info);
nlohmann::json certificate_list_json(const std::string& target,
                                     const std::vector<CertificateInfo>& certificates);
void print_certificate_list(Ui& ui, const std::string& target,
                            const std::vector<CertificateInfo>& certificates);

}  // namespace raxol
