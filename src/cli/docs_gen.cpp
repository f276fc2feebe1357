// `raxol-deploy docs generate [--out DIR]` (hidden): writes docs/commands/*.md and
// docs/raxol-deploy.1 from the command data. scripts/gen-docs.sh runs it; a test fails when
// the checked-in files differ from what it writes.
#include "cli/docs_gen.h"

namespace raxol {

namespace {

Status write_docs(Context& context, const OptionValues& values, AuditFacts&) {
  const std::filesystem::path out = values.text("out");
  auto files = generated_docs(describe_cli());
  RAXOL_TRY(context.fs.create_directories(out / "commands"));
  for (const auto& file : files) RAXOL_TRY(context.fs.write_file_atomic(out / file.path, file.content));
  context.ui.success("wrote " + std::to_string(files.size()) + " files under " + out.string());
  return {};
}

}  // namespace

CommandSpec docs_generate_command() {
  CommandSpec spec;
  spec.path = {"docs", "generate"};
  spec.summary = "Write docs/commands/*.md and the man page from the command table";
  spec.hidden = true;  // hidden from --help, completion and the docs themselves
  spec.options = {CommandOption{"out", OptionType::text, "Docs directory to write into", "DIR"}
                      .with_default("docs")};
  spec.run = write_docs;
  return spec;
}

std::vector<CommandSpec> reference_commands() {
  return {completion_command(), docs_generate_command()};
}

}  // namespace raxol
