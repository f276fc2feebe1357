// How `perf check` shows its verdicts: the table, the --json document, the Markdown of the
// step summary and of --markdown (a pull-request comment), and the annotations.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "perf/check/rule.h"

namespace raxol {

// What one check compared: the run, the baseline choice, and the verdicts.
struct PerfCheckReport {
  perf::Run run;
  std::string baseline;         // "default-branch", "merge-base" or the REF as given
  std::string baseline_commit;  // the resolved commit (empty for default-branch)
  std::vector<perf::Verdict> verdicts;
};

// benchmark | measure | testbed | baseline | current | change % | band % | runs | verdict
std::string perf_check_table(const PerfCheckReport& report);
// Every verdict with all its numbers, the baseline runs it used and the rule's parameters.
nlohmann::json perf_check_json(const PerfCheckReport& report);
// A heading, one line of counts, and a table of the verdicts that are not unchanged.
std::string perf_check_markdown(const PerfCheckReport& report);

struct Annotation {
  std::string level;  // "error" (failing regression) or "warning" (provisional, not yet N)
  std::string message;
};
// Worst first (failing regressions by change, then warnings), at most `limit`, then one line
// summarising all of them when there were more or any at all.
std::vector<Annotation> perf_check_annotations(const PerfCheckReport& report, size_t limit = 10);

// The verdict's word for people: "regression", "regression (provisional)", "improvement"...
std::string verdict_word(const perf::Verdict& verdict);

}  // namespace raxol
