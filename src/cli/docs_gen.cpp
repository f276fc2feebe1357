// `raxol-deploy docs generate [--out DIR]` (hidden): writes docs/commands/*.md and
// docs/raxol-deploy.1 from the command tree. scripts/gen-docs.sh runs it; a test fails when
// the checked-in files differ from what it writes.
#include "commands/commands.h"
#include "commands/docs_gen.h"

namespace raxol {

namespace {

Status write_docs(Context& context, const std::filesystem::path& out) {
  CliTree tree;  // a fresh tree, so defaults are the bound variables' initial values
  CliInfo cli = describe_cli(tree);
  auto files = generated_docs(cli);
  RAXOL_TRY(context.fs.create_directories(out / "commands"));
  for (const auto& file : files) RAXOL_TRY(context.fs.write_file_atomic(out / file.path, file.content));
  context.ui.success("wrote " + std::to_string(files.size()) + " files under " + out.string());
  return {};
}

}  // namespace

CommandSpec docs_generate_command() {
  return {{"docs", "generate"},
          "Write docs/commands/*.md and the man page from the command table",
          [](CLI::App& app) -> CommandRunner {
            app.group("");  // hidden from --help, completion and the docs themselves
            auto out = std::make_shared<std::string>("docs");
            app.add_option("--out", *out, "Docs directory to write into")->type_name("DIR");
            return [out](Context& context) { return write_docs(context, *out); };
          }};
}

std::vector<CommandSpec> reference_commands() {
  return {completion_command(), docs_generate_command()};
}

}  // namespace raxol
