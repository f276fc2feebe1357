#include "sandbox/fly/leases.h"

#include <ctime>

#include "sandbox/fly/ids.h"

namespace raxol::sandbox::fly {

const json* active_lease(const json& record, int64_t now) {
  if (!record.contains("lease")) return nullptr;
  const auto& lease = record["lease"];
  if (!lease.is_object() || lease.value("expires_ms", int64_t{0}) <= now) return nullptr;
  return &lease;
}

const json& grant_lease(json& record, const std::string& owner, const std::string& description,
                        int ttl_seconds, int64_t now) {
  record["lease"] = {{"nonce", new_nonce()},
                     {"owner", owner},
                     {"description", description},
                     {"expires_ms", now + int64_t{ttl_seconds} * 1000}};
  return record["lease"];
}

json lease_data(const json& lease, const json& record) {
  return {{"nonce", lease["nonce"]},
          {"expires_at", lease["expires_ms"].get<int64_t>() / 1000},
          {"owner", lease["owner"]},
          {"description", lease.value("description", "")},
          {"version", record["machine"]["instance_id"]}};
}

std::string lease_conflict_message(const json& record, const json& lease) {
  std::time_t expires = static_cast<std::time_t>(lease["expires_ms"].get<int64_t>() / 1000);
  std::tm tm{};
  gmtime_r(&expires, &tm);
  char when[48];
  std::strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S +0000 UTC", &tm);
  std::string message = "machine ID " + record["machine"]["id"].get<std::string>() +
                        " lease currently held by " + lease["owner"].get<std::string>() +
                        ", expires at " + when;
  // After flyctl's fixed prefix, so parsers of the holder and expiry keep working.
  std::string description = lease.value("description", "");
  if (!description.empty()) message += " (description: " + description + ")";
  return message;
}

bool lease_permits(const json& record, const std::string& nonce, int64_t now) {
  const json* lease = active_lease(record, now);
  return lease == nullptr || (*lease)["nonce"] == nonce;
}

}  // namespace raxol::sandbox::fly
