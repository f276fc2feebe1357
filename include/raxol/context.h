// Everything a command needs from the outside world, passed explicitly (no globals), so that a
// test can hand in loopback services, a fake clock or a capturing Ui.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>

#include "raxol/cancel.h"
#include "raxol/clock.h"
#include "raxol/environment.h"
#include "raxol/filesystem.h"
#include "raxol/http.h"
#include "raxol/process.h"
#include "raxol/redact.h"
#include "raxol/ui.h"

namespace raxol {

// The global flags, accepted before or after the command.
struct GlobalOptions {
  bool json = false;
  int verbosity = 0;
  bool yes = false;                   // answer confirmations
  bool sandbox = false;               // run against an in-process loopback sandbox
  std::filesystem::path work_dir;     // -C DIR (already applied: paths below are relative to it)
  std::filesystem::path config_file;  // --config FILE (empty: raxol-deploy.toml if present)
};

struct Context {
  Environment& env;
  HttpClient& http;  // the decorated stack: logging + redaction, retry, libcurl
  Clock& clock;
  FileSystem& fs;
  ProcessRunner& processes;
  Ui& ui;
  Redactor& redactor;
  CancelToken& cancel;
  std::istream& input;  // stdin: secret values can come from it (NAME=-)
  GlobalOptions options;
};

}  // namespace raxol
