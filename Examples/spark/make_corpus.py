#!/usr/bin/env python3
"""Writes a seeded corpus of short, made-up news articles as JSON Lines.

    python3 Examples/spark/make_corpus.py OUT.jsonl --articles 48 --seed 14
    python3 Examples/spark/make_corpus.py big.jsonl --megabytes 80 --seed 1

Every article is written from the templates below (nothing is copied from
real news): stances between states and organisations ("Russia condemned
Japan", "NATO backed Poland", "China warned Taiwan") among sentences that
hold none, an id ("a-000017"), most with a date and some with a title.
The same arguments give the same bytes.
"""
import argparse
import json
import random
import sys

ACTORS = ["Russia", "China", "Japan", "NATO", "the United States", "Taiwan", "South Korea",
          "France", "Germany", "the European Union", "India", "Australia", "Ukraine", "Poland",
          "Turkey", "Brazil", "Canada", "Vietnam", "the Philippines", "Norway"]

STANCES = [
    "{a} condemned {b} over {topic}.",
    "{a} on {weekday} strongly condemned {b} for {topic}.",
    "{a} backed {b} in talks on {topic}.",
    "{a} said it backed {b} on {topic}.",
    "{a} warned {b} against {topic}.",
    "{a} warned {b} of serious consequences over {topic}.",
    "{a} criticised {b} over {topic}.",
    "{a} praised {b} for its work on {topic}.",
    "{a} accused {b} of {topic}.",
    "{a} welcomed the decision by {b} on {topic}.",
    "{a} and {b} signed an agreement on {topic}.",
]

TOPICS = ["fishing rights", "the naval exercises", "the border dispute", "export controls",
          "the new missile tests", "the grain corridor", "cyber attacks on ministries",
          "the pipeline project", "a disputed election", "arms sales", "the detention of sailors",
          "tariffs on steel", "airspace violations", "the climate accord", "a satellite launch"]

FILLER = [
    "The talks are expected to resume next month.",
    "Markets in the region were calm on the news.",
    "Officials did not give further details.",
    "The meeting lasted more than three hours.",
    "Analysts said the statement was carefully worded.",
    "A spokesperson declined to comment on the timing.",
    "Diplomats described the atmosphere as tense but constructive.",
    "The ministry published the full text of the statement later in the day.",
    "Shipping in the strait continued as normal.",
    "Several experts called for patience.",
]

TITLES = ["{a} condemns {b} over {topic}", "{a} warns {b}", "Talks on {topic} stall",
          "{a} and {b} trade words over {topic}"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def pair(rng):
    # Most stances are between the first five actors, so that edges gather
    # evidence from many articles (what the evidence cap and merge are about).
    pool = ACTORS[:5] if rng.random() < 0.6 else ACTORS
    return rng.sample(pool, 2)


def article(rng, number):
    sentences = []
    for _ in range(rng.randint(3, 9)):
        if rng.random() < 0.55:
            a, b = pair(rng)
            text = rng.choice(STANCES).format(a=a, b=b, topic=rng.choice(TOPICS), weekday=rng.choice(WEEKDAYS))
            sentences.append(text[0].upper() + text[1:])
        else:
            sentences.append(rng.choice(FILLER))
    record = {"id": "a-%06d" % number, "text": " ".join(sentences)}
    if rng.random() < 0.8:
        record["date"] = "%04d-%02d-%02d" % (rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < 0.3:
        a, b = pair(rng)
        title = rng.choice(TITLES).format(a=a, b=b, topic=rng.choice(TOPICS))
        record["title"] = title[0].upper() + title[1:]
    return json.dumps(record, ensure_ascii=False) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", help="the JSON Lines file to write ('-' for standard output)")
    parser.add_argument("--articles", type=int, help="how many articles")
    parser.add_argument("--megabytes", type=float, help="write articles until the file holds this many MB")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    if (args.articles is None) == (args.megabytes is None):
        parser.error("give one of --articles and --megabytes")
    rng = random.Random(args.seed)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    limit = None if args.megabytes is None else int(args.megabytes * 1_000_000)
    written, number = 0, 0
    with out:
        while (args.articles is not None and number < args.articles) or (limit is not None and written < limit):
            number += 1
            line = article(rng, number)
            out.write(line)
            written += len(line.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
