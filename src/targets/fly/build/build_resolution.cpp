#include "targets/fly/build/build_resolution.h"

#include <algorithm>
#include <cctype>

#include "system/user_paths.h"
#include "targets/fly/build/builder_choice.h"
#include "util/ids.h"
#include "util/strings.h"
#include "util/time_format.h"

namespace raxol::fly {

namespace {

namespace fs = std::filesystem;

// The flags that only mean something when we build; beside a prebuilt image they are refused.
const std::vector<std::string> kBuildOnlyFlags = {"build-arg",  "build-target", "build-secret",
                                                  "label",      "image-label",  "no-cache",
                                                  "ignorefile", "build-only",   "push"};

// A secret's value is in a file whose name is its id, and in messages: keep it plain.
bool valid_secret_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  });
}

Result<std::pair<std::string, std::string>> name_value(const std::string& flag,
                                                       const std::string& text) {
  auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0)
    return make_error(ErrorKind::usage, "--" + flag + " expects NAME=VALUE, got '" + text + "'");
  return std::make_pair(text.substr(0, eq), text.substr(eq + 1));
}

// Sorted by name, later values replacing earlier ones: [build] args, then --build-arg.
Result<KeyValues> merged_pairs(const std::map<std::string, std::string>& base,
                               const std::vector<std::string>& flags, const std::string& flag) {
  std::map<std::string, std::string> merged = base;
  for (const auto& text : flags) {
    RAXOL_ASSIGN_OR_RETURN(auto pair, name_value(flag, text));
    merged[pair.first] = pair.second;
  }
  return KeyValues(merged.begin(), merged.end());
}

fs::path absolute_from(const fs::path& base, const std::string& path) {
  return fs::weakly_canonical(fs::path(path).is_absolute() ? fs::path(path) : base / path);
}

Error missing_flag_file(const std::string& flag, const std::string& path) {
  return make_error(ErrorKind::usage, "--" + flag + " " + path + ": no such file");
}

Error missing_config_file(const FlyConfig& config, const std::string& key,
                          const fs::path& resolved) {
  return config_error_message(config.location(key), key, "no such file: " + resolved.string());
}

// The ignore file of the build context, first found of: --ignorefile, [build] ignorefile,
// <Dockerfile>.dockerignore, <context>/.dockerignore.
Result<fs::path> find_ignorefile(const BuildSource& source, const OptionValues& options,
                                 const fs::path& fly_dir, const fs::path& dockerfile) {
  if (options.has("ignorefile")) {
    auto path = absolute_from(fs::current_path(), options.text("ignorefile"));
    if (!fs::exists(path)) return missing_flag_file("ignorefile", options.text("ignorefile"));
    return path;
  }
  const FlyConfig& config = source.fly_toml.config;
  if (config.build && !config.build->ignorefile.empty()) {
    auto path = absolute_from(fly_dir, config.build->ignorefile);
    if (!fs::exists(path)) return missing_config_file(config, "build.ignorefile", path);
    return path;
  }
  for (const auto& candidate :
       {fs::path(dockerfile.string() + ".dockerignore"), fly_dir / ".dockerignore"})
    if (fs::exists(candidate)) return candidate;
  return fs::path();
}

// docker finds its ignore file by itself and takes no flag for another one.
Status check_docker_ignorefile(const ImageBuildSpec& spec) {
  if (spec.builder != BuilderKind::docker || spec.ignorefile.empty()) return {};
  if (spec.ignorefile == fs::path(spec.dockerfile.string() + ".dockerignore") ||
      spec.ignorefile == spec.context / ".dockerignore")
    return {};
  return make_error(ErrorKind::usage,
                    "docker reads only <context>/.dockerignore or <Dockerfile>.dockerignore, "
                    "not " +
                        spec.ignorefile.string() +
                        "; build with --builder buildah or podman to use that ignore file");
}

Result<std::optional<std::int64_t>> source_date_epoch(const Environment& env) {
  auto text = env.get("SOURCE_DATE_EPOCH");
  if (!text || text->empty()) return std::optional<std::int64_t>();
  if (!std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; }) ||
      text->size() > 12)
    return make_error(ErrorKind::usage,
                      "SOURCE_DATE_EPOCH must be whole seconds since 1970, got '" + *text + "'");
  return std::optional<std::int64_t>(std::stoll(*text));
}

