#!/usr/bin/env python3
"""Logical export, import and verification of a Chroma 1.x server over its HTTP API.

Standard library only: it runs in the python:slim image of the backup jobs and, in the
tests, with the host's python3 against a real `chroma run` server.

  export  URL ARCHIVE MANIFEST   every collection of every database of the tenants:
                                 ids, embeddings, documents, metadatas, uris
  import  URL ARCHIVE            recreates the collections and adds every record
  verify  URL ARCHIVE MANIFEST   the server holds exactly what the manifest describes

The archive is gzip-compressed JSON Lines, format FORMAT version VERSION:
  {"kind": "header", ...}                          first line
  {"kind": "collection", "key": K, ...}            before the records of collection K
  {"kind": "records", "key": K, "ids": [...], ...} batches of records of K
  {"kind": "end", "manifest": {...}}               last line: the archive is whole
Embeddings are stored as base64 of little-endian float32, the server's own precision,
so a round trip is exact. The manifest (JSON) has, per collection, the record count, the
SHA-256 of the sorted ids and a content hash of every record (id, document, metadata,
uri, float32 embedding). The caller (chroma-export.sh, chroma-restore-verify.sh) writes
both files as .partial and publishes them with their .sha256 files.

Consistency: the ids of a collection are listed in one request, then fetched by id in
batches, each batch twice (read_records: one get can return a record torn between two
writes). Every record that existed when its collection was listed and was not deleted
before its batch was fetched is in the archive, whole, in a state two consecutive reads
agreed on. Writes do not stop for the export.

Routes (Chroma 1.0.0 and 1.5.9, rust/frontend/src/server.rs): /api/v2/version,
/api/v2/pre-flight-checks, /api/v2/tenants/{t}/databases, .../collections (GET list,
POST create), .../collections/{id}/get, /add, /query, /count, DELETE .../collections/{id}.
"""

import base64
import gzip
import hashlib
import json
import os
import random
import struct
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

FORMAT = "llm-stack/chroma-export"
VERSION = 1
TIMEOUT = float(os.environ.get("CHROMA_HTTP_TIMEOUT_SECONDS", "300"))
BATCH = int(os.environ.get("CHROMA_BATCH_SIZE", "1000"))
SAMPLE = int(os.environ.get("VERIFY_SAMPLE_SIZE", "200"))
MAX_MISS_RATIO = float(os.environ.get("VERIFY_MAX_MISS_RATIO", "0.1"))
NEIGHBOURS = 25
CONFIRM_ROUNDS = max(1, int(os.environ.get("CHROMA_CONFIRM_ROUNDS", "8")))
TENANTS = [t for t in os.environ.get("CHROMA_TENANTS", "default_tenant").split(",") if t]


class Failure(Exception):
    """A check failed or the server answered an error: exit status 1 with one line."""


def log(msg):
    sys.stderr.write("%s %s\n" % (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), msg))


