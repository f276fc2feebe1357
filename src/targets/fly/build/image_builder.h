// Runs a build worked out by resolve_image_source(): the builder, then the push to the
// registry with credentials in a private auth file, then a manifest HEAD that checks the
// digest the builder reported against what the registry holds. Nothing is deployed here: a
// failure leaves every machine on the release it runs.
#pragma once

#include "raxol/context.h"
#include "targets/fly/build/image_build.h"

namespace raxol::fly {

struct ImageBuilderOptions {
  int push_attempts = 3;  // a push that fails on something transient (a 5xx, a reset) is rerun
  std::chrono::milliseconds push_backoff{1000};  // doubled after each failed attempt
};

class ImageBuilder {
 public:
  // `token` is the Fly token: the registry's password for user x.
  ImageBuilder(Context& context, std::string token, ImageBuilderOptions options = {})
      : context_(context), token_(std::move(token)), options_(options) {}

  Result<BuiltImage> run(const ImageBuildSpec& spec);

 private:
  Context& context_;
  std::string token_;
  ImageBuilderOptions options_;
};

// The digest in `docker push` output ("v1: digest: sha256:... size: 528"), or "".
std::string digest_from_push_output(const std::string& output);

}  // namespace raxol::fly
