import { SpanKind, SpanStatusCode, context as otelContext, trace } from "@opentelemetry/api";
import type { Handler, Route } from "../http/route";
import { withInvocation } from "./logger";
import { endingSpan } from "./span-end";

const tracer = trace.getTracer("learning-loop");

/**
 * A span per request, named by method and route template (`POST /api/scopes/{scope}/rounds`),
 * never by the path a caller sent: a path holds scope, round and answer ids and a query can hold
 * search text. Under the Functions host, which records the request itself, this span is its
 * child (INTERNAL); on the local host it is the request (SERVER). Its status is the response's.
 */
export function tracedHandler(route: Pick<Route, "name" | "route">, handler: Handler): Handler {
  const template = `/api/${route.route}`;
  return (req, context) => {
    const underHost = trace.getSpanContext(otelContext.active())?.isRemote === true;
    return tracer.startActiveSpan(
      `${req.method} ${template}`,
      {
        kind: underHost ? SpanKind.INTERNAL : SpanKind.SERVER,
        attributes: {
          "http.request.method": req.method,
          "http.route": template,
          "faas.name": context.functionName,
          "faas.invocation_id": context.invocationId,
          "faas.trigger": "http",
        },
      },
      (span) =>
        endingSpan(span, async () => {
          const response = await withInvocation(context, () => handler(req, context));
          span.setAttribute("http.response.status_code", response.status);
          if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
          return response;
        }),
    );
  };
}
