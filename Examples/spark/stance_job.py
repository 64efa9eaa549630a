#!/usr/bin/env python3
"""stancegraph on Apache Spark: extraction as a map, merge as a tree reduce.

    spark-submit --master local[2] --files .build/release/stancegraph \\
        Examples/spark/stance_job.py feed.jsonl out.graphml [--partitions N] \\
        [--evidence K] [--keep-going] [--dot out.dot]

INPUT is JSON Lines (`{"id", "text", "date"?, ...}` one per line) at any
path Spark reads (a local file, hdfs://, s3a://, a folder or a glob). Each
partition's lines are written to a temporary `.jsonl` file and extracted by
`stancegraph extract FILE --graphml - --evidence K -q` (one subprocess per
task); the partition graphs are merged by `stancegraph merge A B ...
--graphml - --evidence K --assume-disjoint -q` in `RDD.treeReduce` (pairwise,
or --fan-in F graphs in one call); the
driver writes the one graph at the end (OUTPUT and --dot are paths on the
driver; `-` is standard output). On the same input and --evidence the
GraphML is byte for byte that of one `stancegraph extract INPUT --graphml
OUT --evidence K`, whatever the number of partitions, as long as the
article ids are unique (the merge counts articles of different partitions
as different articles).

The binary: `--binary PATH` (a path valid on every worker, or the name of
a file shipped with `--files`), else
$STANCEGRAPH_BIN, else the file `stancegraph` shipped with
`spark-submit --files .../stancegraph` (found through SparkFiles), else
`.build/release/stancegraph` of the clone this script is in. The ontology:
`--ontology DIR` or the driver's $STANCEGRAPH_ONTOLOGY (a path on the
workers, or the name of a folder shipped with `--archives FILE.tgz#NAME`),
else a folder `Ontology` shipped with `--archives Ontology.tgz#Ontology`,
else the `Ontology/` of the clone this script is in (local mode).

With --keep-going an article stancegraph refuses (too long, no "text",
not JSON) is skipped and reported with the summary by its id and input
line; without it the first such article fails the job with that location.
A task whose stancegraph process dies (a signal, a lost executor) fails and
is retried by Spark (`spark.task.maxFailures`; `local[2,4]` in local mode).
"""
import argparse
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time

# Set by the tests: "P" makes the first attempt of partition P kill its own
# stancegraph process (SIGKILL), so that Spark retries the task.
KILL_ONCE_ENV = "STANCE_JOB_KILL_ONCE"

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="stance_job.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="JSON Lines: a path Spark reads (file, folder, glob; local, HDFS, S3)")
    parser.add_argument("output", help="the GraphML to write, on the driver ('-': standard output)")
    parser.add_argument("--partitions", type=int, default=None,
                        help="number of partitions (default: Spark's default parallelism)")
    parser.add_argument("--evidence", default="100",
                        help="evidence sentences kept per edge, K or 'all' (default 100, as extract)")
    parser.add_argument("--keep-going", action="store_true",
                        help="skip articles stancegraph refuses and report them with the summary")
    parser.add_argument("--dot", default=None, help="also write DOT here, on the driver")
    parser.add_argument("--binary", default=None,
                        help="stancegraph on the workers (default: $STANCEGRAPH_BIN, SparkFiles, the clone's)")
    parser.add_argument("--ontology", default=None, help="ontology folder on the workers")
    parser.add_argument("--max-article-mib", type=int, default=None, help="passed to stancegraph extract")
    parser.add_argument("--depth", type=int, default=2, help="depth of the tree reduce (default 2)")
    parser.add_argument("--fan-in", type=int, default=2,
                        help="graphs gathered in the reduce before one stancegraph merge of them all (default 2)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary on standard error")
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    if args.fan_in < 2:
        parser.error("--fan-in must be at least 2")
    if args.evidence != "all" and not re.fullmatch(r"[0-9]+", args.evidence):
        parser.error("--evidence takes a count or 'all'")
    return args


# ---------------------------------------------------------------- workers

def resolve_binary(config):
    """The stancegraph executable on this machine (driver or executor)."""
    candidates = []
    given = config.get("binary")
    if given:
        candidates.append(given)
    try:
        from pyspark import SparkFiles
        if given and not os.path.isabs(given):
            candidates.append(SparkFiles.get(given))  # a name shipped with --files
        candidates.append(SparkFiles.get("stancegraph"))
    except Exception:
        pass
    candidates.append(os.path.join(SCRIPT_DIR, "..", "..", ".build", "release", "stancegraph"))
    for path in candidates:
        if path and os.path.isfile(path):
            return executable(path)
    raise RuntimeError("stancegraph not found (tried %s); ship it with --files or give --binary"
                       % ", ".join(c for c in candidates if c))


