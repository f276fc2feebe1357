#include "targets/fly/config/fly_config.h"

namespace raxol::fly {

const char* autostop_name(Autostop autostop) {
  switch (autostop) {
    case Autostop::off:
      return "off";
    case Autostop::stop:
      return "stop";
    case Autostop::suspend:
      return "suspend";
  }
  return "off";
}

SourceLocation FlyConfig::location(const std::string& key) const {
  std::string current = key;
  while (!current.empty()) {
    auto found = locations.find(current);
    if (found != locations.end()) return found->second;
    // Step out to the enclosing table or array: "a.b[2].c" -> "a.b[2]" -> "a.b" -> "a".
    auto cut = current.find_last_of(".[");
    if (cut == std::string::npos) break;
    current.erase(cut);
  }
  SourceLocation fallback;
  fallback.file = file;
  return fallback;
}

}  // namespace raxol::fly
