#include "config/workflows/deploy_commands.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "config/workflows/shell_commands.h"

namespace raxol::workflows {
namespace {

std::string basename(const std::string& word) {
  const auto slash = word.find_last_of('/');
  return slash == std::string::npos ? word : word.substr(slash + 1);
}

// A flag and its value, for `--name value`, `--name=value` and `-n value`.
struct Flag {
  std::string name;
  std::string value;
  bool has_value = false;
  std::string written;  // as the script wrote it: "--app=x" or "--app x"
};

// Reads the flag at words[i] and advances i past its value. `takes_value` lists the flags
// whose value is the next word; any other flag is a switch unless written `--name=value`.
Flag read_flag(const std::vector<std::string>& words, size_t& i,
               const std::set<std::string>& takes_value) {
  Flag flag;
  const std::string& word = words[i];
  const auto equals = word.find('=');
  if (word.rfind("--", 0) == 0 && equals != std::string::npos) {
    flag.name = word.substr(0, equals);
    flag.value = word.substr(equals + 1);
    flag.has_value = true;
    flag.written = word;
  } else {
    flag.name = word;
    flag.written = word;
    if (takes_value.count(word) && i + 1 < words.size()) {
      flag.value = words[++i];
      flag.has_value = true;
      flag.written += " " + flag.value;
    }
  }
  return flag;
}

std::set<std::string> word_set(std::string_view words) {
  std::set<std::string> set;
  for (auto& word : split_words(words)) set.insert(std::move(word));
  return set;
}

bool is_flag(const std::string& word) { return word.size() > 1 && word[0] == '-'; }

}  // namespace

bool mentions_secret(std::string_view value) {
  return value.find("secrets.") != std::string_view::npos ||
         value.find("secrets[") != std::string_view::npos;
}

std::string mask_secret_expressions(std::string_view text) {
  std::string masked;
  size_t at = 0;
  for (size_t open = text.find("${{"); open != std::string_view::npos;
       open = text.find("${{", at)) {
    const size_t close = text.find("}}", open);
    if (close == std::string_view::npos) break;
    masked.append(text.substr(at, open - at));
    const std::string_view expression = text.substr(open, close + 2 - open);
    masked.append(mentions_secret(expression) ? std::string_view("[secret]") : expression);
    at = close + 2;
  }
  masked.append(text.substr(at));
  return masked;
}

void collect_secret_names(std::string_view text, std::vector<std::string>& names) {
  for (size_t at = text.find("secrets"); at != std::string_view::npos;
       at = text.find("secrets", at + 7)) {
    if (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '_'))
      continue;  // "mysecrets.x" is not the secrets context
    size_t i = at + 7;
    if (i < text.size() && text[i] == '.') {
      ++i;
    } else if (i + 1 < text.size() && text[i] == '[' &&
               (text[i + 1] == '\'' || text[i + 1] == '"')) {
      i += 2;
    } else {
      continue;
    }
    size_t end = i;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                                 text[end] == '_' || text[end] == '-'))
      ++end;
    if (end > i) names.emplace_back(text.substr(i, end - i));
  }
}

