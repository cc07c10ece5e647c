import { readFileSync } from "node:fs";
import { createServer, request as httpsRequest } from "node:https";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";

export interface FaultRates {
  /** Answered 429 with a retry hint, never forwarded. */
  throttle: number;
  /** The hint of an injected 429 (`x-ms-retry-after-ms`), 20 ms unless set. */
  throttleRetryAfterMs?: number;
  /** Answered 503, never forwarded. */
  unavailable: number;
  /** Forwarded (so it may have been applied), then answered 503. */
  appliedThenUnavailable: number;
  /** Forwarded, then the connection is cut before any response. */
  dropResponse: number;
  /** Forwarded after a delay of up to `maxDelayMs`. */
  delay: number;
  maxDelayMs: number;
}

export interface FaultProxy {
  endpoint: string;
  counts: Record<keyof Omit<FaultRates, "maxDelayMs" | "throttleRetryAfterMs"> | "forwarded", number>;
  close(): Promise<void>;
}

/** A deterministic pseudo-random source, so a failing run can be replayed with its seed. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An HTTPS proxy between the API and the Cosmos-protocol server that misbehaves on document
 * requests the way a real network and a busy database do. Control-plane calls (databases,
 * containers) pass untouched so that setup stays deterministic. The rates are read at every
 * request, so a test may change them while the proxy runs.
 */
export async function startFaultProxy(upstream: string, rates: FaultRates, seed = 42): Promise<FaultProxy> {
  const random = mulberry32(seed);
  const counts: FaultProxy["counts"] = {
    throttle: 0,
    unavailable: 0,
    appliedThenUnavailable: 0,
    dropResponse: 0,
    delay: 0,
    forwarded: 0,
  };
  const target = new URL(upstream);
  const certDir = path.dirname(
    createRequire(import.meta.url).resolve("@vercel/cosmosdb-server/package.json"),
  );
  const server: Server = createServer(
    { cert: readFileSync(path.join(certDir, "cert.pem")), key: readFileSync(path.join(certDir, "key.pem")) },
    (req, res) => void handle(req, res),
  );

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => resolve(Buffer.concat(chunks)));
    });
    const faulty = /\/docs(\/|$)/.test(req.url ?? "");
    let roll = faulty ? random() : 1;
    const take = (rate: number) => {
      roll -= rate;
      return roll < 0;
    };
    if (take(rates.throttle)) {
      counts.throttle++;
      return reply(
        res,
        429,
        { code: "TooManyRequests", message: "injected" },
        { "x-ms-retry-after-ms": String(rates.throttleRetryAfterMs ?? 20), "retry-after": "1" },
      );
    }
    if (take(rates.unavailable)) {
      counts.unavailable++;
      return reply(res, 503, { code: "ServiceUnavailable", message: "injected" });
    }
    const afterForward = take(rates.appliedThenUnavailable)
      ? "unavailable"
      : take(rates.dropResponse)
        ? "drop"
        : undefined;
    if (!afterForward && take(rates.delay)) {
      counts.delay++;
      await new Promise((resolve) => setTimeout(resolve, random() * rates.maxDelayMs));
    }
    const upstreamResponse = await forward(req, body);
    counts.forwarded++;
    if (afterForward === "unavailable") {
      counts.appliedThenUnavailable++;
      return reply(res, 503, { code: "ServiceUnavailable", message: "injected after apply" });
    }
    if (afterForward === "drop") {
      counts.dropResponse++;
      req.socket.destroy();
      return;
    }
    res.writeHead(upstreamResponse.status, upstreamResponse.headers);
    res.end(upstreamResponse.body);
  }

  function forward(req: IncomingMessage, body: Buffer) {
    return new Promise<{ status: number; headers: Record<string, string | string[]>; body: Buffer }>(
      (resolve, reject) => {
        const headers = { ...req.headers, host: target.host };
        const upstreamRequest = httpsRequest(
          {
            hostname: target.hostname,
            port: target.port,
            path: req.url,
            method: req.method,
            headers,
            rejectUnauthorized: false,
          },
          (upstreamResponse) => {
            const chunks: Buffer[] = [];
            upstreamResponse.on("data", (chunk: Buffer) => chunks.push(chunk));
            upstreamResponse.on("end", () =>
              resolve({
                status: upstreamResponse.statusCode ?? 502,
                headers: upstreamResponse.headers as Record<string, string | string[]>,
                body: Buffer.concat(chunks),
              }),
            );
          },
        );
        upstreamRequest.on("error", reject);
        upstreamRequest.end(body);
      },
    );
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://localhost:${port}`,
    counts,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function reply(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
