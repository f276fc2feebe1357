// Catch2 v2's XML reporter (-r xml) with CATCH_CONFIG_ENABLE_BENCHMARKING: every
// <BenchmarkResults name=...> holds <mean value lowerBound upperBound/> in ns. The benchmark's
// name is its TestCase (and Sections) joined with '/'. No XML library for one element shape: a
// small tag scanner that takes attributes in any order, both quote styles and the five entities
// plus numeric references, skips comments, declarations and CDATA, and refuses a cut file.
#include <cstdlib>
#include <map>

#include "perf/ingest/parse_support.h"
#include "perf/ingest/parsers.h"

namespace raxol::perf::ingest {

namespace {

struct Tag {
  std::string name;
  std::map<std::string, std::string> attributes;
  bool closing = false;      // </name>
  bool self_closing = false;  // <name/>
};

std::string append_utf8(std::string out, unsigned long code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return out;
}

std::string unescape(const std::string& text) {
  static const std::map<std::string, char> entities = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t end = text[i] == '&' ? text.find(';', i) : std::string::npos;
    if (end == std::string::npos) {
      out += text[i];
      continue;
    }
    const std::string entity = text.substr(i + 1, end - i - 1);
    if (auto it = entities.find(entity); it != entities.end()) {
      out += it->second;
    } else if (entity.size() > 1 && entity[0] == '#') {
      const bool hex = entity[1] == 'x' || entity[1] == 'X';
      out = append_utf8(std::move(out),
                        std::strtoul(entity.c_str() + (hex ? 2 : 1), nullptr, hex ? 16 : 10));
    } else {
      out += text.substr(i, end - i + 1);  // not an entity we know: kept as written
    }
    i = end;
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Reads the tag starting at text[at] == '<'; `at` ends after its '>'. Comments and the like
// come back with an empty name.
Result<Tag> read_tag(const std::string& text, size_t& at, const std::string& file) {
  auto skip_to = [&](const char* end) -> Result<Tag> {
    const size_t found = text.find(end, at);
    if (found == std::string::npos) return malformed(file, "(xml)", "the file ends inside a tag");
    at = found + std::string(end).size();
    return Tag{};
  };
  if (text.compare(at, 4, "<!--") == 0) return skip_to("-->");
  if (text.compare(at, 9, "<![CDATA[") == 0) return skip_to("]]>");
  if (text.compare(at, 2, "<?") == 0 || text.compare(at, 2, "<!") == 0) return skip_to(">");
  Tag tag;
  size_t i = at + 1;
  if (i < text.size() && text[i] == '/') {
    tag.closing = true;
    ++i;
  }
  while (i < text.size() && !is_space(text[i]) && text[i] != '>' && text[i] != '/') tag.name += text[i++];
  while (true) {
    while (i < text.size() && is_space(text[i])) ++i;
    if (i >= text.size()) return malformed(file, "(xml)", "the file ends inside <" + tag.name + ">");
    if (text[i] == '>') break;
    if (text[i] == '/') {
      tag.self_closing = true;
      ++i;
      continue;
    }
    std::string key;
    while (i < text.size() && text[i] != '=' && !is_space(text[i]) && text[i] != '>') key += text[i++];
    while (i < text.size() && is_space(text[i])) ++i;
    if (i >= text.size() || text[i] != '=') return malformed(file, tag.name + "." + key, "expected =\"value\"");
    ++i;
    while (i < text.size() && is_space(text[i])) ++i;
    if (i >= text.size() || (text[i] != '"' && text[i] != '\''))
      return malformed(file, tag.name + "." + key, "expected a quoted value");
    const char quote = text[i++];
    const size_t end = text.find(quote, i);
    if (end == std::string::npos) return malformed(file, tag.name + "." + key, "the file ends inside a value");
    tag.attributes[key] = unescape(text.substr(i, end - i));
    i = end + 1;
  }
  at = i + 1;
  return tag;
}

Result<double> attribute_number(const Tag& tag, const char* key, const std::string& file,
                                const std::string& field) {
  auto it = tag.attributes.find(key);
  if (it == tag.attributes.end()) return malformed(file, field + "." + key, "missing");
  char* end = nullptr;
  const double value = std::strtod(it->second.c_str(), &end);
  if (it->second.empty() || *end != '\0') return malformed(file, field + "." + key, "expected a number");
  if (value < 0) return malformed(file, field + "." + key, "negative value " + it->second);
  return value;
}

}  // namespace

Result<Measurements> parse_catch2_xml(const std::string& text, const std::string& file) {
  Measurements out;
  std::vector<std::string> scope;    // TestCase and Section names, outermost first
  std::vector<std::string> open;     // every open element, to find a cut file
  std::optional<Measurement> bench;  // inside <BenchmarkResults>
  std::string bench_field;
  size_t count = 0;
  for (size_t at = text.find('<'); at != std::string::npos; at = text.find('<', at)) {
    RAXOL_ASSIGN_OR_RETURN(Tag tag, read_tag(text, at, file));
    if (tag.name.empty()) continue;
    const bool scoping = tag.name == "TestCase" || tag.name == "Section";
    if (tag.closing) {
      if (open.empty() || open.back() != tag.name)
        return malformed(file, "(xml)", "unexpected </" + tag.name + ">");
      open.pop_back();
      if (scoping && !scope.empty()) scope.pop_back();
      if (tag.name == "BenchmarkResults" && bench) {
        if (bench->values.empty()) return malformed(file, bench_field + ".mean", "missing");
        out.push_back(std::move(*bench));
        bench.reset();
      }
      continue;
    }
    if (scoping && !tag.self_closing) scope.push_back(tag.attributes["name"]);
    if (tag.name == "BenchmarkResults") {
      bench_field = "BenchmarkResults[" + std::to_string(count++) + "]";
      auto name = tag.attributes.find("name");
      if (name == tag.attributes.end() || name->second.empty())
        return malformed(file, bench_field + ".name", "missing");
      std::vector<std::string> parts = scope;
      parts.push_back(name->second);
      std::string joined;
      for (const auto& part : parts) joined += (joined.empty() ? "" : "/") + part;
      bench = measurement(joined, "time", kUnitNanoseconds, {});
    } else if (tag.name == "mean" && bench) {
      const std::string field = bench_field + ".mean";
      RAXOL_ASSIGN_OR_RETURN(double value, attribute_number(tag, "value", file, field));
      bench->values = {value};
      if (tag.attributes.count("lowerBound")) {
        RAXOL_ASSIGN_OR_RETURN(bench->lower, attribute_number(tag, "lowerBound", file, field));
      }
      if (tag.attributes.count("upperBound")) {
        RAXOL_ASSIGN_OR_RETURN(bench->upper, attribute_number(tag, "upperBound", file, field));
      }
    }
    if (!tag.self_closing) open.push_back(tag.name);
  }
  if (!open.empty()) return malformed(file, "(xml)", "the file ends inside <" + open.back() + ">");
  if (out.empty()) return malformed(file, "BenchmarkResults", "expected at least one benchmark");
  return out;
}

}  // namespace raxol::perf::ingest
