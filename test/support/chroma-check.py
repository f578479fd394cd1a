#!/usr/bin/env python3
"""Compares a (restored) Chroma server with the acknowledged writes of chroma-writer.py.

  chroma-check.py URL LOG SEED DIM T_START T_END [SAMPLE]

T_START/T_END: wall-clock seconds when the backup began and ended. Prints one JSON object:
  unreadable   collections where count(), get() with embeddings or query failed
  lost         records acknowledged before T_START, not deleted before T_END, missing
  stale        records present in a version older than acknowledged before T_START
  wrong        records whose embedding is not the one written with their document
  phantom      records or versions that no write sent before T_END
  ghosts       ids a query returned that get() does not have
  records      records read back
"""

import http.client
import json
import random
import sys
import urllib.error

import chroma_http

url, log_path, seed, dim, t_start, t_end = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
sample = int(sys.argv[7]) if len(sys.argv) > 7 else 100


call = chroma_http.client(url, timeout=120)

# A read that fails: an HTTP error status, or a server that drops the connection or dies
# (seen with a corrupt restore: RemoteDisconnected on count()).
READ_FAILED = (urllib.error.HTTPError, urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError)


def failure(e):
    return e.read()[:200].decode() if isinstance(e, urllib.error.HTTPError) else "%s: %s" % (type(e).__name__, e)


def embedding(rid, v):
    return chroma_http.embedding(seed, dim, rid, v)


def same(a, b):
    return max(abs(x - y) for x, y in zip(a, b)) <= 1e-6


def whose(name, rid, emb):
    """Which sent version of the record the embedding belongs to, if any: a torn read or a mix-up."""
    for v in sorted(sent_before_end.get(name, {}).get(rid, set())):
        if same(emb, embedding(rid, v)):
            return "that of v%d" % v
    return "of no version of this record"


# What must be there: per collection, id -> version acknowledged last before T_START.
must, deleted_before_end, sent_before_end = {}, {}, {}
with open(log_path) as f:
    for line in f:
        w = json.loads(line)
        if "op" not in w:
            continue
        c = w["c"]
        for rid in w["ids"]:
            if w["t0"] < t_end:
                sent_before_end.setdefault(c, {}).setdefault(rid, set()).add(w["v"])
            if w["op"] == "delete":
                if w["t0"] < t_end:
                    deleted_before_end.setdefault(c, set()).add(rid)
                if w["t1"] < t_start:
                    must.setdefault(c, {}).pop(rid, None)
            elif w["t1"] < t_start:
                must.setdefault(c, {})[rid] = w["v"]

out = {"unreadable": [], "lost": 0, "stale": 0, "wrong": 0, "phantom": 0, "ghosts": 0, "records": 0, "examples": []}
try:
    colls = {c["name"]: c["id"] for c in call("GET", "/collections")}
except READ_FAILED as e:
    out["unreadable"] = ["%s: list collections: %s" % (name, failure(e)) for name in sorted(must) or ["(server)"]]
    print(json.dumps(out))
    sys.exit(0)
for name in sorted(set(must) | set(colls)):
    if name not in colls:
        out["unreadable"].append("%s: missing" % name)
        continue
    cid = colls[name]
    try:
        call("GET", "/collections/%s/count" % cid)
        res = call("POST", "/collections/%s/get" % cid, {"include": ["embeddings", "documents"]})
    except READ_FAILED as e:
        out["unreadable"].append("%s: %s" % (name, failure(e)))
        continue
    have = {}
    for rid, emb, doc in zip(res["ids"], res["embeddings"], res["documents"]):
        out["records"] += 1
        v = int(doc.rsplit(" v", 1)[1])
        have[rid] = v
        if not same(emb, embedding(rid, v)):
            out["wrong"] += 1
            if len(out["examples"]) < 5:
                out["examples"].append("%s/%s: document says v%d, the embedding is %s" % (name, rid, v, whose(name, rid, emb)))
        if v not in sent_before_end.get(name, {}).get(rid, set()):
            out["phantom"] += 1
    for rid, v in must.get(name, {}).items():
        if rid in deleted_before_end.get(name, set()):
            continue
        if rid not in have:
            out["lost"] += 1
            if len(out["examples"]) < 5:
                out["examples"].append("%s/%s v%d lost" % (name, rid, v))
        elif have[rid] < v:
            out["stale"] += 1
    ids = list(have)
    random.Random(1).shuffle(ids)
    try:
        for i in range(0, min(sample, len(ids)), 50):
            part = ids[i:min(i + 50, sample)]
            q = call("POST", "/collections/%s/query" % cid, {"query_embeddings": [embedding(r, have[r]) for r in part], "n_results": 5, "include": []})
            returned = {r for row in q["ids"] for r in row}
            out["ghosts"] += len(returned - set(have))
    except READ_FAILED as e:
        out["unreadable"].append("%s: query: %s" % (name, failure(e)))
print(json.dumps(out))
