// The machine state machine: created -> starting -> started -> stopping -> stopped ->
// destroying -> destroyed (plus replacing, suspending/suspended, failed). A user action
// schedules the whole chain of timestamped transitions at once, with the timings of the
// settings at that moment; `apply_due_transitions` applies those whose time has come,
// appending a MachineEvent and log lines for each.
//
// Machine record (inside app.machines):
//   {machine: {id, name, state, region, instance_id, private_ip, config, image_ref,
//              created_at, updated_at},
//    events: [MachineEvent, oldest first], pending: [transition], lease: null | {...},
//    started_ms, checks_pass_ms, checks_critical, secrets_version, secret_env (the secrets
//    it booted with, for exec printenv), cordoned, created_ms, image_digest (the manifest
//    digest of an image of the sandbox registry: sandbox_images.h)}
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "sandbox/fly/fly_settings.h"

namespace raxol::sandbox::fly {

using nlohmann::json;

json new_machine_record(const std::string& id, const std::string& name, const std::string& region,
                        const json& config, int64_t now);

// The machine's process group is the release command's (flyctl's reserved group name).
bool is_release_command(const json& record);
const std::string& machine_state(const json& record);
// Started or on its way there: destroying it needs force, stopping it makes sense.
bool is_running(const json& record);

// Appends a MachineEvent (the newest 50 are kept).
void record_event(json& record, int64_t at, const std::string& type, const std::string& status,
                  const std::string& source, json request = json::object());

bool apply_due_transitions(json& app, json& record, int64_t now);
// When the next pending transition is due; 0 when none is pending.
int64_t next_transition_ms(const json& record);

// Each schedule_* cancels what was pending, schedules the new chain and applies the part
// that is due now (so the response shows the immediate state).
void schedule_launch(json& app, json& record, const FlySettings& settings, int64_t now,
                     bool skip_launch);
void schedule_start(json& app, json& record, const FlySettings& settings, int64_t now);
void schedule_stop(json& app, json& record, const FlySettings& settings, int64_t now,
                   const std::string& signal);
void schedule_restart(json& app, json& record, const FlySettings& settings, int64_t now);
void schedule_suspend(json& app, json& record, const FlySettings& settings, int64_t now);
void schedule_update(json& app, json& record, const FlySettings& settings, int64_t now,
                     bool skip_launch);
void schedule_destroy(json& app, json& record, const FlySettings& settings, int64_t now);

}  // namespace raxol::sandbox::fly
