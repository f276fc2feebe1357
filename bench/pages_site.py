#!/usr/bin/env python3
"""A synthetic static site for bench/pages.sh: many small text assets, fewer media files.

  pages_site.py create DIR FILES      # FILES files, ~15 KiB on average (20,000 -> ~300 MB)
  pages_site.py change DIR PERCENT    # rewrites PERCENT % of the files with new bytes

Deterministic (seeded), incompressible contents, 100 files per folder, a mix of extensions so
that content types and hashes vary as on a real site.
"""
import os
import random
import sys

# (share of files, extension choices, size range in bytes)
KINDS = [
    (0.70, ["html", "css", "js", "json", "svg", "txt"], (512, 7 * 1024)),
    (0.25, ["js", "woff2", "png", "webp", "map"], (8 * 1024, 40 * 1024)),
    (0.05, ["jpg", "png", "mp4", "wasm"], (64 * 1024, 192 * 1024)),
]


def plan(files):
    rng = random.Random(1)
    out = []
    for i in range(files):
        pick = rng.random()
        for share, exts, (low, high) in KINDS:
            if pick < share:
                break
            pick -= share
        name = "d%03d/f%05d.%s" % (i // 100, i, rng.choice(exts))
        out.append((name, rng.randint(low, high)))
    return out


def create(root, files):
    rng = random.Random(2)
    total = 0
    for name, size in plan(files):
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(rng.randbytes(size))
        total += size
    with open(os.path.join(root, "_headers"), "w") as f:
        f.write("/*\n  X-Frame-Options: DENY\n")
    print("site: %d files, %.1f MB in %s" % (files, total / 1e6, root))


def change(root, percent):
    names = sorted(
        os.path.relpath(os.path.join(d, f), root)
        for d, _, fs in os.walk(root) for f in fs if not f.startswith("_"))
    rng = random.Random(3)
    chosen = rng.sample(names, max(1, len(names) * percent // 100))
    for name in chosen:
        path = os.path.join(root, name)
        size = os.path.getsize(path)
        with open(path, "wb") as f:
            f.write(os.urandom(size))
    print("changed %d files" % len(chosen))


if __name__ == "__main__":
    command, root, number = sys.argv[1], sys.argv[2], int(sys.argv[3])
    {"create": create, "change": change}[command](root, number)
