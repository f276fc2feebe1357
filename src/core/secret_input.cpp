#include "core/secret_input.h"

#include <istream>
#include <iterator>
#include <sstream>

#include "raxol/source_location.h"
#include "util/strings.h"

namespace raxol {

namespace {
constexpr size_t kMaxStdinValue = 64 * 1024;
}  // namespace

Result<std::map<std::string, std::string>> parse_env_file(const std::string& text,
                                                          const std::string& file) {
  std::map<std::string, std::string> values;
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    std::string content = trim(line);
    if (content.empty() || content[0] == '#') continue;
    if (content.rfind("export ", 0) == 0) content = trim(content.substr(7));
    auto eq = content.find('=');
    SourceLocation where{file, number, 1};
    if (eq == std::string::npos)
      return config_error(where, "", "NAME=VALUE", "a line without '='");
    std::string name = trim(content.substr(0, eq));
    std::string value = trim(content.substr(eq + 1));
    if (!valid_secret_name(name))
      return config_error(where, name, "a name of letters, digits and _", "'" + name + "'");
    if (value.rfind("\"\"\"", 0) == 0) {  // a multi-line value
      value = value.substr(3);
      while (value.find("\"\"\"") == std::string::npos && std::getline(lines, line)) {
        ++number;
        value += "\n" + line;
      }
      auto close = value.find("\"\"\"");
      if (close == std::string::npos)
        return config_error(where, name, "a closing \"\"\"", "the end of the file");
      value = value.substr(0, close);
    } else if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
               value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    values[name] = value;
  }
  return values;
}

Result<std::map<std::string, std::string>> read_secret_values(Context& context,
                                                              const std::vector<std::string>& args,
                                                              const std::string& env_file) {
  std::map<std::string, std::string> values;
  bool stdin_used = false;
  for (const auto& arg : args) {
    auto eq = arg.find('=');
    std::string name = arg.substr(0, eq);
    // The part before '=' is a name and safe to show; an argument without '=' may be a bare
    // value typed by mistake, so it is never echoed.
    if (eq != std::string::npos && !valid_secret_name(name))
      return make_error(ErrorKind::usage, "'" + name + "' is not a secret name: use letters, "
                                          "digits and _, not starting with a digit (argument " +
                                              std::to_string(&arg - args.data() + 1) + ")");
    if (eq == std::string::npos)
      return make_error(ErrorKind::usage,
                        "expected NAME=VALUE or NAME=- with a name of letters, digits and _ "
                        "(argument " + std::to_string(&arg - args.data() + 1) + ")");
    std::string value = arg.substr(eq + 1);
    if (value == "-") {
      if (stdin_used)
        return make_error(ErrorKind::usage, "only one NAME=- can read its value from stdin");
      stdin_used = true;
      std::string read(std::istreambuf_iterator<char>(context.input), {});
      if (read.size() > kMaxStdinValue)
        return make_error(ErrorKind::usage, name + ": the value on stdin is over 64 KiB");
      if (!read.empty() && read.back() == '\n') read.pop_back();
      if (!read.empty() && read.back() == '\r') read.pop_back();
      value = read;
    }
    values[name] = value;
  }
  if (!env_file.empty()) {
    RAXOL_ASSIGN_OR_RETURN(std::string text, context.fs.read_file(env_file));
    RAXOL_ASSIGN_OR_RETURN(auto from_file, parse_env_file(text, env_file));
    for (auto& [name, value] : from_file) values[name] = value;
  }
  for (const auto& [name, value] : values) context.redactor.add(value);
  if (values.empty())
    return make_error(ErrorKind::usage, "nothing to set: give NAME=VALUE, NAME=- or --from-env-file");
  return values;
}

}  // namespace raxol
