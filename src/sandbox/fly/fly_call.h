// What every Fly route gets on top of the kit's Call: the settings of this request, the owner
// of the token (both `Bearer` and `FlyV1` schemes, the API's 401 envelope), the state with its
// lazily applied transitions, and the lookups that answer the API's 404s and lease 409s.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "sandbox/fly/fly_settings.h"
#include "sandbox/fly/fly_state.h"
#include "sandbox/kit/router.h"

namespace raxol::sandbox::fly {

// What the Fly routes share for the life of the emulator.
struct FlyContext {
  FlyContext(std::filesystem::path state_directory, StateFile* settings_file, std::string url,
             Clock& time)
      : state(state_directory / "fly.json", time),
        state_dir(std::move(state_directory)),
        settings(settings_file),
        base_url(std::move(url)),
        clock(time) {}
  FlyState state;
  std::filesystem::path state_dir;  // where the sandbox registry's images are looked up too
  StateFile* settings;
  std::string base_url;
  Clock& clock;
  kit::FlyEnvelope envelope;
  httplib::Server* server = nullptr;  // long polls give up when it stops
};

// The owner email of `token`, or nullopt. A comma-separated token list (flyctl's macaroon
// bundles) is accepted when any part is known.
std::optional<std::string> token_owner(const std::string& token, const FlySettings& settings);

class Call : public kit::Call {
 public:
  Call(const kit::Call& base, FlyContext& context, FlySettings settings, std::string owner);

  FlyContext& context;
  const FlySettings settings;
  const std::string owner;  // email of the authenticated token's owner

  std::string lease_nonce() const;
  // Runs `change` on the state after applying due transitions, under the state lock; `now`
  // is the time once the lock is held.
  void update(const std::function<bool(json&)>& change);
  // Lookups inside update(): nullptr after answering 404 with the API's message.
  json* app(json& document, const std::string& name);
  json* machine(json& app, const std::string& id);
};

// Authenticates the request and builds its Call, or answers 401 as the API does.
std::optional<Call> open_call(kit::Call& base, FlyContext& context);

using Router = kit::ServiceRouter<Call>;

// The app and machine of a /v1/apps/{app}/machines/{id}... path; a destroyed machine counts
// as missing unless `allow_destroyed` (GET keeps showing destroyed machines, as the real API
// does for a while). Each answers the request and returns false/nullptr when it cannot go on.
struct MachineRef {
  json* app = nullptr;
  json* record = nullptr;
  explicit operator bool() const { return record != nullptr; }
};
MachineRef find_machine(Call& call, json& document, bool allow_destroyed);
// 409 with the holder's message when another party holds the machine's lease.
bool check_lease(Call& call, const json& record);

// Route patterns: capture 1 is the app name, capture 2 the machine id.
inline const std::string kAppPattern = "/v1/apps/([^/]+)";
inline const std::string kMachinePattern = kAppPattern + "/machines/([^/]+)";

}  // namespace raxol::sandbox::fly
