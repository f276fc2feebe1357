// Errors are values: every fallible function returns Result<T>. Library exceptions (toml++,
// nlohmann, CLI11, yaml-cpp) are caught in the adapter that calls the library and turned into
// an Error here. The exit code is chosen from Error::kind in one place (src/cli/exit_codes.cpp).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace raxol {

enum class ErrorKind {
  usage,        // bad command line
  config,       // bad configuration file or value
  auth,         // missing or rejected credentials
  not_found,    // the named thing does not exist
  conflict,     // someone else holds it (lease, lock, concurrent update)
  network,      // the request never got an HTTP answer
  api,          // the service answered with an error status
  timeout,      // waited long enough for a state that never came
  failed,       // the operation ran and failed (deploy step, release command, check)
  rolled_back,  // a deploy failed and the previous release was restored
  partial,      // required targets succeeded, an optional one failed
  interrupted,  // SIGINT/SIGTERM
  unsupported,  // the target does not offer this ability
  build,        // the image could not be built or pushed (no builder, a failed step, refused)
  regression,   // perf check: a benchmark got slower (or bigger) beyond tolerance and noise
  internal,     // a bug or an unexpected local failure
};

struct Error {
  ErrorKind kind = ErrorKind::internal;
  std::string message;             // one line, no secrets
  std::vector<std::string> notes;  // extra lines: hints, what was left in which state
  int http_status = 0;             // the HTTP status when the error came from an API

  Error with_note(std::string note) const {
    Error copy = *this;
    copy.notes.push_back(std::move(note));
    return copy;
  }
};

inline Error make_error(ErrorKind kind, std::string message) {
  return Error{kind, std::move(message), {}, 0};
}

// Result<T> holds either a value or an Error. Deliberately tiny: check ok(), then use value()
// or error(); `RAXOL_TRY` propagates errors.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<Error>(data_); }
  Error& error() { return std::get<Error>(data_); }

 private:
  std::variant<T, Error> data_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }
  Error& error() { return *error_; }

 private:
  std::optional<Error> error_;
};

using Status = Result<void>;

}  // namespace raxol

// Evaluate `expr` (a Result); on error return the error from the enclosing function.
#define RAXOL_TRY(expr)                                  \
  do {                                                   \
    auto&& raxol_try_result_ = (expr);                   \
    if (!raxol_try_result_.ok()) return raxol_try_result_.error(); \
  } while (false)

// Evaluate `expr` (a Result<T>) and move its value into `decl`, or return its error.
#define RAXOL_CONCAT_INNER_(a, b) a##b
#define RAXOL_CONCAT_(a, b) RAXOL_CONCAT_INNER_(a, b)
#define RAXOL_ASSIGN_OR_RETURN(decl, expr)                                        \
  auto RAXOL_CONCAT_(raxol_result_, __LINE__) = (expr);                            \
  if (!RAXOL_CONCAT_(raxol_result_, __LINE__).ok())                                \
    return RAXOL_CONCAT_(raxol_result_, __LINE__).error();                         \
  decl = std::move(RAXOL_CONCAT_(raxol_result_, __LINE__)).value()
