#include "perf/ingest/formats.h"

#include "perf/ingest/parse_support.h"
#include "util/strings.h"

namespace raxol::perf::ingest {

using nlohmann::json;

std::vector<std::string> format_choices() {
  std::vector<std::string> out = kFormatNames.names();
  out.emplace_back("auto");
  return out;
}

namespace {

// nlohmann throws on bad JSON; the message keeps its byte position, which is what a user of a
// truncated file needs.
Result<json> parse_json(const std::string& text, const std::string& file) {
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    return malformed(file, "(json)", std::string("not valid JSON (") + e.what() + ")");
  }
}

bool first_item_has(const json& list, const char* key) {
  return list.is_array() && !list.empty() && list[0].is_object() && list[0].contains(key);
}

Result<Format> detect_json(const json& doc, const std::string& file) {
  if (doc.is_array()) {
    if (first_item_has(doc, "run_time_data") || first_item_has(doc, "job_name"))
      return Format::benchee;
    if (first_item_has(doc, "value") && first_item_has(doc, "unit"))
      return malformed(file, "(top)",
                       "a github-action-benchmark list: say --format custom-smaller or "
                       "custom-bigger, the file does not tell which is better");
  } else if (doc.is_object()) {
    const json& benchmarks = doc.value("benchmarks", json::array());
    if (first_item_has(benchmarks, "run_type") || doc.contains("context"))
      return Format::google_benchmark;
    if (first_item_has(benchmarks, "stats")) return Format::pytest_benchmark;
    if (doc.contains("results")) return Format::hyperfine;
    if (doc.contains("mean") || doc.contains("Mean")) return Format::criterion;
    // BMF: every value an object of objects with a "value".
    bool bmf = !doc.empty();
    for (const auto& [name, measures] : doc.items()) {
      bmf = bmf && measures.is_object() && !measures.empty();
      if (bmf)
        for (const auto& [measure, metric] : measures.items())
          bmf = bmf && metric.is_object() && metric.contains("value");
    }
    if (bmf) return Format::bmf;
  }
  return malformed(file, "(top)",
                   "unknown shape: expected a benchee list of scenarios, an object with "
                   "benchmarks[] (google-benchmark, pytest-benchmark), results[] (hyperfine), "
                   "mean (criterion) or {name: {measure: {value}}} (bmf), or Catch2 XML");
}

bool looks_like_xml(const std::string& text) { return trim(text).rfind('<', 0) == 0; }

}  // namespace

Result<Format> detect_format(const std::string& text, const std::string& file) {
  if (looks_like_xml(text)) return Format::catch2_xml;
  RAXOL_ASSIGN_OR_RETURN(auto parsed, parse_json(text, file));
  return detect_json(parsed, file);
}

Result<Parsed> parse_text(const std::string& text, const std::string& file,
                          std::optional<Format> format) {
  if (!format) {
    RAXOL_ASSIGN_OR_RETURN(format, detect_format(text, file));
  }
  Parsed out{*format, {}};
  if (*format == Format::catch2_xml) {
    RAXOL_ASSIGN_OR_RETURN(out.measurements, parse_catch2_xml(text, file));
    return out;
  }
  RAXOL_ASSIGN_OR_RETURN(auto json, parse_json(text, file));
  Result<Measurements> measurements = [&]() -> Result<Measurements> {
    switch (*format) {
      case Format::benchee: return parse_benchee(json, file);
      case Format::google_benchmark: return parse_google_benchmark(json, file);
      case Format::hyperfine: return parse_hyperfine(json, file);
      case Format::pytest_benchmark: return parse_pytest_benchmark(json, file);
      case Format::criterion: return parse_criterion(json, file);
      case Format::bmf: return parse_bmf(json, file);
      case Format::custom_smaller: return parse_custom(json, file, Direction::smaller);
      case Format::custom_bigger: return parse_custom(json, file, Direction::bigger);
      case Format::catch2_xml: break;
    }
    return parse_catch2_xml(text, file);
  }();
  RAXOL_ASSIGN_OR_RETURN(out.measurements, std::move(measurements));
  return out;
}

}  // namespace raxol::perf::ingest
