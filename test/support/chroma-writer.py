#!/usr/bin/env python3
"""A Chroma client that keeps writing and logs every write the server acknowledged.

  chroma-writer.py URL LOG COLLECTIONS DIM SEED INITIAL [SECONDS]

Creates COLLECTIONS collections (wb-0, wb-1, ...) with small HNSW flush settings
(hnsw:sync_threshold WRITER_SYNC_THRESHOLD, default 50, hnsw:batch_size 10) so the index files are rewritten often,
fills each with INITIAL records, then adds, updates (upsert) and deletes records until
SIGTERM or SECONDS. Every acknowledged request is one JSON line in LOG:
  {"op": "add"|"upsert"|"delete", "c": name, "ids": [...], "v": version, "t0": s, "t1": s}
t0/t1: wall-clock seconds when the request was sent and when the answer came. A record
(id, version) has document "doc <id> v<version>", metadata {"v": version} and an
embedding derived from (seed, id, version), so a reader can recompute what it must be.
The first line of LOG is {"ready": true} once the initial records are in.
"""

import json
import os
import random
import signal
import sys
import time

import chroma_http

url, log_path, ncoll, dim, seed, initial = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
seconds = float(sys.argv[7]) if len(sys.argv) > 7 else 1e9
stop = False
# Records per HNSW flush (hnsw:sync_threshold); Chroma's default is 1000.
SYNC = int(os.environ.get("WRITER_SYNC_THRESHOLD", "50"))


def on_term(*_):
    global stop
    stop = True


signal.signal(signal.SIGTERM, on_term)


call = chroma_http.client(url, timeout=60)


def embedding(rid, v):
    return chroma_http.embedding(seed, dim, rid, v)


log = open(log_path, "a", buffering=1)
rng = random.Random(seed)
colls = []
for i in range(ncoll):
    c = call("POST", "/collections", {"name": "wb-%d" % i, "get_or_create": True,
                                      "metadata": {"hnsw:sync_threshold": SYNC, "hnsw:batch_size": min(10, SYNC), "hnsw:space": "l2"}})
    colls.append((c["name"], c["id"]))
live = {name: {} for name, _ in colls}  # id -> version
next_id = 0


def write(op, name, cid, ids, v):
    t0 = time.time()
    if op == "delete":
        call("POST", "/collections/%s/delete" % cid, {"ids": ids})
    else:
        call("POST", "/collections/%s/%s" % (cid, op), {
            "ids": ids, "embeddings": [embedding(r, v) for r in ids],
            "documents": ["doc %s v%d" % (r, v) for r in ids], "metadatas": [{"v": v} for _ in ids]})
    log.write(json.dumps({"op": op, "c": name, "ids": ids, "v": v, "t0": t0, "t1": time.time()}) + "\n")
    for r in ids:
        if op == "delete":
            live[name].pop(r, None)
        else:
            live[name][r] = v


for name, cid in colls:
    while len(live[name]) < initial:
        ids = ["r%d" % (next_id + k) for k in range(min(200, initial - len(live[name])))]
        next_id += len(ids)
        write("add", name, cid, ids, 0)
log.write(json.dumps({"ready": True}) + "\n")

end = time.time() + seconds
version = 0
while not stop and time.time() < end:
    version += 1
    name, cid = colls[rng.randrange(len(colls))]
    roll = rng.random()
    present = list(live[name])
    if roll < 0.5 or len(present) < 20:
        ids = ["r%d" % (next_id + k) for k in range(rng.randint(1, 20))]
        next_id += len(ids)
        write("add", name, cid, ids, version)
    elif roll < 0.8:
        write("upsert", name, cid, rng.sample(present, rng.randint(1, 10)), version)
    else:
        write("delete", name, cid, rng.sample(present, rng.randint(1, 5)), version)
log.close()
