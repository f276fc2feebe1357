// yaml-cpp → Workflow. Every yaml-cpp exception stops here. Unknown keys are ignored on
// purpose: GitHub adds step and job keys often (`background`, `wait`, `parallel`...) and
// discovery only needs a few of them.
#include <yaml-cpp/yaml.h>

#include "config/workflows/yaml_nodes.h"

namespace raxol::workflows {
namespace {

struct Reader {
  const std::string& file;
  Diagnostics& diagnostics;

  std::string text(const YAML::Node& value, const YAML::Node& key, const std::string& path) {
    std::string out;
    if (scalar_text(value, out)) return out;
    diagnostics.push_back(
        {location_of(key, file), path, "expected a string, found " + describe(value)});
    return {};
  }

  // `defaults: {run: {working-directory: DIR}}` of `owner` (a workflow or a job).
  std::string default_working_directory(const YAML::Node& owner, const std::string& inherited) {
    // A const lookup of a missing key gives an invalid node that throws on use: test it first.
    const YAML::Node defaults = owner["defaults"];
    if (!defaults || !defaults.IsMap()) return inherited;
    const YAML::Node run = defaults["run"];
    if (!run || !run.IsMap()) return inherited;
    const YAML::Node node = run["working-directory"];
    std::string directory;
    if (node && scalar_text(node, directory) && !directory.empty()) return directory;
    return inherited;
  }

  Step step(const YAML::Node& node, const std::string& path, const std::string& working_dir) {
    Step step;
    step.where = location_of(node, file);
    step.working_directory = working_dir;
    for (auto it = node.begin(); it != node.end(); ++it) {
      std::string key;
      if (!scalar_text(it->first, key)) continue;
      const YAML::Node value = it->second;
      const SourceLocation where = location_of(it->first, file);
      if (key == "id") {
        step.id = text(value, it->first, path + ".id");
      } else if (key == "name") {
        step.name = text(value, it->first, path + ".name");
      } else if (key == "uses") {
        step.uses = text(value, it->first, path + ".uses");
        step.action_where = where;
      } else if (key == "run") {
        step.run = text(value, it->first, path + ".run");
        step.action_where = where;
      } else if (key == "working-directory") {
        step.working_directory = text(value, it->first, path + ".working-directory");
      } else if (key == "with") {
        step.with = scalar_map(value, where, path + ".with", step.with_expression, diagnostics);
      } else if (key == "env") {
        std::string expression;
        step.env = scalar_map(value, where, path + ".env", expression, diagnostics);
      } else if (key == "if") {
        step.if_guard = read_guard(it->first, value, file, path + ".if", diagnostics);
      }
    }
    return step;
  }

  void steps(const YAML::Node& node, const YAML::Node& key, Job& job,
             const std::string& working_dir) {
    const std::string path = "jobs." + job.id + ".steps";
    if (!node.IsSequence()) {
      if (!node.IsNull())
        diagnostics.push_back(
            {location_of(key, file), path, "expected a list of steps, found " + describe(node)});
      return;
    }
    int index = 0;
    for (const auto& item : node) {
      ++index;
      const std::string item_path = path + "[" + std::to_string(index) + "]";
      if (!item.IsMap()) {
        diagnostics.push_back({location_of(item, file), item_path,
                               "expected a step (a mapping), found " + describe(item)});
        continue;
      }
      if (item["parallel"] && item["parallel"].IsSequence()) {
        int member = 0;
        for (const auto& inner : item["parallel"]) {
          ++member;
          if (!inner.IsMap()) continue;
          Step step = this->step(inner, item_path + ".parallel[" + std::to_string(member) + "]",
                                 working_dir);
          step.index = index;
          step.parallel_index = member;
          job.steps.push_back(std::move(step));
        }
        continue;
      }
      Step step = this->step(item, item_path, working_dir);
      step.index = index;
      job.steps.push_back(std::move(step));
    }
  }

