// The performance dashboard's data model: a run is one ingestion of benchmark results for one
// commit on one testbed, stored as one immutable JSON file in canonical units (ns, bytes,
// ops/s, count). Every perf piece (ingest, check, render, the history on the publish branch)
// reads and writes these shapes; docs/performance.md describes the files.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "raxol/enum_names.h"
#include "raxol/result.h"

namespace raxol::perf {

// Which way is better. Taken from the canonical unit unless a format or [perf] says otherwise.
enum class Direction { smaller, bigger };
inline constexpr EnumNames<Direction, 2> kDirectionNames{{{
    {Direction::smaller, "smaller"},
    {Direction::bigger, "bigger"},
}}};

// Canonical units: "ns" (time), "bytes" (memory), "ops/s" (throughput), "count" (reductions,
// iterations, anything counted). Converting to them is the parsers' job.
inline constexpr const char* kUnitNanoseconds = "ns";
inline constexpr const char* kUnitBytes = "bytes";
inline constexpr const char* kUnitOpsPerSecond = "ops/s";
inline constexpr const char* kUnitCount = "count";
bool canonical_unit(const std::string& unit);
// ops/s is better bigger; every other canonical unit smaller.
Direction direction_of_unit(const std::string& unit);

// One measure of one benchmark in a run: one value per repetition (several input files for
// one commit are repetitions of one run; a tool's own repetitions count too).
struct Measurement {
  std::string benchmark;  // "parser/parse_ansi": the tool's name, '/' joining its parts
  std::string measure;    // "time", "memory", "ips", "reductions", "wall", "user", "sys", "max_rss"
  std::string unit;       // canonical
  Direction direction = Direction::smaller;
  std::vector<double> values;     // > 0 for times, >= 0 otherwise; never empty
  std::optional<double> lower;    // the tool's own range for a single value, when it gives one
  std::optional<double> upper;
};

struct Run {
  std::string id;          // file stem: "<sha first 12>-<ULID>"
  std::string commit;      // full sha as given (--commit, GITHUB_SHA, git rev-parse HEAD)
  std::string ref;         // "refs/heads/main", "refs/pull/7/merge" (--ref, GITHUB_REF)
  std::string testbed;     // where it ran (--testbed, else RUNNER_NAME/hostname)
  std::string suite;       // a group on the dashboard (--suite, else the format's name)
  std::string created_at;  // RFC 3339, when ingested
  std::string format;      // the input format ("benchee", "hyperfine", ...)
  std::vector<std::string> sources;  // the input files' names, for people
  std::vector<Measurement> measurements;
};

nlohmann::json run_to_json(const Run& run);
// `where` names the file in errors: "data/runs/2026/12/abc-01J.json: measurements[3].values".
Result<Run> run_from_json(const nlohmann::json& json, const std::string& where);

// "data/runs/YYYY/MM/<id>.json" for a run created at `created_at` (RFC 3339).
std::string run_path(const Run& run);

}  // namespace raxol::perf
