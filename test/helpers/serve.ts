// A tiny static server for end-to-end tests: fixed routes on 127.0.0.1 (never a public interface),
// HTML served as UTF-8. Optional per-route headers let tests set, e.g., a Content-Security-Policy.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RouteBody = string | (() => string);
export interface RouteWithHeaders {
  body: RouteBody;
  headers?: Record<string, string>;
  /** Defaults to text/html; charset=utf-8. */
  contentType?: string;
}
export type Route = RouteBody | RouteWithHeaders;

export interface Served {
  /** e.g. "http://127.0.0.1:40123" */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `routes` (path → body, e.g. { '/article.html': html }) until close(). `headers` adds
 * response headers per path; a route given as { body, headers } does the same. Unknown paths get 404.
 */
export async function serve(
  routes: Record<string, Route>,
  headers: Record<string, Record<string, string>> = {},
): Promise<Served> {
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[path];
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    const spec: RouteWithHeaders = typeof route === 'object' ? route : { body: route };
    const body = typeof spec.body === 'function' ? spec.body() : spec.body;
    response.writeHead(200, {
      'content-type': spec.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...headers[path],
      ...spec.headers,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
