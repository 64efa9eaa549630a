#!/usr/bin/env python3
"""Times stancegraph's GraphML writer and reader against networkx and
python-igraph on the same file, in the same run, and prints the ratios.

stancegraph-bench builds a seeded random stance graph (default 20,000
nodes, 1,000,000 edges, each with a relation, a weight and an evidence
sentence of about 60 characters) and writes it; that file is what every
library reads, and what networkx and igraph write back out. Each step runs
in a child process of its own; its peak RSS comes from wait4(), so it is
that step's alone. A write step's process holds the graph it writes (ours
builds it, networkx and igraph read it first), so its peak includes the
graph in memory.

Usage (from the clone; builds the benchmark with SwiftPM first):
  python3 bench/graphml-compare.py [--nodes N] [--edges M] [--scratch-path DIR] [--keep DIR]
Needs networkx and igraph (../shared/conformance/setup installs them).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def child_step(step, path, out):
    """Runs in the child: one library operation, prints its seconds."""
    if step == "nx-read":
        import networkx as nx
        t = time.perf_counter(); g = nx.read_graphml(path); s = time.perf_counter() - t
        print(f"{s:.3f} {g.number_of_edges()}")
    elif step == "nx-write":
        import networkx as nx
        g = nx.read_graphml(path)
        t = time.perf_counter(); nx.write_graphml(g, out); s = time.perf_counter() - t
        print(f"{s:.3f} {g.number_of_edges()}")
    elif step == "ig-read":
        import igraph as ig
        t = time.perf_counter(); g = ig.Graph.Read_GraphML(path); s = time.perf_counter() - t
        print(f"{s:.3f} {g.ecount()}")
    elif step == "ig-write":
        import igraph as ig
        g = ig.Graph.Read_GraphML(path)
        t = time.perf_counter(); g.write_graphml(out); s = time.perf_counter() - t
        print(f"{s:.3f} {g.ecount()}")


def run_measured(argv):
    """Runs argv; returns (stdout, peak RSS in MiB, wall seconds)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"graphml-compare: {' '.join(argv)} failed")
    return out, usage.ru_maxrss / 1024.0, wall


def fields(line):
    return dict(part.split("=", 1) for part in line.split()[1:] if "=" in part)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_step(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=20_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument("--scratch-path", default=None, help="SwiftPM build folder (default .build)")
    parser.add_argument("--bench", default=None, help="a built stancegraph-bench (skips the build)")
    parser.add_argument("--keep", default=None, help="keep the files in this folder")
    args = parser.parse_args()

    bench = args.bench
    if bench is None:
        swift = ["swift", "build", "-c", "release", "--product", "stancegraph-bench", "--package-path", ROOT]
        if args.scratch_path:
            swift += ["--scratch-path", args.scratch_path]
        subprocess.run(swift, check=True, stdout=subprocess.DEVNULL)
        binpath = subprocess.run(swift + ["--show-bin-path"], check=True, capture_output=True, text=True).stdout.strip()
        bench = os.path.join(binpath, "stancegraph-bench")

    folder = args.keep or tempfile.mkdtemp(prefix="graphml-compare-")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "graph.graphml")
    rows = {}

    out, rss, _ = run_measured([bench, "graphml-write", "--nodes", str(args.nodes), "--edges", str(args.edges),
                                "--out", path])
    f = fields(out.strip().splitlines()[-1])
    rows["stancegraph write"] = (float(f["seconds"]), rss, int(f["edges"]))
    out, rss, _ = run_measured([bench, "graphml-read", path])
    f = fields(out.strip().splitlines()[-1])
    rows["stancegraph read"] = (float(f["seconds"]), rss, int(f["edges"]))
    size = os.path.getsize(path) / 1e6

    for step, name in [("nx-read", "networkx read"), ("nx-write", "networkx write"),
                       ("ig-read", "igraph read"), ("ig-write", "igraph write")]:
        target = os.path.join(folder, step + ".graphml")
        out, rss, _ = run_measured([sys.executable, os.path.abspath(__file__), "--child", step, path, target])
        seconds, edges = out.split()
        rows[name] = (float(seconds), rss, int(edges))

    print(f"graph: {args.nodes} nodes, {args.edges} edges, {size:.1f} MB of GraphML ({path})")
    print(f"{'step':<18} {'seconds':>8} {'MB/s':>7} {'peak RSS MiB':>13} {'edges':>9}")
    for name, (seconds, rss, edges) in rows.items():
        print(f"{name:<18} {seconds:8.3f} {size / seconds:7.1f} {rss:13.1f} {edges:9d}")
    for op in ("write", "read"):
        ours, _, _ = rows[f"stancegraph {op}"]
        for lib in ("networkx", "igraph"):
            theirs, _, _ = rows[f"{lib} {op}"]
            ours_rss, their_rss = rows[f"stancegraph {op}"][1], rows[f"{lib} {op}"][1]
            print(f"{op}: stancegraph is {theirs / ours:.2f}x {lib}'s speed; peak RSS {ours_rss:.0f} vs {their_rss:.0f} MiB "
                  f"({ours_rss / their_rss:.2f}x)")
    if not args.keep:
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)


if __name__ == "__main__":
    main()
