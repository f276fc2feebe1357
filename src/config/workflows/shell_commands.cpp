#include "config/workflows/shell_commands.h"

#include <array>
#include <cctype>
#include <filesystem>

namespace raxol::workflows {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

bool is_assignment(const std::string& word) {
  const auto equals = word.find('=');
  if (equals == std::string::npos || equals == 0) return false;
  if (std::isdigit(static_cast<unsigned char>(word[0]))) return false;
  for (size_t i = 0; i < equals; ++i)
    if (!std::isalnum(static_cast<unsigned char>(word[i])) && word[i] != '_') return false;
  return true;
}

// Words that introduce a command without being it: `if flyctl deploy; then ...`.
bool is_prefix_word(const std::string& word) {
  static constexpr std::array<std::string_view, 13> kPrefixes = {
      "then", "do", "else", "elif", "if",  "while", "until",
      "{",    "!",  "time", "exec", "env", "sudo"};
  for (auto prefix : kPrefixes)
    if (word == prefix) return true;
  return false;
}

struct Segment {
  std::vector<std::string> words;
  std::string text;
};

// Splits one logical line into commands. With `operators` off the whole line is one command
// (for action inputs such as flyctl-actions' `args`). Heredoc delimiters are appended to
// `heredocs` so the caller can skip their bodies.
std::vector<Segment> scan_line(std::string_view line, bool operators,
                               std::vector<std::string>& heredocs) {
  std::vector<Segment> segments;
  Segment current;
  std::string word;
  bool in_word = false;
  size_t start = 0;
  const size_t size = line.size();
  auto end_word = [&] {
    if (in_word) current.words.push_back(word);
    word.clear();
    in_word = false;
  };
  auto end_segment = [&](size_t end) {
    end_word();
    current.text = std::string(trim(line.substr(start, end - start)));
    if (!current.words.empty()) segments.push_back(std::move(current));
    current = Segment{};
  };
  auto take_expression = [&](size_t& i) {
    const size_t close = line.find("}}", i + 3);
    const size_t stop = close == std::string_view::npos ? size : close + 2;
    word.append(line.substr(i, stop - i));
    in_word = true;
    i = stop;
  };
  for (size_t i = 0; i < size;) {
    const char c = line[i];
    if (line.substr(i, 3) == "${{") {
      take_expression(i);
    } else if (c == '\'') {
      const size_t close = line.find('\'', i + 1);
      const size_t stop = close == std::string_view::npos ? size : close;
      word.append(line.substr(i + 1, stop - i - 1));
      in_word = true;
      i = stop == size ? size : stop + 1;
    } else if (c == '"') {
      in_word = true;
      for (++i; i < size && line[i] != '"';) {
        if (line[i] == '\\' && i + 1 < size &&
            std::string_view("\"\\$`").find(line[i + 1]) != std::string_view::npos) {
          word += line[i + 1];
          i += 2;
        } else if (line.substr(i, 3) == "${{") {
          take_expression(i);
        } else {
          word += line[i++];
        }
      }
      ++i;
    } else if (c == '\\' && i + 1 < size) {
      word += line[i + 1];
      in_word = true;
      i += 2;
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      end_word();
      ++i;
    } else if (c == '#' && !in_word) {
      break;  // a comment runs to the end of the line
    } else if (operators && line.substr(i, 2) == "<<" && line.substr(i, 3) != "<<<") {
      end_word();
      i += 2;
      if (i < size && line[i] == '-') ++i;
      while (i < size && line[i] == ' ') ++i;
      std::string delimiter;
      while (i < size && !std::isspace(static_cast<unsigned char>(line[i])) && line[i] != ';' &&
             line[i] != '&' && line[i] != '|') {
        if (line[i] != '\'' && line[i] != '"') delimiter += line[i];
        ++i;
      }
      if (!delimiter.empty()) heredocs.push_back(delimiter);
    } else if (operators && (c == ';' || c == '|' || c == '(' || c == ')' ||
                             (c == '&' && !(i > 0 && (line[i - 1] == '>' || line[i - 1] == '<')) &&
                              !(i + 1 < size && line[i + 1] == '>')))) {
      end_segment(i);
      i += (i + 1 < size && line[i + 1] == c && (c == '&' || c == '|')) ? 2 : 1;
      start = i;
    } else {
      word += c;
      in_word = true;
      ++i;
    }
  }
  end_segment(size);
  for (auto& segment : segments) {
    auto& words = segment.words;
    size_t skip = 0;
    while (skip < words.size() && (is_assignment(words[skip]) || is_prefix_word(words[skip])))
      ++skip;
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(skip));
  }
  std::erase_if(segments, [](const Segment& segment) { return segment.words.empty(); });
  return segments;
}

