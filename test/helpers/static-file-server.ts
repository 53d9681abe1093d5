// A local HTTP file server for download tests (binds 127.0.0.1): serves routes → files, honours Range requests,
// can cut a response short to simulate a dropped connection, and records every request.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StaticRoute {
  file: string;
  /** Send only this many bytes, then destroy the socket (once). */
  cutAfterBytes?: number;
}

export interface StaticFileServer {
  url: string;
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

export async function startStaticFileServer(routes: Record<string, string | StaticRoute>): Promise<StaticFileServer> {
  const requests: StaticFileServer['requests'] = [];
  const cut = new Set<string>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    requests.push({ path, headers: req.headers });
    const r = routes[path];
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    const route = typeof r === 'string' ? { file: r } : r;
    const body = readFileSync(route.file);
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const start = m ? Number(m[1]) : 0;
    if (start >= body.length && m) {
      res.writeHead(416).end();
      return;
    }
    const slice = body.subarray(start);
    res.writeHead(m ? 206 : 200, {
      'content-type': 'application/octet-stream',
      'content-length': String(slice.length),
      ...(m && { 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` }),
    });
    if (route.cutAfterBytes !== undefined && !cut.has(path)) {
      cut.add(path);
      res.write(slice.subarray(0, route.cutAfterBytes), () => res.destroy());
      return;
    }
    res.end(slice);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
