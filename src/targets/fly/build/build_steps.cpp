#include "targets/fly/build/build_steps.h"

#include "targets/fly/build/builder_argv.h"

namespace raxol::fly {

namespace {

// "DOCKER_BUILDKIT=1 docker build ...": the variables we set, then the argv.
std::string shown(const BuilderCommand& command) {
  std::vector<std::string> words;
  for (const auto& [name, value] : command.env) words.push_back(name + "=" + value);
  words.insert(words.end(), command.argv.begin(), command.argv.end());
  return command_line(words);
}

}  // namespace

std::vector<PlanStep> build_plan_steps(const ImageBuildSpec& spec) {
  const auto paths = BuildPaths::placeholder();
  std::vector<PlanStep> steps;
  steps.push_back({"build", "image " + spec.tag,
                   std::string(kBuilderNames.name(spec.builder)) + " (" + spec.builder_reason +
                       "): " + shown(build_command(spec, paths))});
  if (spec.push)
    steps.push_back(
        {"push", spec.tag,
         "as user x with the Fly token in a 0600 auth file: " + shown(push_command(spec, paths)) +
             "; then the registry's manifest digest is checked"});
  return steps;
}

nlohmann::json build_to_json(const ImageBuildSpec& spec) {
  const auto paths = BuildPaths::placeholder();
  nlohmann::json secrets = nlohmann::json::array();
  for (const auto& secret : spec.secrets) secrets.push_back(secret.id);
  return {
      {"builder", kBuilderNames.name(spec.builder)},
      {"builder_reason", spec.builder_reason},
      {"dockerfile", spec.dockerfile.string()},
      {"context", spec.context.string()},
      {"ignorefile", spec.ignorefile.string()},
      {"target", spec.target},
      {"tag", spec.tag},
      {"secrets", secrets},  // ids only
      {"push", spec.push},
      {"deploy", spec.deploy},
      {"build_argv", build_command(spec, paths).argv},
      {"push_argv", spec.push ? nlohmann::json(push_command(spec, paths).argv) : nlohmann::json()}};
}

nlohmann::json built_image_json(const BuiltImage& image) {
  return {{"image", image.reference()}, {"tag", image.tag},
          {"digest", image.digest},     {"image_id", image.image_id},
          {"size", image.size},         {"builder", kBuilderNames.name(image.builder)},
          {"seconds", image.seconds},   {"pushed", image.pushed}};
}

}  // namespace raxol::fly
