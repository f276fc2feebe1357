"""Driver for bench/fly_rollout.sh: seeds N machines in a sandbox, deploys with each strategy,
measures. Talks to the sandbox only over 127.0.0.1."""
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

BIN = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "build", "raxol-deploy"))
N = int(os.environ.get("N", "100"))
LATENCY_MS = int(os.environ.get("LATENCY_MS", "20"))
START_MS = int(os.environ.get("START_MS", "1000"))
STOP_MS = int(os.environ.get("STOP_MS", "100"))  # an in-place update stops, then starts
STRATEGIES = os.environ.get("STRATEGIES", "rolling immediate canary bluegreen").split()
REGIONS = ["sjc", "iad", "ams", "fra", "syd"]
MAX_UNAVAILABLE = 0.33
MAX_CONCURRENT = 8  # flyctl's default for immediate and bluegreen

FLY_TOML = """app = "bench"
primary_region = "sjc"

[http_service]
  internal_port = 8080
  auto_stop_machines = "off"
  [[http_service.checks]]
    interval = "10s"
    timeout = "2s"
    method = "GET"
    path = "/health"

[[vm]]
  memory = "1gb"
  cpu_kind = "shared"
  cpus = 1
"""


def call(env, method, path, body=None):
    request = urllib.request.Request(env["FLY_FLAPS_BASE_URL"] + path, method=method)
    request.add_header("Authorization", "Bearer " + env["FLY_API_TOKEN"])
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, data) as response:
        text = response.read()
        return json.loads(text) if text else None


def admin(env, method, path, body=None):
    request = urllib.request.Request(env["RAXOL_SANDBOX_URL"] + path, method=method)
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(request, data) as response:
        text = response.read()
        return json.loads(text) if text else None


def lower_bound_ms(strategy, n):
    """The strategy's critical path with every call that can run in parallel in parallel:
    read the machines, lease them, record the release (3 calls); the strategy's own waves,
    each an update or create call, a start, and one call that sees the machine healthy; then
    mark the release complete and release the leases (2 calls)."""
    latency, start = LATENCY_MS, START_MS
    fixed = 5 * latency
    update_wave = latency + STOP_MS + start + latency  # update, stop+start, see it healthy
    create_wave = latency + start + latency
    if strategy == "rolling":
        pool = max(1, math.ceil((n) * MAX_UNAVAILABLE))
        waves = 1 + math.ceil((n - 1) / pool)
        return fixed + waves * update_wave
    if strategy == "immediate":
        return fixed + math.ceil(n / MAX_CONCURRENT) * latency + STOP_MS + start + latency
    if strategy == "canary":
        pool = max(1, math.ceil(n * MAX_UNAVAILABLE))
        waves = 1 + math.ceil((n - 1) / pool)
        return fixed + create_wave + waves * update_wave + latency
    if strategy == "bluegreen":
        pool = max(1, min(math.ceil(n / 3), MAX_CONCURRENT))
        return fixed + math.ceil(n / pool) * latency + start + latency + 2 * latency
    raise ValueError(strategy)


def main():
    work = tempfile.mkdtemp(prefix="raxol-bench-fly-")
    state = os.path.join(work, "state")
    project = os.path.join(work, "project")
    os.makedirs(state)
    os.makedirs(project)
    with open(os.path.join(project, "fly.toml"), "w") as out:
        out.write(FLY_TOML)
    with open(os.path.join(state, "settings.json"), "w") as out:
        json.dump({"fly": {"start_ms": START_MS, "check_ms": 0, "stop_ms": STOP_MS}}, out)
    server = subprocess.Popen([BIN, "sandbox", "serve", "--state", state],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        env_file = os.path.join(state, "env")
        for _ in range(100):
            if os.path.exists(env_file):
                break
            time.sleep(0.05)
        env = dict(os.environ)
        with open(env_file) as lines:
            for line in lines:
                if line.startswith("export "):
                    name, value = line[len("export "):].strip().split("=", 1)
                    env[name] = value

        # Seed: the app's machine config from our own conversion, N machines over 5 regions.
        shown = json.loads(subprocess.check_output([BIN, "-C", project, "--json", "config", "show"]))
        config = shown["process_groups"]["app"]
        config["image"] = "registry.fly.io/bench:v0"
        config["metadata"]["fly_release_version"] = "0"
        call(env, "POST", "/v1/apps", {"name": "bench", "org_slug": "personal"})
        for i in range(N):
            call(env, "POST", "/v1/apps/bench/machines",
                 {"config": config, "region": REGIONS[i % len(REGIONS)]})
        time.sleep(START_MS / 1000 + 0.5)
        admin(env, "PATCH", "/__sandbox/settings", {"fly": {"latency_ms": LATENCY_MS}})

        print(f"Fly rollout: {N} machines in {', '.join(REGIONS)}; {LATENCY_MS} ms per API call, "
              f"{START_MS} ms machine start, {STOP_MS} ms stop before an in-place update")
        print(f"{'strategy':<10} {'wall':>8} {'lower bound':>12} {'ratio':>6} {'API calls':>10}")
        for version, strategy in enumerate(STRATEGIES, start=1):
            admin(env, "DELETE", "/__sandbox/requests")
            started = time.monotonic()
            result = subprocess.run([BIN, "-C", project, "--json", "deploy", "fly", "--image",
                                     f"registry.fly.io/bench:v{version}", "--strategy", strategy,
                                     "--skip-release-command"],
                                    env=env, capture_output=True, text=True)
            wall_ms = (time.monotonic() - started) * 1000
            if result.returncode != 0:
                print(f"{strategy}: failed (exit {result.returncode})\n{result.stderr[-2000:]}")
                continue
            requests = admin(env, "GET", "/__sandbox/requests?service=fly")["requests"]
            # The deploy command also reads the status at the end: not part of the rollout.
            bound = lower_bound_ms(strategy, N)
            print(f"{strategy:<10} {wall_ms/1000:>7.2f}s {bound/1000:>11.2f}s "
                  f"{wall_ms/bound:>6.2f} {len(requests):>10}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    sys.exit(main())
