#include "util/glob.h"

namespace raxol {

namespace {

enum class TokenKind { literal, any_char, star, double_star };

struct Token {
  TokenKind kind;
  char c = 0;
};

std::vector<Token> tokens_of(std::string_view pattern) {
  std::vector<Token> tokens;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '*') {
      const bool twice = i + 1 < pattern.size() && pattern[i + 1] == '*';
      if (twice) ++i;
      tokens.push_back({twice ? TokenKind::double_star : TokenKind::star});
    } else if (pattern[i] == '?') {
      tokens.push_back({TokenKind::any_char});
    } else {
      tokens.push_back({TokenKind::literal, pattern[i]});
    }
  }
  return tokens;
}

bool is_star(const Token& token) {
  return token.kind == TokenKind::star || token.kind == TokenKind::double_star;
}

// Adds `position` and, since a star may match nothing, every position right after a run of
// stars that starts there.
void add_state(const std::vector<Token>& tokens, std::vector<char>& states, size_t position) {
  while (position < tokens.size() && !states[position]) {
    states[position] = 1;
    if (!is_star(tokens[position])) return;
    ++position;
  }
  if (position == tokens.size()) states[position] = 1;
}

}  // namespace

bool glob_matches(std::string_view pattern, std::string_view text) {
  const std::vector<Token> tokens = tokens_of(pattern);
  std::vector<char> current(tokens.size() + 1, 0), next(tokens.size() + 1, 0);
  add_state(tokens, current, 0);
  for (const char c : text) {
    std::fill(next.begin(), next.end(), 0);
    bool any = false;
    for (size_t position = 0; position < tokens.size(); ++position) {
      if (!current[position]) continue;
      const Token& token = tokens[position];
      switch (token.kind) {
        case TokenKind::literal:
          if (token.c == c) add_state(tokens, next, position + 1), any = true;
          break;
        case TokenKind::any_char:
          if (c != '/') add_state(tokens, next, position + 1), any = true;
          break;
        case TokenKind::star:
          if (c != '/') add_state(tokens, next, position), any = true;
          break;
        case TokenKind::double_star:
          add_state(tokens, next, position), any = true;
          break;
      }
    }
    if (!any) return false;
    current.swap(next);
  }
  return current[tokens.size()] != 0;
}

bool glob_matches_any(const std::vector<std::string>& patterns, std::string_view text) {
  for (const auto& pattern : patterns)
    if (glob_matches(pattern, text)) return true;
  return false;
}

}  // namespace raxol
