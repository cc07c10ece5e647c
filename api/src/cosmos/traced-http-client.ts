import { createDefaultHttpClient } from "@azure/core-rest-pipeline";
import type { HttpClient } from "@azure/core-rest-pipeline";
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { endingSpan } from "../telemetry/span-end";

const tracer = trace.getTracer("learning-loop.cosmos");

/**
 * Cosmos DB's HTTP client with a client span per request (docs/operations.md). The SDK (4.x) makes
 * no OpenTelemetry spans of its own, and Node's http instrumentation cannot reach it in an ES module
 * app, so each request to the database is traced here: method, resource type, status, sub-status
 * and request charge (RUs). The URL holds document ids; telemetry/redaction.ts reduces it to a
 * template before anything is exported. With telemetry off the tracer is a no-op.
 */
export function tracedHttpClient(inner: HttpClient = createDefaultHttpClient()): HttpClient {
  return {
    sendRequest(request) {
      const url = new URL(request.url);
      const resource =
        /\/(docs|colls|dbs|pkranges|offers|sprocs)(\/[^/]+)?\/?$/.exec(url.pathname)?.[1] ?? "account";
      return tracer.startActiveSpan(
        `Cosmos ${request.method} ${resource}`,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            "db.system": "cosmosdb",
            "az.namespace": "Microsoft.DocumentDB",
            "db.operation": `${request.method} ${resource}`,
            "http.request.method": request.method,
            "url.full": request.url,
            "server.address": url.hostname,
            "server.port": Number(url.port || 443),
          },
        },
        (span) =>
          endingSpan(span, async () => {
            const response = await inner.sendRequest(request);
            const charge = Number(response.headers.get("x-ms-request-charge") ?? NaN);
            const subStatus = Number(response.headers.get("x-ms-substatus") ?? NaN);
            span.setAttributes({
              "http.response.status_code": response.status,
              "db.cosmosdb.status_code": response.status,
              ...(Number.isFinite(charge) ? { "db.cosmosdb.request_charge": charge } : {}),
              ...(Number.isFinite(subStatus) ? { "db.cosmosdb.sub_status_code": subStatus } : {}),
            });
            // 404 and 409 are answers the app expects (a missing document, "create once"); 429 and 5xx are not.
            if (response.status === 429 || response.status >= 500)
              span.setStatus({ code: SpanStatusCode.ERROR });
            return response;
          }),
      );
    },
  };
}
