#include "targets/fly/build/image_build.h"

#include <catch2/catch.hpp>

#include "targets/fly/build/image_builder.h"

TEST_CASE("image tags and references", "[build]") {
  CHECK(raxol::fly::image_tag("registry.fly.io", "raxol", "deployment-01J") ==
        "registry.fly.io/raxol:deployment-01J");
  CHECK(raxol::fly::valid_tag_label("v1.2_3-rc"));
  CHECK_FALSE(raxol::fly::valid_tag_label("-v1"));
  CHECK_FALSE(raxol::fly::valid_tag_label("a/b"));
  CHECK_FALSE(raxol::fly::valid_tag_label(std::string(129, 'a')));
  CHECK(raxol::fly::reference_digest("h/a:t@sha256:abc") == "sha256:abc");
  CHECK(raxol::fly::reference_digest("h:5000/a:t").empty());
  raxol::fly::BuiltImage image;
  image.tag = "h/a:t";
  CHECK(image.reference() == "h/a:t");
  image.digest = "sha256:abc";
  CHECK(image.reference() == "h/a:t@sha256:abc");
}

TEST_CASE("the digest is read from docker push output", "[build]") {
  const std::string digest = "sha256:" + std::string(64, 'e');
  CHECK(raxol::fly::digest_from_push_output("abc: Pushed\ndeployment-1: digest: " + digest +
                                            " size: 528\n") == digest);
  CHECK(raxol::fly::digest_from_push_output("denied: requested access").empty());
}
