#!/usr/bin/env python3
"""The comparison half of scripts/spark_check.sh, with pyoxigraph.

    spark_compare.py SPARK_STORE INGEST_EXPORT.nq ANSWERS_DIR SPARK.nq...

1. The quads Spark wrote (SPARK.nq: its N-Quads and the gazetteer graph)
   equal those of the ingest store's export, less what only `ingest`
   writes: the ontology and summary graphs and the gazetteer graph's own
   description (version stamp, model version). The files are compared, not
   SPARK_STORE's dump: a store keeps every integer type as xsd:integer,
   while `export` restores the xsd:nonNegativeInteger offsets `extract`
   wrote.
2. Each canned query (queries/*.rq) answers SPARK_STORE as the ingest store
   answered it (ANSWERS_DIR/NAME.csv), as a multiset of rows; the queries
   that read the summary graph, which only `ingest` builds, are listed and
   left out.
"""

import csv
import io
import sys
from pathlib import Path

from pyoxigraph import (NamedNode, QueryResultsFormat, QueryTriples, RdfFormat, Store,
                       parse)

GRAPH = "https://w3id.org/newsgraph/graph/"
INGEST_ONLY = {GRAPH + "ontology", GRAPH + "summary"}
GAZETTEER = NamedNode(GRAPH + "gazetteer")


def comparable(quads):
    kept = set()
    for quad in quads:
        graph = quad.graph_name
        if isinstance(graph, NamedNode) and graph.value in INGEST_ONLY:
            continue
        if graph == GAZETTEER and quad.subject == GAZETTEER:
            continue
        kept.add(quad)
    return kept


def rows(csv_text):
    table = list(csv.reader(io.StringIO(csv_text)))
    return table[0] if table else [], sorted(map(tuple, table[1:]))


def main():
    spark_store, ingest_export, answers = sys.argv[1:4]
    store = Store.read_only(spark_store)
    spark = set()
    for path in sys.argv[4:]:
        with open(path, "rb") as f:
            spark |= comparable(parse(f, format=RdfFormat.N_QUADS))
    with open(ingest_export, "rb") as f:
        ingest = comparable(parse(f, format=RdfFormat.N_QUADS))
    only_spark, only_ingest = spark - ingest, ingest - spark
    if only_spark or only_ingest:
        for quad in list(only_spark)[:5]:
            print(f"only in the Spark store: {quad}", file=sys.stderr)
        for quad in list(only_ingest)[:5]:
            print(f"only in the ingest store: {quad}", file=sys.stderr)
        sys.exit(f"spark_compare: {len(only_spark)} quads only from Spark, "
                 f"{len(only_ingest)} only from ingest")
    articles = {q.graph_name for q in spark} - {GAZETTEER}
    print(f"spark_compare: same {len(spark)} quads ({len(articles)} article graphs) from Spark and from ingest")

    compared, left_out = [], []
    for query in sorted(Path("queries").glob("*.rq")):
        text = query.read_text()
        if "graph/summary" in text:
            left_out.append(query.stem)
            continue
        results = store.query(text, use_default_graph_as_union=True)
        expected = (Path(answers) / f"{query.stem}.csv").read_bytes()
        if isinstance(results, QueryTriples):
            # newsgraph prints CONSTRUCT results as Turtle.
            got_rows = set(results)
            want_rows = {q.triple for q in parse(expected, format=RdfFormat.TURTLE)}
            count = len(got_rows)
        else:
            got_rows = rows(results.serialize(format=QueryResultsFormat.CSV).decode())
            want_rows = rows(expected.decode())
            count = len(got_rows[1])
        if got_rows != want_rows:
            only_got = list(set(got_rows) - set(want_rows))[:3] if isinstance(got_rows, set) else got_rows
            only_want = list(set(want_rows) - set(got_rows))[:3] if isinstance(want_rows, set) else want_rows
            sys.exit(f"spark_compare: canned query {query.stem} answers differently:\n"
                     f"only on the Spark store: {str(only_got)[:600]}\n"
                     f"only on the ingest store: {str(only_want)[:600]}")
        compared.append(f"{query.stem} ({count} rows)")
    if not any(name.startswith("events (") and not name.endswith("(0 rows)") for name in compared):
        sys.exit("spark_compare: the events query answers nothing; the comparison proves little")
    print("spark_compare: same answers: " + ", ".join(compared))
    print("spark_compare: left out (they read the summary graph, which only ingest "
          "builds): " + ", ".join(left_out))


if __name__ == "__main__":
    main()
