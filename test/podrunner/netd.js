#!/usr/bin/env node
// The pod runner's network daemon: it runs inside a pod's own network namespace (the pod
// sandbox: only a loopback interface, up) and is that namespace's holder, as the pause
// container is for a real pod. Config (JSON file, argv[2]):
//   inbound:  [{ socket, host, port }]  a Unix socket in the run directory -> host:port here
//             (how the kubelet's probes, Prometheus and other pods reach this pod's ports)
//   outbound: [{ host, port, socket }]  127.0.0.1:port here, where the namespace's nftables
//             rules send a Service's or another pod's address:port (all in 127.0.0.0/8) ->
//             a Unix socket of the run directory (a symlink to the serving pod's inbound
//             socket, present only while that pod is an endpoint)
// Every listener is on a loopback address of this namespace. No dependencies.
'use strict';
const fs = require('fs');
const net = require('net');

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

function pipe(client, target) {
  const upstream = net.connect(target);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.pipe(upstream);
  upstream.pipe(client);
  client.on('close', () => upstream.destroy());
  upstream.on('close', () => client.destroy());
}

const servers = [];
for (const r of config.inbound) {
  try { fs.unlinkSync(r.socket); } catch {}
  const srv = net.createServer((c) => pipe(c, { host: r.host, port: r.port }));
  srv.listen(r.socket);
  servers.push(srv);
}
for (const r of config.outbound) {
  const srv = net.createServer((c) => pipe(c, { path: r.socket }));
  srv.on('error', (e) => process.stderr.write(`netd: cannot listen on ${r.host}:${r.port}: ${e.message}\n`));
  srv.listen(r.port, r.host);
  servers.push(srv);
}
let pending = servers.length;
const ready = () => { if (--pending === 0) fs.writeFileSync(config.readyFile, String(process.pid)); };
for (const s of servers) s.once('listening', ready);
if (servers.length === 0) fs.writeFileSync(config.readyFile, String(process.pid));
process.on('SIGTERM', () => process.exit(0));