  Job job(const YAML::Node& key, const YAML::Node& node, const std::string& id,
          const std::string& workflow_working_dir) {
    Job job;
    job.id = id;
    job.where = location_of(key, file);
    const std::string path = "jobs." + id;
    const std::string working_dir = default_working_directory(node, workflow_working_dir);
    for (auto it = node.begin(); it != node.end(); ++it) {
      std::string name;
      if (!scalar_text(it->first, name)) continue;
      const YAML::Node value = it->second;
      const SourceLocation where = location_of(it->first, file);
      if (name == "name") {
        job.name = text(value, it->first, path + ".name");
      } else if (name == "uses") {
        job.uses = text(value, it->first, path + ".uses");
      } else if (name == "if") {
        job.if_guard = read_guard(it->first, value, file, path + ".if", diagnostics);
      } else if (name == "needs") {
        job.needs = string_list(value, where, path + ".needs", diagnostics);
      } else if (name == "environment") {
        if (value.IsMap() && value["name"])
          job.environment = text(value["name"], it->first, path + ".environment.name");
        else
          job.environment = text(value, it->first, path + ".environment");
      } else if (name == "env") {
        std::string expression;
        job.env = scalar_map(value, where, path + ".env", expression, diagnostics);
      } else if (name == "steps") {
        steps(value, it->first, job, working_dir);
      }
    }
    return job;
  }

  void jobs(const YAML::Node& key, const YAML::Node& node, Workflow& workflow,
            const std::string& working_dir) {
    if (!node.IsMap()) {
      if (!node.IsNull())
        diagnostics.push_back(
            {location_of(key, file), "jobs", "expected a mapping, found " + describe(node)});
      return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      std::string id;
      if (!scalar_text(it->first, id)) continue;
      if (!it->second.IsMap()) {
        diagnostics.push_back({location_of(it->first, file), "jobs." + id,
                               "expected a job (a mapping), found " + describe(it->second)});
        continue;
      }
      workflow.jobs.push_back(job(it->first, it->second, id, working_dir));
    }
  }

  void workflow(const YAML::Node& root, Workflow& workflow) {
    const std::string working_dir = default_working_directory(root, "");
    bool have_on = false;
    for (auto it = root.begin(); it != root.end(); ++it) {
      const YAML::Node key = it->first;
      std::string name;
      if (!scalar_text(key, name)) continue;
      if (is_on_key(key)) {
        if (have_on) {
          diagnostics.push_back({location_of(key, file), "on",
                                 "`on` is given twice (YAML 1.1 reads `" + key.Scalar() +
                                     ":` as `on`); the first one is used"});
          continue;
        }
        have_on = true;
        workflow.triggers = read_triggers(key, it->second, file, diagnostics);
      } else if (name == "name") {
        workflow.name = text(it->second, key, "name");
      } else if (name == "jobs") {
        jobs(key, it->second, workflow, working_dir);
      } else if (name == "env") {
        std::string expression;
        workflow.env =
            scalar_map(it->second, location_of(key, file), "env", expression, diagnostics);
      }
    }
  }
};

}  // namespace

Result<LoadedWorkflow> load_workflow(std::string_view text, const std::string& file) {
  LoadedWorkflow loaded;
  loaded.workflow.file = file;
  try {
    const YAML::Node root = YAML::Load(std::string(text));
    if (root.IsNull() || !root.IsDefined()) return loaded;  // an empty file: nothing to run
    if (!root.IsMap())
      return config_error(location_of(root, file), "", "a mapping at the top level",
                          describe(root));
    Reader reader{file, loaded.diagnostics};
    reader.workflow(root, loaded.workflow);
  } catch (const YAML::ParserException& e) {
    return config_error_message(SourceLocation{file, e.mark.line + 1, e.mark.column + 1}, "",
                                "malformed YAML: " + e.msg);
  } catch (const YAML::Exception& e) {
    // Not expected (every lookup is checked first), but a bad node must not stop discovery.
    const SourceLocation where = e.mark.is_null()
                                     ? SourceLocation{file, 0, 0}
                                     : SourceLocation{file, e.mark.line + 1, e.mark.column + 1};
    return config_error_message(where, "", "unreadable YAML: " + e.msg);
  }
  return loaded;
}

}  // namespace raxol::workflows
