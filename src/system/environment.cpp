#include "raxol/environment.h"

#include <cstdlib>

namespace raxol {

std::optional<std::string> Environment::first_of(std::initializer_list<const char*> names) const {
  for (const char* name : names) {
    auto value = get(name);
    if (value && !value->empty()) return value;
  }
  return std::nullopt;
}

namespace {
class ProcessEnvironment : public Environment {
 public:
  std::optional<std::string> get(const std::string& name) const override {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  }
};
}  // namespace

std::unique_ptr<Environment> make_process_environment() {
  return std::make_unique<ProcessEnvironment>();
}

std::optional<std::string> OverlayEnvironment::get(const std::string& name) const {
  auto found = overrides_.find(name);
  if (found != overrides_.end()) return found->second;
  return base_ != nullptr ? base_->get(name) : std::nullopt;
}

}  // namespace raxol
