#include "perf/history.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "util/digest.h"
#include "util/file_write.h"

namespace raxol::perf {

namespace fs = std::filesystem;

namespace {

Result<std::string> read_whole(const fs::path& file) {
  std::error_code ec;
  auto size = fs::file_size(file, ec);
  if (ec) return make_error(ErrorKind::internal, file.string() + ": " + ec.message());
  std::string text(size, '\0');
  FILE* f = std::fopen(file.c_str(), "rb");
  if (f == nullptr) return make_error(ErrorKind::internal, file.string() + ": cannot open");
  const size_t got = std::fread(text.data(), 1, size, f);
  std::fclose(f);
  text.resize(got);
  return text;
}

Status write_json(const fs::path& file, const nlohmann::json& json) {
  if (!write_file_atomically(file, {json.dump(), "\n"}))
    return make_error(ErrorKind::internal, "cannot write " + file.string());
  return {};
}

}  // namespace

std::string series_file_name(const std::string& benchmark) {
  std::string name;
  bool changed = false;
  for (char c : benchmark) {
    const bool safe = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
    name += safe ? c : '_';
    changed = changed || !safe;
  }
  if (name.empty() || name.front() == '.') name.insert(0, "_"), changed = true;
  if (changed) name += "-" + sha256_digest(benchmark).substr(7, 8);  // after "sha256:"
  return name + ".json";
}

Result<std::vector<Run>> load_runs(const fs::path& root) {
  std::vector<Run> runs;
  const fs::path dir = root / "data" / "runs";
  std::error_code ec;
  if (!fs::exists(dir, ec)) return runs;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (!it->is_regular_file() || it->path().extension() != ".json") continue;
    const std::string where = fs::relative(it->path(), root).string();
    RAXOL_ASSIGN_OR_RETURN(std::string text, read_whole(it->path()));
    auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded()) return make_error(ErrorKind::config, where + ": not JSON");
    RAXOL_ASSIGN_OR_RETURN(Run run, run_from_json(json, where));
    runs.push_back(std::move(run));
  }
  // created_at is to the second; within one, the id's ULID (after "<sha12>-") orders runs
  // to the millisecond, across processes.
  auto ulid = [](const Run& run) { return run.id.substr(run.id.find('-') + 1); };
  std::sort(runs.begin(), runs.end(), [&](const Run& a, const Run& b) {
    if (a.created_at != b.created_at) return a.created_at < b.created_at;
    return ulid(a) != ulid(b) ? ulid(a) < ulid(b) : a.id < b.id;
  });
  return runs;
}

Status write_run(const fs::path& root, const Run& run) {
  const fs::path file = root / run_path(run);
  if (fs::exists(file))
    return make_error(ErrorKind::conflict, file.string() + " exists: runs are never rewritten");
  return write_json(file, run_to_json(run));
}

Status regenerate(const fs::path& root, const std::vector<Run>& runs) {
  // benchmark -> points, in run order.
  std::map<std::string, nlohmann::json> series;
  std::set<std::string> testbeds;
  nlohmann::json run_list = nlohmann::json::array();
  for (const auto& run : runs) {
    testbeds.insert(run.testbed);
    run_list.push_back({{"id", run.id}, {"commit", run.commit}, {"ref", run.ref},
                        {"testbed", run.testbed}, {"suite", run.suite},
                        {"created_at", run.created_at}, {"path", run_path(run)}});
    for (const auto& m : run.measurements) {
      auto& points = series[m.benchmark];
      if (points.is_null())
        points = {{"benchmark", m.benchmark}, {"suite", run.suite}, {"points", nlohmann::json::array()}};
      points["points"].push_back({{"run", run.id}, {"commit", run.commit}, {"ref", run.ref},
                                  {"testbed", run.testbed}, {"created_at", run.created_at},
                                  {"measure", m.measure}, {"unit", m.unit},
                                  {"direction", kDirectionNames.name(m.direction)},
                                  {"values", m.values}});
    }
  }
  const fs::path series_dir = root / "data" / "series";
  std::set<std::string> wanted;
  nlohmann::json benchmarks = nlohmann::json::array();
  for (const auto& [benchmark, json] : series) {
    const std::string file = series_file_name(benchmark);
    wanted.insert(file);
    benchmarks.push_back({{"benchmark", benchmark}, {"suite", json["suite"]},
                          {"series", "data/series/" + file}});
    RAXOL_TRY(write_json(series_dir / file, json));
  }
  std::error_code ec;
  if (fs::exists(series_dir, ec))
    for (const auto& entry : fs::directory_iterator(series_dir, ec))
      if (!wanted.count(entry.path().filename().string())) fs::remove(entry.path(), ec);
  return write_json(root / "data" / "manifest.json",
                    {{"schema", 1}, {"runs", run_list}, {"benchmarks", benchmarks},
                     {"testbeds", testbeds}});
}

std::set<std::string> parse_pruned(const std::string& text) {
  std::set<std::string> paths;
  auto json = nlohmann::json::parse(text, nullptr, false);
  if (json.is_object() && json.contains("runs") && json["runs"].is_array())
    for (const auto& path : json["runs"])
      if (path.is_string()) paths.insert(path.get<std::string>());
  return paths;
}

std::set<std::string> pruned_paths(const fs::path& root) {
  auto text = read_whole(root / "data" / "pruned.json");
  return text.ok() ? parse_pruned(*text) : std::set<std::string>();
}

Status record_pruned(const fs::path& root, const std::set<std::string>& paths) {
  std::set<std::string> all = pruned_paths(root);
  all.insert(paths.begin(), paths.end());
  return write_json(root / "data" / "pruned.json", {{"schema", 1}, {"runs", all}});
}

Status prune_runs(const fs::path& root, const std::vector<Run>& all,
                  const std::vector<Run>& doomed) {
  std::set<std::string> paths;
  std::set<std::string> ids;
  for (const auto& run : doomed) {
    paths.insert(run_path(run));
    ids.insert(run.id);
  }
  RAXOL_TRY(record_pruned(root, paths));  // first: a crash after it still prunes on publish
  std::error_code ec;
  for (const auto& path : paths) fs::remove(root / path, ec);
  std::vector<Run> kept;
  for (const auto& run : all)
    if (!ids.count(run.id)) kept.push_back(run);
  return regenerate(root, kept);
}

}  // namespace raxol::perf
