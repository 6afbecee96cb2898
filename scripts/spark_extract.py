#!/usr/bin/env python3
"""newsgraph as a Spark stage: JSON Lines articles in, N-Quads out.

Each partition of the input is piped through `newsgraph extract --format
nquads -` (RDD.pipe), so the extraction runs on every executor core and the
output is one N-Quads part file per partition. Load the parts, together
with `newsgraph gazetteer --format nquads`, into any RDF store.

Local (what .ci/run does, via scripts/spark_check.sh):
    python3 scripts/spark_extract.py --master 'local[2]' \
        --newsgraph target/release/newsgraph corpus.jsonl out/

A cluster (the binary is shipped to the executors with --files; input and
output are any Hadoop path, e.g. s3a:// or hdfs://):
    spark-submit --master yarn --files target/release/newsgraph \
        scripts/spark_extract.py --newsgraph ./newsgraph \
        s3a://bucket/cc-news/*.jsonl s3a://bucket/newsgraph-nq/

Requires: pip install pyspark (Java 17). Records that newsgraph rejects are
reported on the executors' stderr; the rest of their partition is written.
"""

import argparse
import os

from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines articles (news-please objects)")
    parser.add_argument("output", help="directory for the N-Quads part files")
    parser.add_argument("--newsgraph", default="newsgraph",
                        help="the newsgraph binary as the executors see it")
    parser.add_argument("--master", help="Spark master, e.g. local[2]; default: spark-submit's")
    parser.add_argument("--partitions", type=int, default=0,
                        help="input partitions (default: Spark's choice)")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("newsgraph-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    binary = args.newsgraph
    if os.path.sep in binary and os.path.exists(binary):
        binary = os.path.abspath(binary)
    lines = spark.sparkContext.textFile(args.input, args.partitions or None)
    # One newsgraph process per partition; `-` reads JSON Lines on stdin.
    quads = lines.pipe(f"{binary} extract --format nquads -",
                       env={"LC_ALL": "C.UTF-8"})
    quads.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
