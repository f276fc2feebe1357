// Fly's web API (FLY_API_BASE_URL, https://api.fly.io): release records and logs. Releases
// are written through the REST endpoints flyctl uses (POST/PATCH /api/v1/releases) and read
// through the same GraphQL query as `fly releases`, which also returns each release's config,
// so a rollback works from a fresh CI runner and flyctl sees our releases too.
#pragma once

#include <string>
#include <vector>

#include "raxol/target.h"
#include "targets/fly/api/fly_transport.h"

namespace raxol::fly {

struct FlyRelease {
  std::string id;
  int version = 0;
  ReleaseStatus status = ReleaseStatus::pending;
  std::string description;
  std::string image_ref;
  std::string user;  // email
  std::string created_at;
  bool stable = false;
  nlohmann::json config_definition;  // what we stored at create time ("definition")
  nlohmann::json metadata;
};

struct LogLine {
  std::string timestamp;
  std::string message;
  std::string level;
  std::string instance;
  std::string region;
};

struct LogPage {
  std::vector<LogLine> lines;
  std::string next_token;
};

class WebClient {
 public:
  explicit WebClient(FlyTransport& transport) : transport_(transport) {}

  // Creates a release record; `definition` is what a rollback will need back.
  Result<FlyRelease> create_release(const std::string& app, const nlohmann::json& definition,
                                    const std::string& image, const std::string& strategy,
                                    const std::string& description);
  Status update_release(const std::string& id, ReleaseStatus status,
                        const nlohmann::json& metadata);
  // Newest first, with their config definitions.
  Result<std::vector<FlyRelease>> list_releases(const std::string& app, int limit);
  // One page of logs after `next_token` ("" for the start), optionally for one machine/region.
  Result<LogPage> logs(const std::string& app, const std::string& next_token,
                       const std::string& instance, const std::string& region);

 private:
  Result<FlyAnswer> send(FlyCall call);
  FlyTransport& transport_;
};

}  // namespace raxol::fly
