/** A scriptable node:http server on 127.0.0.1 for client tests: each test says how to answer. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

export async function startServer(): Promise<{ url: string; seen: Seen[]; handle(h: Handler): void; close(): Promise<void> }> {
  const seen: Seen[] = [];
  let handler: Handler = (_req, res) => {
    res.writeHead(500).end('no handler');
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    handle(h) {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
