#!/usr/bin/env python3
"""Writes a synthetic perf history (run files in the shape of perf::run_to_json) for the
render bench and the dashboard screenshot: RUNS commits, BENCHMARKS benchmarks split over
SUITES suites (one run per suite per commit), each with a few repetitions, slow drift, noise,
one regression step and one improvement step so every verdict shape appears. Seeded: the
same arguments give the same files.

  bench/perf_history.py DIR [--runs 200] [--benchmarks 30] [--suites 1] [--reps 5]
"""
import argparse, hashlib, json, os, random, datetime

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

def ulid(ms, rng):
    out = ""
    for _ in range(10):
        out = CROCKFORD[ms % 32] + out
        ms //= 32
    return out + "".join(rng.choice(CROCKFORD) for _ in range(16))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--benchmarks", type=int, default=30)
    ap.add_argument("--suites", type=int, default=1)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(13)
    suites = ["parser", "render", "memory"][: args.suites] if args.suites <= 3 else [f"suite{i}" for i in range(args.suites)]
    kinds = [("time", "ns", "smaller", 3300.0), ("time", "ns", "smaller", 900000.0),
             ("memory", "bytes", "smaller", 2.8e6), ("ips", "ops/s", "bigger", 41000.0)]
    benches = []
    for b in range(args.benchmarks):
        suite = suites[b % len(suites)]
        measure, unit, direction, base = kinds[b % len(kinds)]
        base *= 1 + b / 7
        benches.append({"suite": suite, "name": f"{suite}/case_{b:02d}", "measure": measure,
                        "unit": unit, "direction": direction, "base": base,
                        "step_at": rng.randrange(args.runs // 3, args.runs) if b % 3 == 0 else None,
                        "step": rng.choice([1.25, 0.8])})
    if args.benchmarks > 1:  # the newest run regresses one benchmark, as a dashboard should show
        benches[1]["step_at"], benches[1]["step"] = args.runs - 1, 1.3
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    for r in range(args.runs):
        sha = hashlib.sha1(f"commit-{r}".encode()).hexdigest()
        when = start + datetime.timedelta(hours=9 * r)
        for si, suite in enumerate(suites):
            stamp = when + datetime.timedelta(seconds=si)
            ms = int(stamp.timestamp() * 1000)
            measurements = []
            for b in benches:
                if b["suite"] != suite:
                    continue
                centre = b["base"] * (1 + 0.0005 * r)
                if b["step_at"] is not None and r >= b["step_at"]:
                    centre *= b["step"]
                values = [round(centre * rng.gauss(1, 0.015), 3) for _ in range(args.reps)]
                measurements.append({"benchmark": b["name"], "measure": b["measure"], "unit": b["unit"],
                                     "direction": b["direction"], "values": values})
            run_id = f"{sha[:12]}-{ulid(ms, rng)}"
            run = {"schema": 1, "id": run_id, "commit": sha, "ref": "refs/heads/master",
                   "testbed": "ubuntu-latest", "suite": suite,
                   "created_at": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"), "format": "benchee",
                   "sources": [f"bench/output/{suite}.json"], "measurements": measurements}
            folder = os.path.join(args.dir, "data", "runs", stamp.strftime("%Y"), stamp.strftime("%m"))
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, run_id + ".json"), "w") as f:
                json.dump(run, f)

main()