// Secrets are checked now, so that a plan never shows a build that cannot start; their values
// join the redactor, in case a build step prints one.
Status check_secrets(std::vector<BuildSecret>& secrets, Context& context) {
  for (auto& secret : secrets) {
    if (!secret.env.empty()) {
      auto value = context.env.get(secret.env);
      if (!value)
        return make_error(ErrorKind::usage, "--build-secret id=" + secret.id + ",env=" +
                                                secret.env + ": " + secret.env + " is not set");
      context.redactor.add(*value);
    } else if (secret.spooled_value) {
      context.redactor.add(*secret.spooled_value);
      context.ui.warn("--build-secret " + secret.id +
                      "=... puts the value in this command's "
                      "argv, which other users of the machine can read; prefer id=" +
                      secret.id + ",env=VAR or id=" + secret.id + ",src=FILE");
    } else {
      secret.file = absolute_from(fs::current_path(), secret.file.string());
      if (!fs::is_regular_file(secret.file))
        return make_error(ErrorKind::usage, "--build-secret id=" + secret.id +
                                                ",src=" + secret.file.string() + ": no such file");
      if (auto content = context.fs.read_file(secret.file); content.ok() && content->size() < 65536)
        context.redactor.add(*content);
    }
  }
  return {};
}

Status refuse_build_flags(const OptionValues& options, const std::string& why) {
  for (const auto& flag : kBuildOnlyFlags)
    if (options.has(flag))
      return make_error(ErrorKind::usage, "--" + flag + " applies to a build, but " + why +
                                              "; pass --dockerfile FILE to build instead");
  return {};
}


}  // namespace

Result<BuildSecret> parse_build_secret(const std::string& text) {
  BuildSecret secret;
  const bool docker_form = text.starts_with("id=") || text.find(",src=") != std::string::npos ||
                           text.find(",env=") != std::string::npos;
  if (!docker_form) {
    // flyctl's NAME=VALUE.
    auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
      return make_error(ErrorKind::usage,
                        "--build-secret expects id=NAME,src=FILE or "
                        "id=NAME,env=VAR, got '" +
                            text.substr(0, eq) + "'");
    secret.id = text.substr(0, eq);
    secret.spooled_value = text.substr(eq + 1);
  } else {
    for (const auto& part : split(text, ',')) {
      auto eq = part.find('=');
      const std::string key = part.substr(0, eq);
      const std::string value = eq == std::string::npos ? std::string() : part.substr(eq + 1);
      if (key == "id")
        secret.id = value;
      else if (key == "src" || key == "source")
        secret.file = value;
      else if (key == "env")
        secret.env = value;
      else if (key == "type" && (value == "file" || value == "env"))
        continue;
      else
        return make_error(ErrorKind::usage,
                          "--build-secret: unknown field '" + key + "' (expected id, src or env)");
    }
    if (secret.file.empty() == secret.env.empty())
      // `id=X` alone could be flyctl's secret "id" with value X, or docker's secret X read
      // from somewhere: refuse rather than guess.
      return make_error(ErrorKind::usage, "--build-secret " +
                                              (secret.id.empty() ? text : "id=" + secret.id) +
                                              ": say where the value is, with ,src=FILE or "
                                              ",env=VAR (exactly one)");
  }
  if (!valid_secret_id(secret.id))
    return make_error(ErrorKind::usage,
                      "--build-secret: the id must be letters, digits, '_', "
                      "'-' or '.', got '" +
                          secret.id + "'");
  return secret;
}

std::vector<OptionSpec> build_options() {
  // No declared default: a default would count as given, and deploys of other kinds refuse
  // a fly option. Absent means auto.
  OptionSpec builder{"builder", OptionType::text,
                     "Image builder: auto (default: a docker daemon, else buildah, else podman), "
                     "docker, buildah or podman",
                     "NAME", kBuilderChoices};
  return {
      {"dockerfile", OptionType::text,
       "Build the image from this Dockerfile (overrides [build] dockerfile)", "FILE"},
      builder,
      {"build-arg", OptionType::list,
       "Build argument NAME=VALUE (repeatable; overrides [build] args)", "NAME=VALUE"},
      {"build-target", OptionType::text,
       "Dockerfile stage to build (overrides [build] build-target)", "STAGE"},
      {"build-secret", OptionType::list,
       "Build secret id=NAME,src=FILE or id=NAME,env=VAR (repeatable; never in argv)", "SECRET"},
      {"label", OptionType::list, "Image label NAME=VALUE (repeatable)", "NAME=VALUE"},
      {"image-label", OptionType::text, "Tag of the pushed image instead of deployment-<ULID>",
       "TAG"},
      {"ignorefile", OptionType::text,
       "Ignore file of the build context (overrides [build] ignorefile)", "FILE"},
      {"no-cache", OptionType::flag, "Run every build step again"},
      {"build-only", OptionType::flag, "Build the image and stop (with --push: push it too)"},
      {"push", OptionType::flag, "With --build-only: push the built image to the registry"},
  };
}

