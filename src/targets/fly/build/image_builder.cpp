#include "targets/fly/build/image_builder.h"

#include <regex>

#include "targets/fly/api/registry_client.h"
#include "targets/fly/build/build_output.h"
#include "targets/fly/build/builder_argv.h"
#include "targets/fly/build/private_dir.h"
#include "util/strings.h"

namespace raxol::fly {

namespace {

constexpr const char* kOutputPrefix = "  │ ";

struct Ran {
  ProcessResult result;
  std::string last_step;
  std::vector<std::string> last_lines;
};

// The tag's label: "deployment-01J..." of "HOST/APP:deployment-01J...".
std::string tag_label(const std::string& tag) { return tag.substr(tag.rfind(':') + 1); }

bool refused_credentials(const std::string& output) {
  const std::string text = lower(output);
  return text.find("unauthorized") != std::string::npos ||
         text.find("authentication required") != std::string::npos ||
         text.find("denied") != std::string::npos || text.find(" 401 ") != std::string::npos ||
         text.find(" 403 ") != std::string::npos;
}

std::string seconds_text(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f s", seconds);
  return text;
}

std::string last_nonempty_line(const std::vector<std::string>& lines) {
  return lines.empty() ? std::string("(no output)") : lines.back();
}

Result<Ran> run_builder(Context& context, const BuilderCommand& command,
                        const ImageBuildSpec& spec) {
  ProcessSpec process(command.argv);
  process.env = command.env;
  process.cwd = spec.context;
  for (const auto& secret : spec.secrets)
    if (!secret.env.empty()) process.env[secret.env] = context.env.get(secret.env).value_or("");
  BuildOutput output(context.ui, context.redactor, kOutputPrefix);
  process.on_output = [&](bool, std::string_view chunk) { output.add(chunk); };
  RAXOL_ASSIGN_OR_RETURN(ProcessResult result, context.processes.run(process));
  output.flush();
  return Ran{std::move(result),
             output.last_step(),
             {output.last_lines().begin(), output.last_lines().end()}};
}

Error build_failed(const ImageBuildSpec& spec, const Ran& ran) {
  const std::string step =
      ran.last_step.empty() ? std::string("before its first step") : "at " + trim(ran.last_step);
  const std::string how = ran.result.signal != 0
                              ? "killed by signal " + std::to_string(ran.result.signal)
                              : "exit status " + std::to_string(ran.result.exit_code);
  Error error = make_error(ErrorKind::build, "image build failed " + step + " (" +
                                                 std::string(kBuilderNames.name(spec.builder)) +
                                                 ", " + how + ")");
  error.notes.push_back("the last lines of the build:");
  for (const auto& line : ran.last_lines) error.notes.push_back("  " + line);
  error.notes.push_back("nothing was deployed: the machines still run their current release");
  return error;
}

Result<std::string> read_trimmed(Context& context, const std::filesystem::path& file) {
  RAXOL_ASSIGN_OR_RETURN(std::string text, context.fs.read_file(file));
  return trim(text);
}

}  // namespace

std::string digest_from_push_output(const std::string& output) {
  static const std::regex digest(R"(digest: (sha256:[0-9a-f]{64}))");
  std::smatch match;
  return std::regex_search(output, match, digest) ? match[1].str() : std::string();
}

Result<BuiltImage> ImageBuilder::run(const ImageBuildSpec& spec) {
  const auto started = context_.clock.steady_now();
  Ui& ui = context_.ui;
  RAXOL_ASSIGN_OR_RETURN(auto private_dir, PrivateDir::create("build"));
  const BuildPaths paths{private_dir->path()};
  for (const auto& secret : spec.secrets)
    if (secret.spooled_value)
      RAXOL_TRY(private_dir->write_private_file(
          paths.secret_file(secret.id).lexically_relative(private_dir->path()),
          *secret.spooled_value));

  ui.step("Building " + spec.tag + " with " + std::string(kBuilderNames.name(spec.builder)) + " (" +
          spec.builder_reason + ")");
  RAXOL_ASSIGN_OR_RETURN(Ran built, run_builder(context_, build_command(spec, paths), spec));
  // SIGINT reaches the builder too (same process group); say what happened, not "failed".
  if (built.result.exit_code != 0 && context_.cancel.requested())
    return make_error(ErrorKind::interrupted,
                      "interrupted during the image build; nothing was deployed");
  if (built.result.exit_code != 0) return build_failed(spec, built);

  BuiltImage image;
  image.tag = spec.tag;
  image.builder = spec.builder;
  if (auto id = read_trimmed(context_, paths.image_id_file()); id.ok()) image.image_id = *id;
  if (!spec.push) {
    image.seconds = std::chrono::duration<double>(context_.clock.steady_now() - started).count();
    ui.success("image " + image.tag + " built (" +
               (image.image_id.empty() ? std::string() : "id " + image.image_id + ", ") +
               seconds_text(image.seconds) + "; not pushed)");
    return image;
  }

  // Credentials: user x, the Fly token, in a file only we can read (never in argv).
  const std::string auth = registry_auth_json(spec.registry_host, "x", token_);
  RAXOL_TRY(private_dir->write_private_file(
      spec.builder == BuilderKind::docker ? "config.json" : "auth.json", auth));

  ui.step("Pushing " + spec.tag);
  const BuilderCommand push = push_command(spec, paths);
  Ran pushed;
  auto backoff = options_.push_backoff;
  for (int attempt = 1;; ++attempt) {
    RAXOL_ASSIGN_OR_RETURN(pushed, run_builder(context_, push, spec));
    if (pushed.result.exit_code == 0) break;
    const std::string output = pushed.result.out + pushed.result.err;
    const std::string why = context_.redactor.redact(last_nonempty_line(pushed.last_lines));
    if (refused_credentials(output)) {
      Error error =
          make_error(ErrorKind::auth, "the registry " + spec.registry_host +
                                          " refused the push of " + spec.tag + ": " + why);
      error.notes.push_back("check FLY_API_TOKEN: the registry takes it as the password of user x");
      error.notes.push_back("nothing was deployed: the machines still run their current release");
      return error;
    }
    if (attempt >= options_.push_attempts || context_.cancel.requested()) {
      Error error = make_error(ErrorKind::build, "push of " + spec.tag + " to " +
                                                     spec.registry_host + " failed after " +
                                                     std::to_string(attempt) + " attempts: " + why);
      for (const auto& line : pushed.last_lines) error.notes.push_back("  " + line);
      error.notes.push_back("nothing was deployed: the machines still run their current release");
      return error;
    }
    ui.warn("push failed (attempt " + std::to_string(attempt) + " of " +
            std::to_string(options_.push_attempts) + "): " + why + "; retrying");
    context_.clock.sleep_for(backoff);
    backoff *= 2;
  }

  if (spec.builder == BuilderKind::docker) {
    image.digest = digest_from_push_output(pushed.result.out + pushed.result.err);
  } else if (auto digest = read_trimmed(context_, paths.digest_file()); digest.ok()) {
    image.digest = *digest;
  }
  RegistryClient registry(context_.http, spec.registry_host, token_, context_.redactor);
  RAXOL_ASSIGN_OR_RETURN(ManifestInfo head,
                         registry.head_manifest(spec.repository, tag_label(spec.tag)));
  if (image.digest.empty()) image.digest = head.digest;
  if (head.digest != image.digest)
    return make_error(ErrorKind::build, "the registry holds " + spec.tag + " as " + head.digest +
                                            ", but " +
                                            std::string(kBuilderNames.name(spec.builder)) +
                                            " pushed " + image.digest);
  RAXOL_ASSIGN_OR_RETURN(ManifestInfo manifest,
                         registry.get_manifest(spec.repository, image.digest));
  image.size = manifest.size;
  image.pushed = true;
  image.seconds = std::chrono::duration<double>(context_.clock.steady_now() - started).count();
  ui.success("image " + image.reference() + " (" + format_bytes(image.size) + ", " +
             seconds_text(image.seconds) + ")");
  return image;
}

}  // namespace raxol::fly
