// `raxol-deploy perf ingest FILE... [--format F]`: benchmark results of one commit, read from
// the tools' own files, stored as one immutable run in the history folder. Several files are
// repetitions of one run. Every file is read and checked before anything is written, so a
// malformed one (exit 2, naming the file and field) leaves the history as it was.
#include "commands/commands.h"
#include "commands/perf_record.h"
#include "perf/ingest/formats.h"
#include "util/strings.h"

namespace raxol {

namespace {
using perf::ingest::Format;
using perf::ingest::kFormatNames;

Status run_perf_ingest(Context& context, const OptionValues& values, AuditFacts&) {
  const auto files = values.list("files");
  std::optional<Format> format;
  const std::string format_name = values.has("format") ? values.text("format") : "auto";
  if (format_name != "auto") {
    format = kFormatNames.parse(format_name);
    if (!format)
      return make_error(ErrorKind::usage, "--format " + format_name + ": expected one of " +
                                              join(perf::ingest::format_choices(), ", "));
  }
  std::optional<Format> chosen;
  std::vector<std::vector<perf::Measurement>> per_file;
  for (const auto& file : files) {
    auto text = context.fs.read_file(file);
    if (!text.ok()) return make_error(ErrorKind::usage, file + ": cannot read: " + text.error().message);
    RAXOL_ASSIGN_OR_RETURN(auto parsed, perf::ingest::parse_text(text.value(), file, format));
    // One run has one format: mixing tools would mix measures that mean different things.
    if (chosen && *chosen != parsed.format)
      return make_error(ErrorKind::usage,
                        file + ": is " + std::string(kFormatNames.name(parsed.format)) +
                            ", the files before it " + std::string(kFormatNames.name(*chosen)));
    chosen = parsed.format;
    per_file.push_back(std::move(parsed.measurements));
  }
  const std::string chosen_name(kFormatNames.name(*chosen));
  if (!format) context.ui.info("format: " + chosen_name + " (detected)");
  RAXOL_ASSIGN_OR_RETURN(auto fields, perf_run_fields(context, values, chosen_name));
  const perf::Run run = perf::make_run(fields, chosen_name, files,
                                       perf::merge_measurements(per_file), context.clock.now());
  return record_run(context, values, run);
}
}  // namespace

CommandSpec perf_ingest_command() {
  CommandSpec spec;
  spec.path = {"perf", "ingest"};
  spec.summary = "Store benchmark results (benchee, google-benchmark, hyperfine...) as one run";
  spec.arguments = {
      CommandOption{"files", OptionType::list, "Result files of one commit (repetitions)", "FILE"}
          .as_required(),
  };
  // Checked in run_perf_ingest rather than as choices: ten names make one line too long for
  // the man page.
  spec.options = {CommandOption{"format", OptionType::text,
                                "Input format: " + join(perf::ingest::format_choices(), ", "),
                                "FORMAT"}
                      .with_default("auto")};
  for (auto& option : perf_run_options()) spec.options.push_back(std::move(option));
  spec.run = run_perf_ingest;
  return spec;
}

}  // namespace raxol
