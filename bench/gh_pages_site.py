"""Helper of bench/gh_pages.sh: creates a synthetic static site (FILES files in 100 folders,
0.5-4 KB of HTML-like text each, deterministic) and changes a percentage of its files."""
import os
import random
import sys

WORDS = ("raxol terminal widget render frame buffer layout event plugin theme benchmark "
         "latency throughput memory cursor scroll unicode emoji table chart").split()


def body(rng, n):
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 650)))
    return f"<!doctype html><title>page {n}</title><main><h1>Page {n}</h1><p>{words}</p></main>\n"


def create(site, count):
    rng = random.Random(42)
    for i in range(count):
        folder = os.path.join(site, f"section-{i % 100:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"page-{i:05d}.html"), "w") as out:
            out.write(body(rng, i))
    with open(os.path.join(site, "index.html"), "w") as out:
        out.write("<!doctype html><title>bench</title>\n")


def change(site, percent):
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(site) for f in fs)
    rng = random.Random(7)
    chosen = rng.sample(paths, max(1, len(paths) * int(percent) // 100))
    for path in chosen:
        with open(path, "a") as out:
            out.write(f"<!-- changed {rng.random()} -->\n")


if __name__ == "__main__":
    if sys.argv[1] == "create":
        create(sys.argv[2], int(sys.argv[3]))
    else:
        change(sys.argv[2], sys.argv[3])