def now_iso():
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class Chroma:
    def __init__(self, url):
        self.url = url.rstrip("/")

    def call(self, method, path, body=None, tries=5):
        data = None if body is None else json.dumps(body, separators=(",", ":")).encode()
        for attempt in range(tries):
            req = urllib.request.Request(self.url + path, data=data, method=method, headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                    raw = resp.read()
                    return json.loads(raw) if raw else None
            except urllib.error.HTTPError as e:
                detail = e.read()[:500].decode("utf-8", "replace")
                # 5xx may be transient (a restart): retry; 4xx is our error or a real answer.
                if e.code < 500 or attempt == tries - 1:
                    raise Failure("%s %s: HTTP %d %s" % (method, path, e.code, detail))
            except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
                if attempt == tries - 1:
                    raise Failure("%s %s: %s" % (method, path, e))
            time.sleep(min(2 ** attempt, 10))
        raise Failure("unreachable")

    def base(self, tenant, database):
        q = urllib.parse.quote
        return "/api/v2/tenants/%s/databases/%s" % (q(tenant, safe=""), q(database, safe=""))

    def databases(self, tenant):
        out, offset = [], 0
        while True:
            page = self.call("GET", "/api/v2/tenants/%s/databases?limit=100&offset=%d" % (urllib.parse.quote(tenant, safe=""), offset))
            out += [d["name"] for d in page]
            if len(page) < 100:
                return out
            offset += 100

    def collections(self, tenant, database):
        out, offset = [], 0
        while True:
            page = self.call("GET", "%s/collections?limit=100&offset=%d" % (self.base(tenant, database), offset))
            out += page
            if len(page) < 100:
                return sorted(out, key=lambda c: c["name"])
            offset += 100

    def all_collections(self):
        for tenant in TENANTS:
            for database in self.databases(tenant):
                for c in self.collections(tenant, database):
                    yield tenant, database, c

    def get(self, tenant, database, cid, body):
        return self.call("POST", "%s/collections/%s/get" % (self.base(tenant, database), cid), body)

    def max_batch(self):
        checks = self.call("GET", "/api/v2/pre-flight-checks") or {}
        return max(1, min(BATCH, int(checks.get("max_batch_size", BATCH))))


def key_of(tenant, database, name):
    return "%s/%s/%s" % (tenant, database, name)


def f32_b64(vec):
    return base64.b64encode(struct.pack("<%df" % len(vec), *vec)).decode("ascii")


def f32_list(b64):
    raw = base64.b64decode(b64)
    return list(struct.unpack("<%df" % (len(raw) // 4), raw))


class Digest:
    """Count, id hash and content hash of one collection, independent of record order."""

    def __init__(self):
        self.ids = []
        self.content = 0

    def add(self, rid, emb_b64, document, metadata, uri):
        self.ids.append(rid)
        canon = json.dumps([rid, emb_b64, document, metadata, uri], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        self.content = (self.content + int.from_bytes(hashlib.sha256(canon.encode()).digest()[:8], "big")) % (1 << 64)

    def summary(self):
        ids = sorted(self.ids)
        if len(set(ids)) != len(ids):
            raise Failure("duplicate ids in one collection")
        return {
            "count": len(ids),
            "ids_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest(),
            "content_hash": "%016x" % self.content,
        }


def column(res, name, n):
    col = res.get(name)
    return col if col is not None else [None] * n


def fetch_records(chroma, tenant, database, cid, ids):
    """One get of `ids`: id -> record (a dict with a base64 embedding), for the ids that exist."""
    res = chroma.get(tenant, database, cid, {"ids": ids, "include": ["embeddings", "documents", "metadatas", "uris"]})
    n = len(res["ids"])
    embs, docs, metas, uris = (column(res, k, n) for k in ("embeddings", "documents", "metadatas", "uris"))
    out = {}
    for j in range(n):
        if embs[j] is None:
            raise Failure("%s: record %r has no embedding" % (database, res["ids"][j]))
        out[res["ids"][j]] = {"id": res["ids"][j], "embedding": f32_b64(embs[j]), "document": docs[j], "metadata": metas[j], "uri": uris[j]}
    return out


def read_records(chroma, tenant, database, cid, ids, batch):
    """Yields the records of `ids` that still exist, each as two consecutive gets returned it.

    One get is not one snapshot: Chroma's local executor reads documents and metadata from
    SQLite, then each embedding from the HNSW index, while a write commits to SQLite first
    and applies to the HNSW index after (rust/frontend/src/executor/local.rs and
    rust/log/src/local_compaction_manager.rs, Chroma 1.0.0 to 1.5.9). A get that meets a
    write in between returns a record torn between two states (measured: a document with
    the embedding of no version of its record). So each batch is read again, and a record
    is kept once two consecutive reads agree on all of it; a record that differs is read
    again, with a growing pause, at most CONFIRM_ROUNDS times, then the export fails.
    """
    for i in range(0, len(ids), batch):
        part = ids[i:i + batch]
        last = fetch_records(chroma, tenant, database, cid, part)
        pending, confirmed = part, {}
        for attempt in range(CONFIRM_ROUNDS):
            again = fetch_records(chroma, tenant, database, cid, pending)
            unsure = []
            for rid in pending:
                before, now = last.get(rid), again.get(rid)
                if now is None:
                    continue  # deleted (before or between the reads)
                if now == before:
                    confirmed[rid] = now
                else:
                    unsure.append(rid)
            if not unsure:
                break
            log("%s: %d records changed between two reads; reading them again" % (database, len(unsure)))
            pending, last = unsure, again
            time.sleep(min(0.05 * 2 ** attempt, 2.0))
        else:
            raise Failure("%s: %d records differ between every two reads in %d rounds (first: %r): they are rewritten faster "
                          "than a read can be confirmed; run the export again later" % (database, len(unsure), CONFIRM_ROUNDS, unsure[0]))
        for rid in part:
            if rid in confirmed:
                yield confirmed[rid]


def list_ids(chroma, tenant, database, cid):
    # One request, so that deletes during the export cannot shift a page past a record.
    return chroma.get(tenant, database, cid, {"include": []})["ids"]


def export(url, archive, manifest_path):
    chroma = Chroma(url)
    batch = chroma.max_batch()
    started = now_iso()
    t0 = time.monotonic()
    version = chroma.call("GET", "/api/v2/version")
    collections = []
    total = 0
    with gzip.open(archive, "wt", encoding="utf-8", compresslevel=int(os.environ.get("GZIP_LEVEL", "1"))) as out:
        def emit(obj):
            out.write(json.dumps(obj, separators=(",", ":"), ensure_ascii=False) + "\n")

        emit({"kind": "header", "format": FORMAT, "version": VERSION, "chroma_version": version, "started_at": started})
        for tenant, database, c in chroma.all_collections():
            key = key_of(tenant, database, c["name"])
            emit({"kind": "collection", "key": key, "tenant": tenant, "database": database, "name": c["name"],
                  "metadata": c.get("metadata"), "configuration": c.get("configuration_json")})
            digest = Digest()
            ids = list_ids(chroma, tenant, database, c["id"])
            rows = []
            for r in read_records(chroma, tenant, database, c["id"], ids, batch):
                digest.add(r["id"], r["embedding"], r["document"], r["metadata"], r["uri"])
                rows.append(r)
                if len(rows) == batch:
                    emit(records_line(key, rows))
                    rows = []
            if rows:
                emit(records_line(key, rows))
            s = digest.summary()
            total += s["count"]
            collections.append(dict(key=key, tenant=tenant, database=database, name=c["name"], **s))
            log("exported %s: %d records" % (key, s["count"]))
        seconds = time.monotonic() - t0
        manifest = {"format": FORMAT, "version": VERSION, "chroma_version": version, "started_at": started,
                    "finished_at": now_iso(), "seconds": round(seconds, 3), "records": total, "collections": collections}
        emit({"kind": "end", "manifest": manifest})
    paired = os.environ.get("PAIRED_BACKUP")
    if paired is not None:
        manifest["paired_backup"] = json.loads(paired) if paired else None
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    rate = total / seconds if seconds > 0 else 0
    log("export complete: %d records in %d collections, %.1f s (%.0f records/s)" % (total, len(collections), seconds, rate))
    print(json.dumps({"records": total, "collections": len(collections), "seconds": round(seconds, 3)}))


def records_line(key, rows):
    return {"kind": "records", "key": key, "ids": [r["id"] for r in rows], "embeddings": [r["embedding"] for r in rows],
            "documents": [r["document"] for r in rows], "metadatas": [r["metadata"] for r in rows],
            "uris": [r["uri"] for r in rows]}


def read_archive(archive):
    """Yields the lines of an archive; fails unless it has its header and its end line."""
    header = end = None
    with gzip.open(archive, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            obj = json.loads(line)
            if n == 0:
                if obj.get("kind") != "header" or obj.get("format") != FORMAT:
                    raise Failure("%s is not a %s archive" % (archive, FORMAT))
                if obj.get("version") != VERSION:
                    raise Failure("%s has format version %r; this program reads version %d" % (archive, obj.get("version"), VERSION))
                header = obj
            elif end is not None:
                raise Failure("%s has lines after its end line" % archive)
            elif obj.get("kind") == "end":
                end = obj
            yield obj
    if header is None or end is None:
        raise Failure("%s is truncated: no end line" % archive)


def creation_body(c):
    body = {"name": c["name"], "metadata": c.get("metadata") or None}
    conf = c.get("configuration") or {}
    # Only the index settings: the embedding function is the client's business, and the
    # rest is derived by the server.
    index = {k: conf[k] for k in ("hnsw", "spann") if conf.get(k)}
    if index:
        body["configuration"] = index
    return body


def import_archive(url, archive):
    chroma = Chroma(url)
    batch = chroma.max_batch()
    replace = os.environ.get("ON_CONFLICT", "fail") == "replace"
    t0 = time.monotonic()
    ids_of = {}
    total = 0
    for obj in read_archive(archive):
        kind = obj["kind"]
        if kind == "collection":
            base = chroma.base(obj["tenant"], obj["database"])
            ensure_database(chroma, obj["tenant"], obj["database"])
            existing = [c for c in chroma.collections(obj["tenant"], obj["database"]) if c["name"] == obj["name"]]
            if existing and not replace:
                raise Failure("collection %s exists on %s; set ON_CONFLICT=replace to replace it" % (obj["key"], url))
            for c in existing:
                chroma.call("DELETE", "%s/collections/%s" % (base, c["id"]))
            created = chroma.call("POST", "%s/collections" % base, creation_body(obj))
            ids_of[obj["key"]] = (base, created["id"])
        elif kind == "records":
            base, cid = ids_of[obj["key"]]
            for i in range(0, len(obj["ids"]), batch):
                sl = slice(i, i + batch)
                chroma.call("POST", "%s/collections/%s/add" % (base, cid), {
                    "ids": obj["ids"][sl], "embeddings": [f32_list(e) for e in obj["embeddings"][sl]],
                    "documents": obj["documents"][sl], "metadatas": obj["metadatas"][sl], "uris": obj["uris"][sl]})
            total += len(obj["ids"])
    seconds = time.monotonic() - t0
    log("import complete: %d records, %.1f s (%.0f records/s)" % (total, seconds, total / seconds if seconds > 0 else 0))
    print(json.dumps({"records": total, "seconds": round(seconds, 3)}))


def ensure_database(chroma, tenant, database):
    if database not in chroma.databases(tenant):
        chroma.call("POST", "/api/v2/tenants/%s/databases" % urllib.parse.quote(tenant, safe=""), {"name": database})


def verify(url, archive, manifest_path):
    """The server holds exactly the manifest's collections and records, readable and queryable."""
    chroma = Chroma(url)
    batch = chroma.max_batch()
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    expected = {c["key"]: c for c in manifest["collections"]}
    stored = sample_archive(archive, SAMPLE)
    found = {}
    problems = []
    for tenant, database, c in chroma.all_collections():
        key = key_of(tenant, database, c["name"])
        found[key] = c
        if key not in expected:
            problems.append("%s: on the server, not in the manifest" % key)
            continue
        digest = Digest()
        try:
            count = chroma.call("GET", "%s/collections/%s/count" % (chroma.base(tenant, database), c["id"]))
            ids = list_ids(chroma, tenant, database, c["id"])
            for r in read_records(chroma, tenant, database, c["id"], ids, batch):
                digest.add(r["id"], r["embedding"], r["document"], r["metadata"], r["uri"])
        except Failure as e:
            problems.append("%s: unreadable: %s" % (key, e))
            continue
        s = digest.summary()
        want = expected[key]
        for field in ("count", "ids_sha256", "content_hash"):
            if s[field] != want[field]:
                problems.append("%s: %s is %s, the manifest says %s" % (key, field, s[field], want[field]))
        if count != want["count"]:
            problems.append("%s: count() is %s, the manifest says %d" % (key, count, want["count"]))
        problems += check_sample(chroma, tenant, database, c, stored.get(key, []))
    for key in expected:
        if key not in found:
            problems.append("%s: in the manifest, missing on the server" % key)
    summary = {"collections": len(expected), "records": manifest["records"], "problems": problems}
    print(json.dumps(summary))
    if problems:
        raise Failure("%d problem(s): %s" % (len(problems), "; ".join(problems[:10])))
    log("verify ok: %d collections, %d records, as in the manifest" % (len(expected), manifest["records"]))


def sample_archive(archive, size):
    """Up to `size` records per collection from the archive, chosen at random."""
    rng = random.Random()
    out, seen = {}, {}
    for obj in read_archive(archive):
        if obj["kind"] != "records":
            continue
        keep = out.setdefault(obj["key"], [])
        for i, rid in enumerate(obj["ids"]):
            n = seen[obj["key"]] = seen.get(obj["key"], 0) + 1
            rec = (rid, obj["embeddings"][i], obj["documents"][i])
            if len(keep) < size:
                keep.append(rec)
            elif rng.randrange(n) < size:
                keep[rng.randrange(size)] = rec
    return out


def check_sample(chroma, tenant, database, c, sample):
    """Sampled vectors find their own record among their nearest neighbours, every id a
    query returns exists, and get returns the stored document.

    HNSW is approximate: on hard data a self-query misses now and then (uniform random
    384-dimensional vectors, 15,000 per collection: 3 % of a sample missed even among 10
    neighbours), so up to VERIFY_MAX_MISS_RATIO (10 %) of the sample may miss among the
    NEIGHBOURS nearest (Chroma's id-filtered query searches the same graph, so it is no
    exact fallback). A broken index answers with errors, foreign ids or wrong vectors,
    which the other checks catch; a wrong distance to the own vector, or an id that get
    does not know, is always a failure."""
    if not sample:
        return []
    base = "%s/collections/%s" % (chroma.base(tenant, database), c["id"])
    space = ((c.get("configuration_json") or {}).get("hnsw") or {}).get("space") or (c.get("metadata") or {}).get("hnsw:space") or "l2"
    key = key_of(tenant, database, c["name"])
    problems, missed, returned = [], [], set()
    for i in range(0, len(sample), 50):
        part = sample[i:i + 50]
        res = chroma.call("POST", base + "/query", {"query_embeddings": [f32_list(e) for _, e, _ in part], "n_results": NEIGHBOURS, "include": ["distances"]})
        for (rid, _, _), ids, dists in zip(part, res["ids"], res["distances"]):
            returned.update(ids)
            if rid not in ids:
                missed.append(rid)
            elif space != "ip" and dists[ids.index(rid)] > 1e-3:
                problems.append("%s: %r is at distance %g from its own vector" % (key, rid, dists[ids.index(rid)]))
    if len(missed) > MAX_MISS_RATIO * len(sample):
        problems.append("%s: %d of %d sampled vectors do not find their own record among their %d nearest neighbours (%s)"
                        % (key, len(missed), len(sample), NEIGHBOURS, ", ".join(map(repr, missed[:5]))))
    wanted = [rid for rid, _, _ in sample]
    got = chroma.call("POST", base + "/get", {"ids": sorted(set(wanted) | returned), "include": ["documents"]})
    docs = dict(zip(got["ids"], got["documents"] or [None] * len(got["ids"])))
    ghosts = sorted(returned - set(docs))
    if ghosts:
        problems.append("%s: queries return ids that get does not have: %s" % (key, ", ".join(map(repr, ghosts[:5]))))
    for rid, _, doc in sample:
        if rid not in docs:
            problems.append("%s: get(%r) returns nothing" % (key, rid))
        elif docs[rid] != doc:
            problems.append("%s: get(%r) returns another document" % (key, rid))
    return problems


def main(argv):
    commands = {"export": (export, 3), "import": (import_archive, 2), "verify": (verify, 3)}
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        sys.stderr.write(__doc__)
        return 64
    fn, _ = commands[argv[1]]
    try:
        fn(*argv[2:])
    except Failure as e:
        log("ERROR: %s" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
