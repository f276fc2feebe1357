#include "cli/command_examples.h"

#include <map>

namespace raxol {

namespace {

// Codes beyond the common ones: 4 (rolled back), 5 (partial), 6 (conflict: lock, lease, 409).
const std::map<std::string, CommandExtras>& all_extras() {
  static const std::map<std::string, CommandExtras> extras = {
      {"plan",
       {{{"plan", "Show every step a deploy of all targets would take, in deploy order"},
         {"plan fly --image registry.fly.io/raxol:v42",
          "Show the machine updates a deploy of this image would make"},
         {"--json plan", "The same plans as JSON, for scripts"}},
        {}}},
      {"deploy",
       {{{"deploy", "Deploy every target in dependency order, then print a summary table"},
         {"deploy fly --image registry.fly.io/raxol:v42 --strategy canary",
          "Deploy an image to Fly.io, one canary machine first"},
         {"deploy fly --image registry.fly.io/raxol:v42 --dry-run",
          "Print the exact plan and change nothing"},
         {"deploy pages --branch preview-login",
          "Upload the static folder to Cloudflare Pages as a preview of that branch"},
         {"--sandbox deploy gh-pages --message \"Benchmarks for v1.2\"",
          "Publish the GitHub Pages folder to the loopback sandbox, with a commit message"}},
        {4, 5, 6}}},
      {"status",
       {{{"status", "What every target is serving"},
         {"status fly --json", "Machines, release and checks of the Fly.io app as JSON"}},
        {}}},
      {"releases",
       {{{"releases fly", "The Fly.io app's releases, newest first; * marks the one serving"},
         {"--json releases pages", "The Cloudflare Pages deployments as JSON"}},
        {}}},
      {"rollback",
       {{{"rollback fly --yes", "Serve the last good release before the current one again"},
         {"rollback fly --to v3 --dry-run", "Show what returning to release v3 would change"},
         {"rollback gh-pages --to 3 --yes", "Make release 3 of the GitHub Pages site serve again"}},
        {4, 6}}},
      {"perf check",
       {{{"perf check", "Check the newest run against the last 15 runs of the default branch"},
         {"perf check --baseline merge-base --markdown",
          "Compare with main as of the merge base and print a pull-request comment"},
         {"--json perf check --fail-on never", "Every verdict as JSON, never failing"}},
        {8}}},
      {"history",
       {{{"history", "The last 50 recorded actions, newest first"},
         {"history fly -n 10", "The last 10 actions on the fly target"}},
        {}}},
      {"logs",
       {{{"logs fly", "The 100 most recent log lines of the Fly.io app"},
         {"logs fly --follow --region ams", "Keep printing new lines from machines in ams"},
         {"logs fly -n 20 --machine 148ed193b95948", "The last 20 lines of one machine"}},
        {}}},
      {"exec",
       {{{"exec fly -- /app/bin/migrate", "Run the migrations in any started machine"},
         {"exec fly --machine 148ed193b95948 --timeout 300 -- /app/bin/raxol eval 'IO.puts(:ok)'",
          "Run a command in one machine, allowing it five minutes"}},
        {6}}},
      {"perf ingest",
       {{{"perf ingest bench/output/hyperfine.json", "Store a hyperfine run for the current commit"},
         {"perf ingest run1.json run2.json --format google-benchmark --suite core",
          "Two repetitions of one Google Benchmark run, in suite core"}},
        {}}},
      {"perf time",
       {{{"perf time --name build -- make -j2", "Time one build and store wall, user, sys and peak memory"}},
        {}}},
      {"secrets set",
       {{{"secrets set fly DATABASE_URL=-", "Set one secret, its value read from stdin",
          "printf %s \"$DATABASE_URL\" |"},
         {"secrets set fly --from-env-file .env.production --stage",
          "Store the NAME=VALUE lines of a file; machines get them at the next deploy"},
         {"secrets set pages API_BASE=https://api.raxol.io --env preview",
          "Set a secret of the Cloudflare Pages preview environment"}},
        {6}}},
      {"secrets list",
       {{{"secrets list fly", "Secret names, digests and dates (never values)"},
         {"--json secrets list pages --env production", "The production secrets as JSON"}},
        {}}},
      {"secrets unset",
       {{{"secrets unset fly OLD_TOKEN LEGACY_URL --yes", "Remove two secrets without asking"},
         {"secrets unset fly OLD_TOKEN --stage --yes",
          "Remove it from the store only; machines lose it at the next deploy"}},
        {6}}},
      {"secrets deploy",
       {{{"secrets deploy fly", "Apply staged secrets: restart the running machines with them"}},
        {6}}},
      {"perf publish",
       {{{"perf publish --results bench/output/benchee.json",
          "Ingest this commit's results, check them, publish the dashboard to [perf] target"},
         {"--sandbox perf publish gh-pages --fail-on never",
          "Re-render and publish the dashboard from the history, reporting regressions only"}},
        {8}}},
      {"perf prune",
       {{{"perf prune --keep 200", "Keep the newest 200 runs; the next publish drops the rest"},
         {"perf prune --before 2026-01-01", "Drop the runs ingested before 2026"}},
        {}}},
      {"perf render",
       {{{"perf render --out site/performance", "Write the dashboard from .raxol/perf"},
         {"perf render --history perf-history --out site/performance --commit-url 'https://github.com/OWNER/REPO/commit/{sha}' --title 'Raxol performance'",
          "Link every point of the charts to its commit on GitHub"}},
        {}}},
      {"certs add",
       {{{"certs add fly raxol.io", "Add a custom domain and print the DNS records to set"},
         {"certs add pages www.raxol.io --wait --wait-timeout 10m",
          "Add a domain and wait up to ten minutes for its certificate"}},
        {6}}},
      {"certs show",
       {{{"certs show fly raxol.io", "The certificate's status and the DNS records it needs"}},
        {}}},
      {"certs check",
       {{{"certs check fly raxol.io --wait",
          "Ask for a new DNS and certificate check, and wait until it is issued"}},
        {}}},
      {"certs list",
       {{{"certs list fly", "The custom domains of the Fly.io app"},
         {"--json certs list gh-pages", "The GitHub Pages custom domain as JSON"}},
        {}}},
      {"certs remove",
       {{{"certs remove fly old.raxol.io --yes", "Remove a domain and its certificate"}}, {6}}},
      {"config show",
       {{{"config show", "The machine config each process group of ./fly.toml gets"},
         {"config show deploy/fly.toml --process-group worker",
          "Only the worker group's config, from another file"}},
        {}}},
      {"config validate",
       {{{"config validate", "Check ./fly.toml the way a deploy would"},
         {"--json config validate examples/raxol/fly.toml",
          "Check a file and print the result, process groups and warnings as JSON"}},
        {}}},
      {"sandbox serve",
       {{{"sandbox serve", "Serve the emulators on a free loopback port until interrupted"},
         {"sandbox serve --listen 127.0.0.1:8790 --state /tmp/raxol-sandbox",
          "Serve them on a fixed port with their state in /tmp/raxol-sandbox"}},
        {}}},
      {"targets",
       {{{"targets", "The targets of raxol-deploy.toml, or those discovered"},
         {"targets --discover ../raxol",
          "What would deploy from fly.toml and .github/workflows of another checkout"},
         {"-C examples/raxol --json targets", "The example project's targets as JSON"}},
        {}}},
      {"version",
       {{{"version", "Print the version"}, {"--json version", "The name and version as JSON"}},
        {}}},
      {"completion",
       {{{"completion bash", "Install bash completion for every user", "",
          "> /etc/bash_completion.d/raxol-deploy"},
         {"completion zsh", "Install zsh completion (then start a new zsh)", "",
          "> \"${fpath[1]}/_raxol-deploy\""},
         {"completion fish", "Install fish completion", "",
          "> ~/.config/fish/completions/raxol-deploy.fish"},
         {"completion bash", "Try bash completion in the current shell", "source <(", ")"}},
        {}}},
  };
  return extras;
}

}  // namespace

std::string CommandExample::shell_line() const {
  std::string line = before.empty() ? "" : before + (before.back() == '(' ? "" : " ");
  line += "raxol-deploy " + args;
  if (!after.empty()) line += (after.front() == ')' ? "" : " ") + after;
  return line;
}

const CommandExtras& command_extras(const std::string& path) {
  static const CommandExtras none;
  auto found = all_extras().find(path);
  return found == all_extras().end() ? none : found->second;
}

std::vector<std::string> command_extras_paths() {
  std::vector<std::string> paths;
  for (const auto& [path, extras] : all_extras()) paths.push_back(path);
  return paths;
}

}  // namespace raxol
