#!/usr/bin/env python3
"""An HTTP proxy in front of a real Chroma server that returns the torn reads Chroma can return.

  chroma-torn-proxy.py UPSTREAM PORT MODE EVENTS

A Chroma get reads documents from SQLite and embeddings from the HNSW index, separately; a
get that meets a write between the two returns a record with the embedding of another
state (chroma-logical.py read_records). Measured on `chroma run` (npm bindings 1.0.5): 1 in
3.3 million record reads under the writer of chroma-writer.py, a document with the
embedding of no version of its record. Too rare to meet on purpose, so this proxy makes
it happen: in a get answer that includes embeddings and has at least two records, the
first two records swap embeddings, which is that kind of record.

MODE once       the first such answer only (a write met once)
MODE alternate  every second such answer (a record rewritten between every two reads)

Every torn answer appends a line to EVENTS. Listens on 127.0.0.1:PORT; other requests
pass unchanged.
"""

import http.server
import json
import sys
import threading
import urllib.error
import urllib.request

upstream, port, mode, events = sys.argv[1].rstrip("/"), int(sys.argv[2]), sys.argv[3], sys.argv[4]
lock = threading.Lock()
seen = [0]


def tear(body):
    """The answer with its first two records' embeddings swapped, when this answer is to be torn."""
    res = json.loads(body)
    embs = res.get("embeddings") if isinstance(res, dict) else None
    if not embs or len(embs) < 2:
        return body
    with lock:
        seen[0] += 1
        n = seen[0]
    if (mode == "once" and n != 1) or (mode == "alternate" and n % 2 == 0):
        return body
    embs[0], embs[1] = embs[1], embs[0]
    with open(events, "a") as f:
        f.write("%s\n" % json.dumps({"answer": n, "ids": res["ids"][:2]}))
    return json.dumps(res).encode()


class Proxy(http.server.BaseHTTPRequestHandler):
    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else None
        req = urllib.request.Request(upstream + self.path, data=data, method=self.command, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                status, body = r.status, r.read()
        except urllib.error.HTTPError as e:
            status, body = e.code, e.read()
        if self.command == "POST" and self.path.endswith("/get") and status == 200:
            body = tear(body)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = do_PUT = forward

    def log_message(self, *_):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Proxy)
print("listening", flush=True)
server.serve_forever()
