import { readFile } from "node:fs/promises";
import { Agent, createServer, request } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface StaticFile {
  type: string;
  body: string;
}

/**
 * Serves a production build from disk, a few extra files from memory (the local Teams host page),
 * and proxies /api to the API, all on one origin as the tab and the host page require. With a
 * `fallbackOrigin` (the tabs' dev server), whatever the build does not have (the host page's Live
 * Share registry, the probe app) is asked there instead of answered 404.
 */
export async function startStaticServer(options: {
  root: string;
  extra: Record<string, StaticFile>;
  apiOrigin: string;
  fallbackOrigin?: string;
}): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const agent = new Agent({ keepAlive: true });
  const api = new URL(options.apiOrigin);
  const fallback = options.fallbackOrigin ? new URL(options.fallbackOrigin) : undefined;

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/api/")) return proxy(api, req, res);
    const notHere = (status: number, text: string) =>
      fallback ? proxy(fallback, req, res) : end(res, status, text);
    if (req.method !== "GET" && req.method !== "HEAD") return notHere(405, "method not allowed");
    const extra = options.extra[url.pathname];
    if (extra) return send(res, extra.type, Buffer.from(extra.body));
    const relative =
      url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname).replace(/^\/+/, "");
    const file = path.resolve(root, relative);
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return end(res, 403, "forbidden");
    try {
      const body = await readFile(file);
      return send(res, TYPES[path.extname(file)] ?? "application/octet-stream", body);
    } catch {
      return notHere(404, "not found");
    }
  }

  function proxy(target: URL, req: IncomingMessage, res: ServerResponse) {
    const upstream = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
        agent,
      },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    upstream.on("error", () => end(res, 502, "api unreachable"));
    req.pipe(upstream);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch(() => end(res, 500, "static server failed"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

function send(res: ServerResponse, type: string, body: Buffer) {
  res.writeHead(200, { "content-type": type, "content-length": body.length, "cache-control": "no-store" });
  res.end(body);
}

function end(res: ServerResponse, status: number, text: string) {
  if (!res.headersSent) res.writeHead(status, { "content-type": "text/plain" });
  res.end(text);
}
