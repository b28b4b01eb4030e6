import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse, origin: string) => void;

/**
 * A real HTTP server on 127.0.0.1 (a free port) answering by path. Tests reach it as
 * http://localhost:PORT (trusted by name in allowHosts) or http://127.0.0.1:PORT (an address, refused).
 */
export async function localServer(routes: Record<string, Route>) {
  let port = 0;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes[path];
    if (route) route(request, response, `http://localhost:${port}`);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('Không tìm thấy');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    /** http://localhost:PORT */
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Requests left hanging on purpose (the timeout tests) would keep close() waiting.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const send =
  (type: string, body: string | Buffer, headers: Record<string, string> = {}): Route =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': type, ...headers }).end(body);
  };
