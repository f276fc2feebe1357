#include "targets/fly/config/fly_toml_file.h"

namespace raxol::fly {

Result<LoadedFlyConfig> read_fly_toml(const FileSystem& fs, const std::string& file) {
  std::filesystem::path path(file);
  if (!fs.exists(path) || fs.is_directory(path))
    return make_error(ErrorKind::config, file + ": no such file")
        .with_note("pass the path of a fly.toml, or run in its folder (-C DIR)");
  auto text = fs.read_file(path);
  if (!text.ok()) return make_error(ErrorKind::config, text.error().message);
  return parse_fly_toml(*text, file, path.parent_path());
}

std::string diagnostic_text(const Diagnostic& diagnostic) {
  std::string text = diagnostic.where.to_string() + ": ";
  if (!diagnostic.key.empty()) text += diagnostic.key + ": ";
  return text + diagnostic.message;
}

nlohmann::json diagnostics_json(const Diagnostics& diagnostics) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& diagnostic : diagnostics)
    list.push_back({{"location", diagnostic.where.to_string()},
                    {"key", diagnostic.key},
                    {"message", diagnostic.message}});
  return list;
}

}  // namespace raxol::fly
