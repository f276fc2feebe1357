// What `config show` and `config validate` report about a kind's own config file (fly.toml).
// The kind implements the hooks (targets/fly/config/config_file_hooks.cpp), the registry
// folder names the kind that has them (targets/config_files.cpp), and the commands reach them
// through core/config_file.h, so no command includes a kind's parser.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "raxol/result.h"

namespace raxol {

struct Context;

struct ConfigFileReport {
  std::string file;                   // the file read, as named in messages
  nlohmann::json document;            // show: the document; validate: the --json document
  std::string summary;                // validate: the line people read ("fly.toml is valid...")
  std::vector<std::string> warnings;  // one line each, FILE:LINE:COL first
};

struct ConfigFileHooks {
  // `group` non-empty: only that process group.
  std::function<Result<ConfigFileReport>(Context&, const std::string& file,
                                         const std::string& group)>
      show;
  std::function<Result<ConfigFileReport>(Context&, const std::string& file)> validate;
};

}  // namespace raxol
