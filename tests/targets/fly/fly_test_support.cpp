#include "targets/fly/fly_test_support.h"

#include <catch2/catch.hpp>

#include "net/retry.h"
#include "support/run_binary.h"
#include "targets/fly/fly_kind.h"
#include "targets/kit/settings.h"

namespace raxol::fly::test {

namespace {

void normalise(nlohmann::json& value) {
  if (value.is_object()) {
    if (value.contains("autostop") && value["autostop"].is_boolean())
      value["autostop"] = value["autostop"].get<bool>() ? "stop" : "off";
    if (value.contains("metadata") && value["metadata"].is_object())
      value["metadata"].erase("fly_flyctl_version");
    for (auto& [key, item] : value.items()) normalise(item);
  } else if (value.is_array()) {
    for (auto& item : value) normalise(item);
  }
}

}  // namespace

LoadedFlyConfig load_reference(const std::string& name) {
  auto path = raxol::test::reference_path("fly/appconfig-testdata/" + name);
  auto loaded = load_fly_toml(path, name);
  INFO(name << ": " << (loaded.ok() ? "" : loaded.error().message));
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

LoadedFlyConfig parse(const std::string& text) {
  auto loaded = parse_fly_toml(text, "fly.toml");
  INFO((loaded.ok() ? "" : loaded.error().message));
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

Error parse_failure(const std::string& text) {
  auto loaded = parse_fly_toml(text, "fly.toml");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.error().kind == ErrorKind::config);
  return loaded.error();
}

Error validation_failure(const std::string& text, bool require_app) {
  auto loaded = parse(text);
  Diagnostics warnings;
  auto status = validate_fly_config(loaded, require_app, warnings);
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().kind == ErrorKind::config);
  return status.error();
}

nlohmann::json flyctl_vector(const std::string& json_text) {
  return comparable(nlohmann::json::parse(json_text));
}

nlohmann::json comparable(nlohmann::json config) {
  normalise(config);
  return config;
}

nlohmann::json convert(const FlyConfig& config, const std::string& group) {
  auto converted = to_machine_config(config, group, test_options());
  INFO((converted.ok() ? "" : converted.error().message));
  REQUIRE(converted.ok());
  CHECK(converted.value()["metadata"]["fly_flyctl_version"] == "raxol-deploy/test");
  return comparable(converted.value());
}

ConversionOptions test_options() {
  ConversionOptions options;
  options.tool_version = "raxol-deploy/test";
  return options;
}

FlyTestContext::FlyTestContext(const nlohmann::json& settings)
    : box_(std::make_unique<raxol::test::SandboxFixture>(settings, &clock_)),
      process_env_(make_process_environment()),
      env_(process_env_.get()),
      fs_(make_local_filesystem()),
      processes_(make_posix_process_runner()),
      curl_(make_curl_http_client(CurlOptions{"raxol-test", false})) {
  for (const auto& [name, value] : box_->env()) env_.set(name, value);
  env_.set("FLY_ACCESS_TOKEN", std::nullopt);
  RetryPolicy retry;
  retry.max_attempts = 4;
  http_ = std::make_unique<RetryingHttpClient>(*curl_, clock_, retry, nullptr, 7);
  UiOptions options;
  options.verbosity = 1;
  ui_ = std::make_unique<TerminalUi>(options, out_, err_, in_, redactor_);
  context_ = std::unique_ptr<Context>(new Context{env_, *http_, clock_, *fs_, *processes_, *ui_,
                                                  redactor_, cancel_, in_, GlobalOptions{}});
  auto endpoints = endpoints_from_environment(env_);
  REQUIRE(endpoints.ok());
  transport_ = std::make_unique<FlyTransport>(*http_, *endpoints);
  machines_ = std::make_unique<MachinesClient>(*transport_);
  web_ = std::make_unique<WebClient>(*transport_);
  resources_ = std::make_unique<AppResourcesClient>(*transport_);
}

FlyTestContext::~FlyTestContext() = default;

std::unique_ptr<Target> FlyTestContext::target(const std::string& fly_toml) {
  dirs_.push_back(std::make_unique<raxol::test::TempDir>());
  const auto path = dirs_.back()->path() / "fly.toml";
  raxol::test::write_file(path, fly_toml);
  auto spec = std::make_unique<TargetSpec>();
  spec->name = "fly";
  spec->kind = "fly";
  spec->origin = "project";
  spec->settings = {{"config", path.string()}};
  Diagnostics warnings;
  const TargetKind kind = fly_kind();
  REQUIRE(check_settings(kind, *spec, warnings).ok());
  specs_.push_back(std::move(spec));
  auto made = kind.create(*specs_.back(), Settings(*specs_.back()), *context_);
  INFO((made.ok() ? "" : made.error().message));
  REQUIRE(made.ok());
  return std::move(made).value();
}

int FlyTestContext::count_requests(const std::string& method, const std::string& prefix) {
  int count = 0;
  for (const auto& entry : box_->sandbox().requests().entries())
    if ((method.empty() || entry.method == method) && entry.path.rfind(prefix, 0) == 0) ++count;
  return count;
}

std::vector<Machine> start_machines(FlyTestContext& fly, const std::string& app,
                                    const std::string& image, int count) {
  if (!fly.machines().get_app(app).ok()) REQUIRE(fly.machines().create_app(app, "personal").ok());
  std::vector<Machine> machines;
  for (int i = 0; i < count; ++i) {
    nlohmann::json body = {{"region", "sjc"},
                           {"config",
                            {{"image", image},
                             {"metadata", {{"fly_platform_version", "v2"},
                                           {"fly_process_group", "app"}}}}}};
    auto created = fly.machines().create_machine(app, body);
    REQUIRE(created.ok());
    auto waited = advancing(fly.clock(), [&] {
      return fly.machines().wait(app, created->id, "started", 30, created->instance_id);
    });
    REQUIRE(waited.ok());
    REQUIRE(waited->reached);
    machines.push_back(*created);
  }
  return machines;
}

OptionValues options(const std::vector<std::pair<std::string, std::string>>& values) {
  OptionValues result;
  for (const auto& [name, text] : values) {
    OptionValue value;
    value.type = OptionType::text;
    value.written = text;
    result.set(name, value);
  }
  return result;
}

void set_number(OptionValues& values, const std::string& name, double number) {
  OptionValue value;
  value.type = OptionType::number;
  value.written = std::to_string(number);
  value.number = number;
  values.set(name, value);
}

Result<Plan> plan_image(Target& target, const std::string& image, OptionValues extra,
                        std::chrono::seconds wait_timeout) {
  DeployRequest request;
  request.options = std::move(extra);
  if (!image.empty()) request.options.set("image", OptionValue{OptionType::text, image, {}, 0, {}});
  request.wait_timeout = wait_timeout;
  return target.plan(request);
}

Status stop_machine(FlyTestContext& fly, const std::string& app, const std::string& id) {
  FlyCall call;
  call.method = "POST";
  call.base = fly.transport().machines_base();
  call.path = app_path(app) + "/machines/" + url_encode(id) + "/stop";
  call.what = "stop machine " + id;
  call.body = nlohmann::json::object();
  RAXOL_TRY(fly.transport().send(call));
  return {};
}

Result<Outcome> apply_advancing(FlyTestContext& fly, Target& target, const Plan& plan) {
  auto progress = fly.context().ui.start_progress("Deploying", "machines");
  return advancing(fly.clock(), [&] { return target.apply(plan, *progress); });
}

Result<Outcome> deploy(FlyTestContext& fly, Target& target, const std::string& image,
                       OptionValues extra, std::chrono::seconds wait_timeout) {
  auto plan = plan_image(target, image, std::move(extra), wait_timeout);
  INFO((plan.ok() ? "" : plan.error().message));
  REQUIRE(plan.ok());
  return apply_advancing(fly, target, *plan);
}

std::vector<std::string> machine_images(FlyTestContext& fly, const std::string& app) {
  std::vector<std::string> images;
  for (const auto& machine : fly.box().app_machines(app))
    images.push_back(machine["config"].value("image", std::string()));
  std::sort(images.begin(), images.end());
  return images;
}

int mutating_requests(FlyTestContext& fly) {
  int count = 0;
  for (const auto& entry : fly.box().sandbox().requests().entries())
    if (entry.mutating() && entry.path != "/graphql") ++count;
  return count;
}

}  // namespace raxol::fly::test