// Lines with backslash-newline continuations joined.
std::vector<std::string> logical_lines(std::string_view script) {
  std::vector<std::string> lines;
  std::string pending;
  size_t begin = 0;
  while (begin <= script.size()) {
    size_t end = script.find('\n', begin);
    if (end == std::string_view::npos) end = script.size();
    std::string_view line = script.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.back() == '\\') {
      pending.append(line.substr(0, line.size() - 1));
      pending += ' ';
    } else {
      pending.append(line);
      lines.push_back(std::move(pending));
      pending.clear();
    }
    begin = end + 1;
  }
  if (!pending.empty()) lines.push_back(std::move(pending));
  return lines;
}

}  // namespace

bool is_expression(std::string_view value) { return value.find("${{") != std::string_view::npos; }

namespace {

// Removes a leading $GITHUB_WORKSPACE (in its spellings); true when there was one.
bool strip_workspace(std::string_view& text) {
  static constexpr std::array<std::string_view, 4> kWorkspace = {
      "${{ github.workspace }}", "${{github.workspace}}", "${GITHUB_WORKSPACE}",
      "$GITHUB_WORKSPACE"};
  for (auto prefix : kWorkspace) {
    if (text.substr(0, prefix.size()) == prefix &&
        (text.size() == prefix.size() || text[prefix.size()] == '/')) {
      text.remove_prefix(prefix.size());
      while (!text.empty() && text.front() == '/') text.remove_prefix(1);
      return true;
    }
  }
  return false;
}

}  // namespace

std::string normalize_path(std::string_view path) {
  std::string_view text = trim(path);
  strip_workspace(text);
  if (is_expression(text) || text.empty()) return std::string(text);
  std::string normal = std::filesystem::path(text).lexically_normal().generic_string();
  while (normal.size() > 1 && normal.back() == '/') normal.pop_back();
  return normal == "." ? std::string() : normal;
}

std::string join_path(const std::string& directory, const std::string& path) {
  std::string_view rooted = trim(path);
  const bool from_workspace = strip_workspace(rooted);
  if (is_expression(rooted)) return std::string(rooted);
  std::string relative = normalize_path(rooted);
  std::string joined;
  if (from_workspace || (!relative.empty() && relative.front() == '/'))
    joined = relative;
  else if (directory.empty())
    joined = relative;
  else if (relative.empty())
    joined = is_expression(directory) ? directory : normalize_path(directory);
  else if (is_expression(directory))
    joined = directory + "/" + relative;
  else
    joined = normalize_path(directory + "/" + relative);
  return joined.empty() ? "." : joined;
}

std::vector<std::string> split_words(std::string_view line) {
  std::vector<std::string> heredocs;
  std::vector<std::string> words;
  for (auto& segment : scan_line(line, false, heredocs))
    words.insert(words.end(), segment.words.begin(), segment.words.end());
  return words;
}

std::vector<ShellCommand> split_shell_script(std::string_view script,
                                             const std::string& working_directory) {
  std::vector<ShellCommand> commands;
  std::string directory = normalize_path(working_directory);
  std::vector<std::string> heredocs;
  for (const auto& line : logical_lines(script)) {
    if (!heredocs.empty()) {
      if (trim(line) == heredocs.front()) heredocs.erase(heredocs.begin());
      continue;
    }
    for (auto& segment : scan_line(line, true, heredocs)) {
      if (segment.words[0] == "cd" && segment.words.size() >= 2 && segment.words[1] != "-" &&
          segment.words[1].front() != '~') {
        directory = join_path(directory, segment.words[1]);
        if (directory == ".") directory.clear();
      }
      commands.push_back({std::move(segment.words), std::move(segment.text), directory});
    }
  }
  return commands;
}

}  // namespace raxol::workflows
