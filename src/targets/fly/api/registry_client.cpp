#include "targets/fly/api/registry_client.h"

#include "net/url_encode.h"
#include "targets/fly/build/builder_argv.h"
#include "util/base64.h"
#include "util/strings.h"

namespace raxol::fly {

const char* const kManifestAccept =
    "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, "
    "application/vnd.docker.distribution.manifest.v2+json, "
    "application/vnd.docker.distribution.manifest.list.v2+json";

namespace {

// The distribution spec's envelope: {"errors": [{"code", "message", "detail"}]}.
ApiFailure read_distribution_failure(const ApiAnswer& answer) {
  ApiFailure failure;
  if (answer.body.is_object() && answer.body.contains("errors") &&
      answer.body["errors"].is_array() && !answer.body["errors"].empty()) {
    const auto& first = answer.body["errors"][0];
    const std::string code = first.value("code", std::string());
    const std::string message = first.value("message", std::string());
    failure.message = code.empty() ? message : code + ": " + message;
  }
  return failure;
}

ErrorPolicy registry_policy() {
  ErrorPolicy policy;
  policy.service = "Fly registry";
  policy.read_failure = read_distribution_failure;
  policy.auth_hint =
      "check FLY_API_TOKEN (or FLY_ACCESS_TOKEN): the registry takes it as the "
      "password of user x";
  return policy;
}

std::uint64_t descriptor_sizes(const nlohmann::json& manifest) {
  std::uint64_t size = 0;
  auto add = [&](const nlohmann::json& descriptor) {
    if (descriptor.is_object() && descriptor.contains("size") &&
        descriptor["size"].is_number_unsigned())
      size += descriptor["size"].get<std::uint64_t>();
  };
  if (manifest.contains("config")) add(manifest["config"]);
  for (const char* list : {"layers", "manifests"})
    if (manifest.contains(list) && manifest[list].is_array())
      for (const auto& descriptor : manifest[list]) add(descriptor);
  return size;
}

// What the headers of a manifest answer say (HEAD and GET alike).
ManifestInfo described(const ApiAnswer& answer) {
  ManifestInfo info;
  info.digest = answer.header("Docker-Content-Digest").value_or("");
  info.media_type = answer.header("Content-Type").value_or("");
  return info;
}

}  // namespace

std::optional<std::map<std::string, std::string>> parse_challenge(const std::string& header) {
  auto space = header.find(' ');
  if (space == std::string::npos) return std::nullopt;
  std::map<std::string, std::string> fields{{"scheme", lower(header.substr(0, space))}};
  size_t at = space + 1;
  while (at < header.size()) {
    while (at < header.size() && (header[at] == ' ' || header[at] == ',')) ++at;
    auto eq = header.find('=', at);
    if (eq == std::string::npos) break;
    std::string key = lower(trim(header.substr(at, eq - at)));
    std::string value;
    at = eq + 1;
    if (at < header.size() && header[at] == '"') {
      auto close = header.find('"', at + 1);
      if (close == std::string::npos) return std::nullopt;
      value = header.substr(at + 1, close - at - 1);
      at = close + 1;
    } else {
      auto comma = header.find(',', at);
      value = trim(header.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
      at = comma == std::string::npos ? header.size() : comma;
    }
    fields[key] = value;
  }
  return fields;
}

RegistryClient::RegistryClient(HttpClient& http, std::string host, std::string token,
                               Redactor& redactor)
    : host_(std::move(host)),
      token_(std::move(token)),
      redactor_(redactor),
      api_(http, registry_policy(), {}) {}

std::string RegistryClient::base_url() const {
  return (insecure_registry(host_) ? "http://" : "https://") + host_;
}

Status RegistryClient::authenticate(const std::string& challenge, const std::string& repository) {
  auto fields = parse_challenge(challenge);
  const std::string basic = "Basic " + base64_encode("x:" + token_);
  if (!fields || (*fields)["scheme"] == "basic") {
    authorization_ = basic;
    return {};
  }
  if ((*fields)["scheme"] != "bearer" || fields->count("realm") == 0)
    return make_error(ErrorKind::api,
                      "Fly registry: cannot answer the challenge '" + first_line(challenge) + "'");
  std::string url = (*fields)["realm"] + "?service=" + url_encode((*fields)["service"]) +
                    "&scope=" + url_encode("repository:" + repository + ":pull");
  ApiCall call("GET", url, "get a registry token");
  call.headers.emplace_back("Authorization", basic);
  RAXOL_ASSIGN_OR_RETURN(ApiAnswer answer, api_.send(call));
  std::string token =
      answer.body.is_object()
          ? answer.body.value("token", answer.body.value("access_token", std::string()))
          : std::string();
  if (token.empty())
    return make_error(ErrorKind::api, "Fly registry: the token endpoint answered without a token");
  redactor_.add(token);
  authorization_ = "Bearer " + token;
  return {};
}

Result<ApiAnswer> RegistryClient::send(const std::string& method, const std::string& repository,
                                       const std::string& reference) {
  ApiCall call(
      method, base_url() + "/v2/" + repository + "/manifests/" + reference,
      (method == "HEAD" ? "check manifest " : "get manifest ") + repository + ":" + reference);
  call.headers.emplace_back("Accept", kManifestAccept);
  call.final_statuses = {401};
  for (int attempt = 0; attempt < 2; ++attempt) {
    ApiCall sent = call;
    if (!authorization_.empty()) sent.headers.emplace_back("Authorization", authorization_);
    if (attempt == 1) sent.final_statuses.clear();  // a second 401 is the answer
    RAXOL_ASSIGN_OR_RETURN(ApiAnswer answer, api_.send(sent));
    if (answer.status != 401) return answer;
    RAXOL_TRY(authenticate(answer.header("WWW-Authenticate").value_or(""), repository));
  }
  return make_error(ErrorKind::internal, "unreachable");
}

Result<ManifestInfo> RegistryClient::head_manifest(const std::string& repository,
                                                   const std::string& reference) {
  RAXOL_ASSIGN_OR_RETURN(ApiAnswer answer, send("HEAD", repository, reference));
  return described(answer);
}

Result<ManifestInfo> RegistryClient::get_manifest(const std::string& repository,
                                                  const std::string& reference) {
  RAXOL_ASSIGN_OR_RETURN(ApiAnswer answer, send("GET", repository, reference));
  ManifestInfo info = described(answer);
  auto manifest = nlohmann::json::parse(answer.raw, nullptr, false);
  if (!manifest.is_object())
    return make_error(ErrorKind::api, "Fly registry: the manifest of " + repository + ":" +
                                          reference + " is not JSON");
  info.size = descriptor_sizes(manifest);
  return info;
}

}  // namespace raxol::fly