std::optional<DeployCommand> read_fly_deploy(const std::vector<std::string>& words,
                                             const std::string& directory) {
  if (words.empty()) return std::nullopt;
  const std::string program = basename(words[0]);
  if (program != "flyctl" && program != "fly") return std::nullopt;
  // flyctl's flags that take a value (deploy's own and the global ones).
  static const std::set<std::string> kTakesValue = word_set(
      "--config -c --app -a --image -i --strategy --dockerfile --build-arg --build-secret "
      "--build-target --env -e --region -r --regions --wait-timeout --release-command-timeout "
      "--label --vm-size --vm-cpus --vm-memory --vm-cpu-kind --vm-gpu-kind --max-unavailable "
      "--primary-region --file-local --file-literal --file-secret --image-label --lease-timeout "
      "--signal --only-regions --exclude-regions --process-groups --ignorefile --access-token -t "
      "--org -o --depot-scope");
  DeployCommand command;
  command.kind = "fly";
  bool deploy = false;
  std::string work_dir;  // flyctl deploy [WORKING_DIRECTORY]
  std::string config;
  for (size_t i = 1; i < words.size(); ++i) {
    if (is_flag(words[i])) {
      Flag flag = read_flag(words, i, kTakesValue);
      if (!deploy) continue;  // global flags before the subcommand
      if (flag.name == "-c") flag.name = "--config";
      if (flag.name == "-a") flag.name = "--app";
      if (flag.name == "-i") flag.name = "--image";
      if (mentions_secret(flag.value)) continue;
      if (flag.has_value && flag.name == "--config") {
        config = flag.value;
      } else if (flag.has_value &&
                 (flag.name == "--app" || flag.name == "--image" || flag.name == "--strategy")) {
        command.settings[flag.name.substr(2)] = flag.value;
      } else if (flag.name != "--access-token" && flag.name != "-t") {
        command.flags.push_back(flag.written);
      }
      continue;
    }
    if (!deploy) {
      if (words[i] != "deploy") return std::nullopt;  // another subcommand
      deploy = true;
    } else if (work_dir.empty()) {
      work_dir = words[i];
    }
  }
  if (!deploy) return std::nullopt;
  // flyctl reads --config from the current directory, else fly.toml in the working directory.
  const std::string base = work_dir.empty() ? directory : join_path(directory, work_dir);
  command.settings["config"] =
      config.empty() ? join_path(base, "fly.toml") : join_path(directory, config);
  return command;
}

std::optional<DeployCommand> read_wrangler_pages_deploy(const std::vector<std::string>& words,
                                                        const std::string& directory) {
  size_t i = 0;
  auto skip_flags = [&] {
    while (i < words.size() && is_flag(words[i]) && words[i] != "--") ++i;
    if (i < words.size() && words[i] == "--") ++i;
  };
  if (i < words.size() && (words[i] == "npx" || words[i] == "pnpx" || words[i] == "bunx")) {
    ++i;
    skip_flags();
  } else if (i < words.size() &&
             (words[i] == "pnpm" || words[i] == "yarn" || words[i] == "npm" || words[i] == "bun")) {
    ++i;
    if (i < words.size() &&
        (words[i] == "dlx" || words[i] == "exec" || words[i] == "x" || words[i] == "run"))
      ++i;
    skip_flags();
  }
  if (i >= words.size()) return std::nullopt;
  const std::string program = basename(words[i]);
  if (program != "wrangler" && program.rfind("wrangler@", 0) != 0) return std::nullopt;
  if (i + 2 >= words.size() || words[i + 1] != "pages" ||
      (words[i + 2] != "deploy" && words[i + 2] != "publish"))
    return std::nullopt;
  static const std::set<std::string> kTakesValue = word_set(
      "--project-name --branch --commit-hash --commit-message --cwd --config -c --env -e "
      "--compatibility-date --compatibility-flags --compatibility-flag --log-level");
  DeployCommand command;
  command.kind = "cloudflare-pages";
  std::string dir;
  std::string cwd = directory;
  for (i += 3; i < words.size(); ++i) {
    if (!is_flag(words[i])) {
      if (dir.empty()) dir = words[i];
      continue;
    }
    const Flag flag = read_flag(words, i, kTakesValue);
    if (mentions_secret(flag.value)) continue;
    if (flag.has_value && flag.name == "--project-name") {
      command.settings["project"] = flag.value;
    } else if (flag.has_value && flag.name == "--branch") {
      command.settings["branch"] = flag.value;
    } else if (flag.has_value && flag.name == "--cwd") {
      cwd = join_path(directory, flag.value);
    } else {
      command.flags.push_back(flag.written);
    }
  }
  if (!dir.empty()) command.settings["directory"] = join_path(cwd, dir);
  return command;
}

std::optional<DeployCommand> read_deploy_command(const std::vector<std::string>& words,
                                                 const std::string& directory) {
  if (auto fly = read_fly_deploy(words, directory)) return fly;
  return read_wrangler_pages_deploy(words, directory);
}

}  // namespace raxol::workflows