def executable(path):
    """`path`, or a copy of it with the executable bit where it lacks one."""
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return path
    except OSError:
        folder = tempfile.mkdtemp(prefix="stancegraph-bin-")
        copy = os.path.join(folder, "stancegraph")
        shutil.copyfile(path, copy)
        os.chmod(copy, 0o755)
        return copy


def environment(config):
    """The environment of stancegraph: STANCEGRAPH_ONTOLOGY set to --ontology
    (or the driver's $STANCEGRAPH_ONTOLOGY): a path, or a folder shipped with
    `--archives ...#NAME`; without either, an `Ontology` shipped with
    --archives, else the `Ontology/` of the clone this script is in."""
    env = dict(os.environ)
    candidates = []
    given = config.get("ontology")
    if given:
        candidates.append(given)
    try:
        from pyspark import SparkFiles
        if given and not os.path.isabs(given):
            candidates.append(SparkFiles.get(given))
        if not given:
            candidates.append(SparkFiles.get("Ontology"))
    except Exception:
        pass
    if not given:
        candidates.append(os.path.join(SCRIPT_DIR, "..", "..", "Ontology"))
    for folder in candidates:
        if os.path.isfile(os.path.join(folder, "relations.yaml")):
            env["STANCEGRAPH_ONTOLOGY"] = os.path.abspath(folder)
            break
    else:
        if given:
            raise RuntimeError("no ontology folder at %s (nor shipped with --archives)" % given)
    return env


def task_attempt():
    """(partition, attempt) of the running task, or (None, None) on the driver."""
    try:
        from pyspark import TaskContext
        context = TaskContext.get()
        if context is not None:
            return context.partitionId(), context.attemptNumber()
    except Exception:
        pass
    return None, None


def relocate(message, path, origins):
    """stancegraph's `TMP.jsonl:LINE` in `message` as the article's id and input line."""
    def place(match):
        line = int(match.group(1))
        if 1 <= line <= len(origins):
            article_id, input_line = origins[line - 1]
            where = "line %d" % input_line if input_line is not None else "partition line %d" % line
            return "article %s (%s)" % (json.dumps(article_id) if article_id is not None else "without id", where)
        return match.group(0)
    return re.sub(re.escape(path) + r":(\d+)", place, message)


def record_id(line):
    try:
        value = json.loads(line).get("id")
        return None if value is None else str(value)
    except Exception:
        return None


def extract_partition(config):
    """mapPartitionsWithIndex: the partition's lines -> one summary record with its graph."""
    def run(index, rows):
        folder = tempfile.mkdtemp(prefix="stancegraph-spark-")
        try:
            path = os.path.join(folder, "part-%05d.jsonl" % index)
            origins = []  # per line of the temporary file: (id, input line)
            with open(path, "w", encoding="utf-8", newline="\n") as out:
                for line, number in rows:
                    if not line.strip():
                        continue
                    out.write(line)
                    out.write("\n")
                    origins.append((record_id(line), number + 1))
            result = {"partition": index, "articles": len(origins), "graphs": [], "skipped": [],
                      "error": None, "seconds": 0.0}
            if not origins:
                yield result
                return
            command = [resolve_binary(config), "extract", path, "--graphml", "-", "--evidence",
                       config["evidence"], "--jobs", "1", "--format", "jsonl", "-q"]
            if config["keep_going"]:
                command.append("--keep-going")
            if config.get("max_article_mib") is not None:
                command += ["--max-article-mib", str(config["max_article_mib"])]
            started = time.monotonic()
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       env=environment(config), cwd=folder)
            partition, attempt = task_attempt()
            if config.get("kill_once") == partition and attempt == 0:
                process.send_signal(signal.SIGKILL)  # the test's lost task
            graph, errors = process.communicate()
            result["seconds"] = time.monotonic() - started
            text = errors.decode("utf-8", "replace")
            skipped = [relocate(line.strip(), path, origins) for line in text.splitlines()
                       if "skipped " in line and path in line]
            result["skipped"] = skipped
            if process.returncode == 0:
                result["graphs"] = [graph]
                result["articles"] -= len(skipped)
            elif process.returncode == 1 and path in text:
                # An article the extractor refused: a fact about the input,
                # the same on every attempt, so no task failure (no retry).
                if config["keep_going"] and "no article was read" in text:
                    result["articles"] = 0
                else:
                    result["error"] = relocate(text.strip(), path, origins)
            else:
                how = ("killed by signal %d" % -process.returncode if process.returncode < 0
                       else "exit status %d" % process.returncode)
                raise RuntimeError("stancegraph extract on partition %d %s: %s"
                                   % (index, how, relocate(text.strip(), path, origins)))
            yield result
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return run


