import functions from "@azure/functions";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { problemResponse } from "../http/problem";
import type { ApiResponse } from "../http/response";
import type { Route } from "../http/route";
import { createMatcher } from "./route-matcher";

// The package is CommonJS; Node only exposes its exports as the default import.
const { HttpRequest, InvocationContext } = functions;

/** Bodies above this are refused before the handler sees them; the handler's own limit (16 KB) is lower. */
const MAX_READ_BYTES = 1024 * 1024;

export interface LocalHost {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * The built-in stand-in for `func start`: serves the same route table under /api with node:http,
 * handing each handler the package's own HttpRequest and InvocationContext.
 */
export async function startLocalHost(
  routes: Route[],
  options: {
    port: number;
    host?: string;
    log?: (line: string) => void;
    /** The one origin allowed to call cross-origin (CORS); defaults to the TAB_ORIGIN setting. */
    tabOrigin?: string;
  },
): Promise<LocalHost> {
  const match = createMatcher(routes);
  const log = options.log ?? (() => undefined);
  const tabOrigin = normalizeOrigin(options.tabOrigin ?? process.env.TAB_ORIGIN);
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) write(res, problemResponse(500, "The local host failed to handle this request."));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const cors = corsHeaders(tabOrigin, req.headers.origin);
    const send = (response: ApiResponse) =>
      write(res, cors ? { ...response, headers: { ...response.headers, ...cors } } : response);
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith("/api/")) return send(problemResponse(404, "Not found."));
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
      // A preflight: only the tab's origin gets an answer a browser accepts.
      if (!cors) return send(problemResponse(403, "This origin may not call the API."));
      return send({ status: 204, headers: PREFLIGHT });
    }
    const found = match(req.method ?? "GET", url.pathname.slice("/api/".length));
    if (found === undefined) return send(problemResponse(404, "No such route."));
    if (found === "method") return send(problemResponse(405, `${req.method} is not allowed here.`));
    const body = await readRaw(req);
    if (body === "too-large") return send(problemResponse(413, "The body is too large."));
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    const request = new HttpRequest({
      method: req.method ?? "GET",
      url: `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`,
      headers,
      query: Object.fromEntries(url.searchParams),
      params: found.params,
      ...(body.length ? { body: { bytes: body } } : {}),
    });
    const invocationId = randomUUID();
    const context = new InvocationContext({
      invocationId,
      functionName: found.route.name,
      logHandler: (level, ...args) => log(`[${level}] ${found.route.name} ${args.map(String).join(" ")}`),
    });
    const started = Date.now();
    const response = await found.route.handler(request, context);
    send(response);
    // Ids and timings only: never bodies, tokens or names.
    log(`${req.method} ${found.route.name} ${response.status} ${Date.now() - started}ms ${invocationId}`);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/api`,
    port,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readRaw(req: IncomingMessage): Promise<Uint8Array | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_READ_BYTES) {
        resolve("too-large");
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on("error", reject);
  });
}

/**
 * CORS as the Function App's platform setting does it in Azure: the allowed origin is echoed, any
 * other origin gets no CORS headers at all. No credentials: the API takes a bearer token, not cookies.
 */
function corsHeaders(
  tabOrigin: string | undefined,
  origin: string | undefined,
): Record<string, string> | null {
  if (!tabOrigin || !origin || normalizeOrigin(origin) !== tabOrigin) return null;
  return {
    "access-control-allow-origin": tabOrigin,
    "access-control-expose-headers":
      "ETag, Retry-After, WWW-Authenticate, Content-Disposition, X-Problem-Type",
    vary: "Origin",
  };
}

const PREFLIGHT = {
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE",
  "access-control-allow-headers":
    "Authorization, Content-Type, If-Match, If-None-Match, X-Meeting-Join-Url, X-Meeting-Id",
  "access-control-max-age": "600",
};

function normalizeOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const origin = new URL(value).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

function write(res: ServerResponse, response: ApiResponse) {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}
