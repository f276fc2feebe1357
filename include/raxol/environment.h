// Environment variables behind a seam: `--sandbox` and tests point clients at loopback
// emulators by overlaying variables, without touching the process environment.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace raxol {

class Environment {
 public:
  virtual ~Environment() = default;
  // The variable's value, or nullopt when unset. An empty value counts as set.
  virtual std::optional<std::string> get(const std::string& name) const = 0;

  // The first of `names` that is set and non-empty.
  std::optional<std::string> first_of(std::initializer_list<const char*> names) const;
};

// Reads the real process environment.
std::unique_ptr<Environment> make_process_environment();

// `overrides` first, then `base`. Values set to nullopt hide the base value.
class OverlayEnvironment : public Environment {
 public:
  explicit OverlayEnvironment(const Environment* base) : base_(base) {}
  void set(const std::string& name, std::optional<std::string> value) {
    overrides_[name] = std::move(value);
  }
  std::optional<std::string> get(const std::string& name) const override;

 private:
  const Environment* base_;
  std::map<std::string, std::optional<std::string>> overrides_;
};

}  // namespace raxol
