"""Shared by chroma-writer.py and chroma-check.py: Chroma's v2 HTTP API over urllib, and the
embedding each record version gets. The checker recomputes the writer's embeddings, so both
must use this one definition."""
import json
import random
import urllib.request


def client(url, timeout):
    """call(method, path, body) against the default tenant and database of the server at url."""
    base = url.rstrip("/") + "/api/v2/tenants/default_tenant/databases/default_database"

    def call(method, path, body=None):
        req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(), headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return json.loads(raw) if raw else None

    return call


def embedding(seed, dim, rid, v):
    """The embedding of version v of record rid: deterministic from the seed."""
    rng = random.Random("%d/%s/%d" % (seed, rid, v))
    return [rng.uniform(-1, 1) for _ in range(dim)]