Result<ImageSource> resolve_image_source(const BuildSource& source, const OptionValues& options,
                                         const std::string& project_image, Context& context) {
  const FlyConfig& config = source.fly_toml.config;
  const fs::path fly_dir = fs::absolute(source.fly_toml_path).parent_path();
  if (options.has("push") && !options.flag("build-only"))
    return make_error(ErrorKind::usage,
                      "--push goes with --build-only (a deploy always pushes "
                      "the image it builds)");

  fs::path dockerfile;  // what to build
  if (const auto image = options.text("image"); !image.empty()) {
    if (options.has("dockerfile"))
      return make_error(ErrorKind::usage,
                        "--image and --dockerfile both say what to deploy; "
                        "pass one of them");
    RAXOL_TRY(refuse_build_flags(options, "--image deploys a prebuilt image"));
    return ImageSource{image, std::nullopt};
  }
  if (options.has("dockerfile")) {
    dockerfile = absolute_from(fs::current_path(), options.text("dockerfile"));
    if (!fs::is_regular_file(dockerfile))
      return missing_flag_file("dockerfile", options.text("dockerfile"));
  } else if (!project_image.empty()) {
    RAXOL_TRY(
        refuse_build_flags(options, "the project file sets image = \"" + project_image + "\""));
    return ImageSource{project_image, std::nullopt};
  } else if (config.build && !config.build->image.empty()) {
    RAXOL_TRY(refuse_build_flags(options, source.fly_toml.file + " sets [build] image"));
    return ImageSource{config.build->image, std::nullopt};
  } else if (config.build && !config.build->dockerfile.empty()) {
    dockerfile = absolute_from(fly_dir, config.build->dockerfile);
    if (!fs::is_regular_file(dockerfile))
      return missing_config_file(config, "build.dockerfile", dockerfile);
  } else if (fs::is_regular_file(fly_dir / "Dockerfile")) {
    dockerfile = fly_dir / "Dockerfile";
  } else {
    return make_error(ErrorKind::usage,
                      "no image to deploy: pass --image REF or --dockerfile FILE, or set image "
                      "or dockerfile in " +
                          source.fly_toml.file + "'s [build] (no Dockerfile in " +
                          fly_dir.string() + " either)");
  }

  ImageBuildSpec spec;
  RAXOL_ASSIGN_OR_RETURN(
      BuilderChoice builder,
      choose_builder(options.has("builder") ? options.text("builder") : "auto", context));
  spec.builder = builder.kind;
  spec.builder_reason = builder.reason;
  spec.context = fly_dir;
  spec.dockerfile = dockerfile;
  RAXOL_ASSIGN_OR_RETURN(spec.ignorefile,
                         find_ignorefile(source, options, fly_dir, spec.dockerfile));
  spec.target = options.has("build-target") ? options.text("build-target")
                : config.build              ? config.build->build_target
                                            : std::string();
  RAXOL_ASSIGN_OR_RETURN(
      spec.args,
      merged_pairs(config.build ? config.build->args : std::map<std::string, std::string>(),
                   options.list("build-arg"), "build-arg"));
  RAXOL_ASSIGN_OR_RETURN(spec.labels, merged_pairs({}, options.list("label"), "label"));
  for (const auto& text : options.list("build-secret")) {
    RAXOL_ASSIGN_OR_RETURN(auto secret, parse_build_secret(text));
    spec.secrets.push_back(std::move(secret));
  }
  RAXOL_TRY(check_secrets(spec.secrets, context));
  spec.no_cache = options.flag("no-cache");
  RAXOL_ASSIGN_OR_RETURN(spec.timestamp, source_date_epoch(context.env));
  spec.storage = user_cache_dir(context.env) / "containers";
  if (spec.storage == "containers")
    return make_error(ErrorKind::usage,
                      "cannot keep build layers: neither HOME nor "
                      "XDG_CACHE_HOME is set");
  if (source.registry_host.empty() || source.registry_host.find("://") != std::string::npos ||
      source.registry_host.find('/') != std::string::npos)
    return make_error(ErrorKind::usage,
                      "FLY_REGISTRY_HOST must be a host[:port] such as "
                      "registry.fly.io, got '" +
                          source.registry_host + "'");
  spec.registry_host = source.registry_host;
  spec.repository = source.app;
  std::string label = options.text("image-label");
  if (label.empty())
    label = "deployment-" + new_ulid(epoch_ms(context.clock.now()));
  else if (!valid_tag_label(label))
    return make_error(ErrorKind::usage, "--image-label '" + label +
                                            "' is not a registry tag "
                                            "(letters, digits, '_', '.', '-'; at most 128)");
  spec.tag = image_tag(spec.registry_host, spec.repository, label);
  spec.deploy = !options.flag("build-only");
  spec.push = spec.deploy || options.flag("push");
  RAXOL_TRY(check_docker_ignorefile(spec));
  return ImageSource{spec.tag, std::move(spec)};
}

}  // namespace raxol::fly
