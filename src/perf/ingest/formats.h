// The input formats `perf ingest` reads, by name, and the one entry point that reads a file's
// text in a given format (or finds the format from the file's shape).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "perf/ingest/parsers.h"
#include "raxol/enum_names.h"

namespace raxol::perf::ingest {

enum class Format {
  benchee,
  google_benchmark,
  catch2_xml,
  hyperfine,
  pytest_benchmark,
  criterion,
  bmf,
  custom_smaller,
  custom_bigger,
};
inline constexpr EnumNames<Format, 9> kFormatNames{{{
    {Format::benchee, "benchee"},
    {Format::google_benchmark, "google-benchmark"},
    {Format::catch2_xml, "catch2-xml"},
    {Format::hyperfine, "hyperfine"},
    {Format::pytest_benchmark, "pytest-benchmark"},
    {Format::criterion, "criterion"},
    {Format::bmf, "bmf"},
    {Format::custom_smaller, "custom-smaller"},
    {Format::custom_bigger, "custom-bigger"},
}}};

// Every name above, then "auto": the choices of --format.
std::vector<std::string> format_choices();

// The format a file's shape says. A github-action-benchmark list is refused: its direction is
// the user's choice (custom-smaller or custom-bigger), not something the file tells.
Result<Format> detect_format(const std::string& text, const std::string& file);

struct Parsed {
  Format format;
  Measurements measurements;
};
// Reads `text` (the content of `file`) as `format`, or detects it when nullopt.
Result<Parsed> parse_text(const std::string& text, const std::string& file,
                          std::optional<Format> format);

}  // namespace raxol::perf::ingest
