import { readFileSync } from "node:fs";
import { Agent, createServer, request as httpsRequest } from "node:https";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** What a request to the Cosmos-protocol server does, told apart by method, path and headers. */
export const OPERATION_KINDS = [
  "read",
  "readFeed",
  "query",
  "queryPlan",
  "create",
  "upsert",
  "replace",
  "patch",
  "delete",
  "batch",
  "metadata",
] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];
export type OperationCounts = Record<OperationKind, number>;

export const zeroCounts = (): OperationCounts =>
  Object.fromEntries(OPERATION_KINDS.map((kind) => [kind, 0])) as OperationCounts;

export const diffCounts = (after: OperationCounts, before: OperationCounts): OperationCounts =>
  Object.fromEntries(OPERATION_KINDS.map((kind) => [kind, after[kind] - before[kind]])) as OperationCounts;

/** "1 read, 1 query": the non-zero kinds only, or "none". */
export const describeCounts = (counts: OperationCounts): string =>
  OPERATION_KINDS.filter((kind) => counts[kind] !== 0)
    .map((kind) => `${counts[kind]} ${kind}`)
    .join(", ") || "none";

const isTrue = (value: string | string[] | undefined) =>
  [value ?? []].flat().some((item) => item.toLowerCase() === "true");

/**
 * The SDK's REST calls as the server's router tells them apart (@vercel/cosmosdb-server
 * lib/router.js), plus the query-plan request the SDK may send before a query. Anything that is
 * not under `/docs` (account, database, container, partition-key ranges) is metadata.
 */
export function classify(req: Pick<IncomingMessage, "method" | "url" | "headers">): OperationKind {
  const pathname = (req.url ?? "").split("?")[0]?.replace(/\/+$/, "") ?? "";
  const docs = /\/dbs\/[^/]+\/colls\/[^/]+\/docs(\/[^/]+)?$/.exec(pathname);
  if (!docs) return "metadata";
  const one = docs[1] !== undefined;
  switch (req.method) {
    case "GET":
      return one ? "read" : "readFeed";
    case "PUT":
      return "replace";
    case "PATCH":
      return "patch";
    case "DELETE":
      return "delete";
    case "POST":
      if (isTrue(req.headers["x-ms-cosmos-is-query-plan-request"])) return "queryPlan";
      if (
        isTrue(req.headers["x-ms-documentdb-isquery"]) ||
        req.headers["content-type"] === "application/query+json"
      )
        return "query";
      if (isTrue(req.headers["x-ms-cosmos-is-batch-request"])) return "batch";
      if (isTrue(req.headers["x-ms-documentdb-is-upsert"])) return "upsert";
      return "create";
    default:
      return "metadata";
  }
}

export interface CountingProxy {
  endpoint: string;
  /** A copy of the counts so far. */
  counts(): OperationCounts;
  /** Documents the server returned to queries so far (the `x-ms-item-count` of each query response). */
  documentsReturned(): number;
  close(): Promise<void>;
}

/**
 * An HTTPS proxy in front of the Cosmos-protocol server that forwards everything untouched and
 * counts requests by kind: the SDK boundary, as seen on the wire. Same certificate as the server,
 * which the API accepts for a loopback endpoint.
 */
export async function startCountingProxy(upstream: string): Promise<CountingProxy> {
  const counts = zeroCounts();
  let documentsReturned = 0;
  const target = new URL(upstream);
  const certDir = path.dirname(
    createRequire(import.meta.url).resolve("@vercel/cosmosdb-server/package.json"),
  );
  const agent = new Agent({ keepAlive: true, rejectUnauthorized: false });
  const server: Server = createServer(
    { cert: readFileSync(path.join(certDir, "cert.pem")), key: readFileSync(path.join(certDir, "key.pem")) },
    (req, res) => forward(req, res),
  );

  function forward(req: IncomingMessage, res: ServerResponse) {
    const kind = classify(req);
    counts[kind] += 1;
    const upstreamRequest = httpsRequest(
      {
        hostname: target.hostname,
        port: target.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: target.host },
        agent,
      },
      (upstreamResponse) => {
        if (kind === "query") documentsReturned += Number(upstreamResponse.headers["x-ms-item-count"] ?? 0);
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(res);
      },
    );
    upstreamRequest.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstreamRequest);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://localhost:${port}`,
    counts: () => ({ ...counts }),
    documentsReturned: () => documentsReturned,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