def merge_results(config):
    """treeReduce: two partial results -> one. Their graphs are gathered
    until --fan-in of them wait, then merged by one `stancegraph merge`
    (--fan-in 2: every pair at once); the driver merges what is left."""
    def merge(left, right):
        merged = {
            "partition": min(left["partition"], right["partition"]),
            "articles": left["articles"] + right["articles"],
            "skipped": left["skipped"] + right["skipped"],
            "error": left["error"] or right["error"],
            "seconds": left["seconds"] + right["seconds"],
            "graphs": left["graphs"] + right["graphs"],
        }
        if len(merged["graphs"]) >= config["fan_in"] and merged["error"] is None:
            merged["graphs"] = [merge_graphs(config, merged["graphs"])]
        return merged
    return merge


def merge_graphs(config, graphs):
    folder = tempfile.mkdtemp(prefix="stancegraph-merge-")
    try:
        paths = []
        for number, graph in enumerate(graphs):
            paths.append(os.path.join(folder, "g%d.graphml" % number))
            with open(paths[-1], "wb") as out:
                out.write(graph)
        command = [resolve_binary(config), "merge"] + paths + [
            "--graphml", "-", "--evidence", config["evidence"], "--assume-disjoint", "-q"]
        process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env=environment(config), cwd=folder)
        if process.returncode != 0:
            raise RuntimeError("stancegraph merge: exit status %d: %s"
                               % (process.returncode, process.stderr.decode("utf-8", "replace").strip()))
        return process.stdout
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ----------------------------------------------------------------- driver

def write_output(path, data):
    if path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".tmp-", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_dot(config, graph, path):
    folder = tempfile.mkdtemp(prefix="stancegraph-dot-")
    try:
        source = os.path.join(folder, "graph.graphml")
        with open(source, "wb") as out:
            out.write(graph)
        command = [resolve_binary(config), "convert", source, "--dot", os.path.abspath(path) if path != "-" else "-"]
        process = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment(config))
        if process.returncode != 0:
            raise RuntimeError("stancegraph convert: %s" % process.stderr.decode("utf-8", "replace").strip())
        if path == "-":
            sys.stdout.buffer.write(process.stdout)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("stancegraph").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel(os.environ.get("STANCE_JOB_LOG_LEVEL", "WARN"))
    kill_once = os.environ.get(KILL_ONCE_ENV)
    config = {
        "binary": args.binary or os.environ.get("STANCEGRAPH_BIN"),
        "ontology": args.ontology or os.environ.get("STANCEGRAPH_ONTOLOGY"),
        "evidence": args.evidence,
        "keep_going": args.keep_going,
        "max_article_mib": args.max_article_mib,
        "kill_once": int(kill_once) if kill_once else None,
        "fan_in": args.fan_in,
    }
    def report(text):
        # spark-submit runs this script with its standard error joined to
        # its standard output; the JVM's System.err is spark-submit's own
        # standard error, so reports never mix with a graph written to `-`.
        try:
            sc._jvm.System.err.println("stance_job: " + text)
        except Exception:
            print("stance_job: " + text, file=sys.stderr)
    say = (lambda text: None) if args.quiet else report
    started = time.monotonic()

    partitions = args.partitions or sc.defaultParallelism
    lines = sc.textFile(args.input, minPartitions=partitions)
    numbered = lines.zipWithIndex()  # (line, index in the input): skipped articles are located by it
    if numbered.getNumPartitions() > partitions:
        numbered = numbered.coalesce(partitions)
    elif numbered.getNumPartitions() < partitions:
        numbered = numbered.repartition(partitions)

    results = numbered.mapPartitionsWithIndex(extract_partition(config)).cache()
    results.count()  # the map, timed apart from the reduce
    mapped = time.monotonic()
    total = results.treeReduce(merge_results(config), depth=args.depth)
    if len(total["graphs"]) > 1 and not total["error"]:
        total["graphs"] = [merge_graphs(config, total["graphs"])]  # what --fan-in left
    reduced = time.monotonic()
    results.unpersist()

    def input_line(text):
        found = re.search(r"\(line (\d+)\)", text)
        return int(found.group(1)) if found else 0
    for line in sorted(total["skipped"], key=input_line):  # in input order, whatever the reduce's
        report(line)
    if total["error"]:
        report(total["error"])
        spark.stop()
        return 1
    if not total["graphs"]:
        report("no article was read (%d skipped); nothing written" % len(total["skipped"]))
        spark.stop()
        return 1
    graph = total["graphs"][0]
    write_output(args.output, graph)
    if args.dot:
        write_dot(config, graph, args.dot)
    finished = time.monotonic()
    edges = graph.count(b"<edge ")
    actors = graph.count(b"<node ")
    say("%d articles in %d partitions, %d skipped; %d actors, %d edges; map %.2f s (extract %.2f s "
        "of task time), reduce %.2f s, total %.2f s"
        % (total["articles"], partitions, len(total["skipped"]), actors, edges, mapped - started,
           total["seconds"], reduced - mapped, finished - started))
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
