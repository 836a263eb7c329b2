// A bare node:http server for the benchmarks, run as its own process so that
// the client being measured and the server do not share one event loop.
//
//   node bench/lib/http-server.mjs <response-body-file> [content-type]
//
// It answers every request, after reading the whole request body, with the
// bytes of <response-body-file> and status 200. It binds 127.0.0.1 on a port
// the OS picks, prints {"port":N} on stdout, and exits as soon as its stdin
// closes (that is, when the parent is gone, however it died).
import http from 'node:http';
import fs from 'node:fs';

const [file, contentType = 'application/json'] = process.argv.slice(2);
if (!file) {
  console.error('http-server: usage: node bench/lib/http-server.mjs <response-body-file> [content-type]');
  process.exit(2);
}
const body = fs.readFileSync(file);
const headers = { 'content-type': contentType, 'content-length': String(body.length) };
let served = 0;

const server = http.createServer((req, res) => {
  req.on('data', () => {});
  req.on('end', () => {
    served++;
    res.writeHead(200, headers);
    res.end(body);
  });
});
// Keep connections open across the rounds (the parent uses keep-alive).
server.keepAliveTimeout = 60_000;
server.headersTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});

const bye = () => {
  server.closeAllConnections();
  server.close();
  process.exit(0);
};
process.stdin.on('end', bye).on('error', bye).resume();
process.on('SIGTERM', bye);
// Hard stop: no bench run lasts this long; never outlive a stuck parent.
setTimeout(bye, 15 * 60_000).unref();
process.on('exit', () => {
  if (process.env.BENCH_SERVER_VERBOSE) console.error(`http-server: served ${served} requests`);
});
