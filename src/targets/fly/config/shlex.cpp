#include "targets/fly/config/shlex.h"

namespace raxol::fly {

namespace {

enum class State { start, in_word, escaping, escaping_quoted, quoting_escaping, quoting, comment };

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

Result<std::vector<std::string>> shell_split(std::string_view command) {
  std::vector<std::string> words;
  std::string word;
  State state = State::start;
  auto finish_word = [&] {
    words.push_back(word);
    word.clear();
    state = State::start;
  };

  for (char c : command) {
    switch (state) {
      case State::start:
        if (is_blank(c)) break;
        if (c == '"') {
          state = State::quoting_escaping;
        } else if (c == '\'') {
          state = State::quoting;
        } else if (c == '\\') {
          state = State::escaping;
        } else if (c == '#') {
          state = State::comment;
        } else {
          word += c;
          state = State::in_word;
        }
        break;
      case State::in_word:
        if (is_blank(c)) {
          finish_word();
        } else if (c == '"') {
          state = State::quoting_escaping;
        } else if (c == '\'') {
          state = State::quoting;
        } else if (c == '\\') {
          state = State::escaping;
        } else {
          word += c;
        }
        break;
      case State::escaping:
        word += c;
        state = State::in_word;
        break;
      case State::escaping_quoted:
        word += c;
        state = State::quoting_escaping;
        break;
      case State::quoting_escaping:
        if (c == '"') {
          state = State::in_word;
        } else if (c == '\\') {
          state = State::escaping_quoted;
        } else {
          word += c;
        }
        break;
      case State::quoting:
        if (c == '\'') {
          state = State::in_word;
        } else {
          word += c;
        }
        break;
      case State::comment:
        if (c == '\n') state = State::start;  // a comment runs to the end of its line
        break;
    }
  }

  switch (state) {
    case State::in_word:
      words.push_back(word);
      break;
    case State::escaping:
    case State::escaping_quoted:
      return make_error(ErrorKind::config, "EOF found after escape character");
    case State::quoting_escaping:
    case State::quoting:
      return make_error(ErrorKind::config, "EOF found when expecting closing quote");
    case State::start:
    case State::comment:
      break;
  }
  return words;
}

}  // namespace raxol::fly
