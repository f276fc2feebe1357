// What every registry route gets on top of the kit's Call: the settings of this request, the
// state and content files, and answers in the distribution envelope. Routes are entered three
// ways, one router each: the token endpoint (open: it checks the credentials it trades), the
// root of /v2/ (authenticated), and repository paths /v2/NAME/... (authenticated for the
// repository's scope, with NAME checked against the spec's grammar).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "sandbox/emulator.h"
#include "sandbox/kit/router.h"
#include "sandbox/registry/blob_files.h"
#include "sandbox/registry/registry_settings.h"
#include "sandbox/registry/registry_state.h"
#include "sandbox/registry/uploads.h"

namespace raxol::sandbox::registry {

using kit::RegistryCode;

// Whether a Fly token is one the sandbox accepts (the Fly emulator's definition, handed in by
// emulators.cpp so that this folder does not reach into the Fly emulator's).
using FlyTokenCheck = std::function<bool(const std::string& token)>;

// What the registry routes share for the life of the emulator.
struct RegistryContext {
  RegistryContext(const EmulatorEnvironment& environment, FlyTokenCheck fly_token_check);
  std::shared_ptr<RegistryState> state;
  BlobFiles blobs;  // STATE/registry/blobs
  Uploads uploads;  // STATE/registry/uploads
  StateFile* settings;
  std::string base_url;
  Clock& clock;
  kit::DistributionEnvelope envelope;
  FlyTokenCheck accepts_fly_token;
};

class Call : public kit::Call {
 public:
  Call(const kit::Call& base, RegistryContext& context, RegistrySettings settings);

  RegistryContext& context;
  const RegistrySettings settings;

  // The repository of a repository route (capture 1).
  std::string name() const { return path_param(1); }
  // An error in the envelope: the spec's words for `code` unless `message` is given, and
  // `detail` when it is not null.
  void fail(int status, RegistryCode code, const std::string& message = "",
            const json& detail = nullptr);
  void set_header(const std::string& name, const std::string& value) {
    response.set_header(name, value);
  }
};

using Router = kit::ServiceRouter<Call>;

struct Routers {
  Router token;       // /token: open
  Router root;        // /v2/, /v2/_catalog: any accepted credential
  Router repository;  // /v2/NAME/...: credentials, and NAME valid
};
Routers make_routers(httplib::Server& server, RegistryContext& context);

// Route patterns: capture 1 is the repository name (it may hold slashes; the more specific
// patterns are registered first).
inline const std::string kRepositoryPattern = "/v2/(.+)";
inline const std::string kTokenPath = "/token";

}  // namespace raxol::sandbox::registry
