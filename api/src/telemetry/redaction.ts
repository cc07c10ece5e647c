import type { Context } from "@opentelemetry/api";
import type { LogRecordProcessor, SdkLogRecord } from "@opentelemetry/sdk-logs";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace-base";

/**
 * What telemetry may carry (docs/operations.md, docs/anonymity.md): route templates, methods,
 * statuses, hosts, durations, error types, counts and the app's own ids of invocations. Never
 * answer or experiment text, names, oids, UPNs, e-mail addresses, tokens or IP addresses.
 *
 * Redaction is an allowlist: every span, event and log attribute not named here is dropped, so an
 * attribute a library adds in a later version leaves nothing until someone has looked at it. URL
 * attributes are kept only as scheme, host and a path whose id-like segments read `{id}`.
 */
export const SPAN_ATTRIBUTES = new Set([
  // HTTP, both directions (current and older semantic conventions).
  "http.request.method",
  "http.method",
  "http.response.status_code",
  "http.status_code",
  "http.route",
  "url.scheme",
  "server.address",
  "server.port",
  "net.peer.name",
  "net.peer.port",
  "network.protocol.version",
  "error.type",
  // URLs, rewritten by redactUrl before they are kept.
  "url.full",
  "http.url",
  "url.path",
  "http.target",
  // Azure SDK (Cosmos DB, Entra ID): operation names and service request ids, no statements.
  "az.namespace",
  "az.service_request_id",
  "db.system",
  "db.system.name",
  "db.operation",
  "db.operation.name",
  "db.cosmosdb.status_code",
  "db.cosmosdb.sub_status_code",
  "db.cosmosdb.request_charge",
  "db.response.status_code",
  // Azure Functions: the invocation and the function, never its trigger's data.
  "faas.invocation_id",
  "faas.name",
  "faas.trigger",
  // Bot Connector turns (agents-hosting): kinds and counts, never conversation or activity ids.
  "activity.type",
  "activity.channel_id",
  "activity.count",
  "activity.delivery_mode",
  "route.authorized",
  "route.matched",
  "route.is_invoke",
  // Our own spans.
  "learningloop.outcome",
]);

const URL_ATTRIBUTES = new Set(["url.full", "http.url", "url.path", "http.target"]);

/** Log record attributes: the invocation, the function and what kind of line it is. */
export const LOG_ATTRIBUTES = new Set(["faas.invocation_id", "faas.name", "log.source", "error.type"]);

/** The instrumentation scope of the app's own log records, the only ones whose body is kept. */
export const APP_SCOPE = "learning-loop";

/** A path segment is kept only when it is a plain word such as `members` or `v1.0`; ids, names and encoded values are not. */
const PLAIN_SEGMENT = /^(?=.{1,24}$)[a-z][a-z0-9._-]*$/i;
/** A route template's placeholder, such as `{scope}`. */
const PLACEHOLDER = /^\{[a-z]+\}$/i;
const DIGITS = /\d/g;

function redactPath(path: string): string {
  return path
    .split("/")
    .map((segment) => {
      if (segment === "" || PLACEHOLDER.test(segment)) return segment;
      if (PLAIN_SEGMENT.test(segment) && (segment.match(DIGITS)?.length ?? 0) <= 2) {
        return segment;
      }
      return "{id}";
    })
    .join("/");
}

/**
 * `https://graph.microsoft.com/v1.0/teams/…/members?$filter=…` becomes
 * `https://graph.microsoft.com/v1.0/teams/{id}/members`: no query, no fragment, no user info,
 * no id. A relative value (a path) is redacted the same way.
 */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}${redactPath(url.pathname)}`;
  } catch {
    return redactPath(value.split(/[?#]/)[0] ?? "");
  }
}

/** Span names from libraries are fixed words; one that looks like a method and a URL or path is redacted like one. */
export function redactSpanName(name: string): string {
  const match = /^([A-Z]+ )?(.*)$/.exec(name);
  const rest = match?.[2] ?? name;
  if (!/[/?@:]/.test(rest)) return name;
  return `${match?.[1] ?? ""}${redactUrl(rest)}`;
}

type Attributes = Record<string, unknown>;

function redactAttributes(attributes: Attributes, allowed: Set<string>): void {
  for (const key of Object.keys(attributes)) {
    if (!allowed.has(key)) {
      delete attributes[key];
    } else if (URL_ATTRIBUTES.has(key) && typeof attributes[key] === "string") {
      attributes[key] = redactUrl(attributes[key]);
    }
  }
}

/**
 * Rewrites a span in place while it can still be changed (`onEnding`, before any processor sees it
 * ended): attributes, name, events (an exception keeps only its type), links and the status text,
 * which can quote an error message.
 */
export function redactSpan(span: Span | ReadableSpan): void {
  const writable = span as unknown as {
    name: string;
    attributes: Attributes;
    events: { name: string; attributes?: Attributes }[];
    links: { attributes?: Attributes }[];
    status: { code: number; message?: string };
  };
  redactAttributes(writable.attributes, SPAN_ATTRIBUTES);
  writable.name = redactSpanName(writable.name);
  for (const event of writable.events) {
    if (event.attributes) {
      const type = event.name === "exception" ? event.attributes["exception.type"] : undefined;
      redactAttributes(event.attributes, SPAN_ATTRIBUTES);
      if (typeof type === "string") event.attributes["exception.type"] = type.slice(0, 100);
    }
  }
  for (const link of writable.links) if (link.attributes) redactAttributes(link.attributes, SPAN_ATTRIBUTES);
  if (writable.status.message !== undefined) writable.status = { code: writable.status.code };
}

/**
 * The first span processor: it redacts every span as it ends, before the Azure Monitor distro's
 * own processors (standard and live metrics) and any exporter see it.
 */
export class RedactingSpanProcessor implements SpanProcessor {
  onStart(): void {}
  onEnding(span: Span): void {
    redactSpan(span);
  }
  onEnd(): void {}
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * Keeps the app's own log records as they are written (logger.ts builds them from ids and counts)
 * and withholds the body of any other library's record; attributes are allowlisted for all.
 */
export class RedactingLogProcessor implements LogRecordProcessor {
  onEmit(record: SdkLogRecord, _context?: Context): void {
    redactAttributes(record.attributes as Attributes, LOG_ATTRIBUTES);
    if (record.instrumentationScope.name !== APP_SCOPE) record.setBody("(withheld: not written by the app)");
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

/** Metric attributes the app's instruments and the HTTP client instrumentation may carry. */
export const METRIC_ATTRIBUTES = [
  "http.request.method",
  "http.response.status_code",
  "http.route",
  "server.address",
  "server.port",
  "url.scheme",
  "error.type",
  "activity.type",
  "activity.channel_id",
  "notification.kind",
  "notification.outcome",
  "limit.kind",
];
