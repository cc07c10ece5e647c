import { logs, SeverityNumber } from "@opentelemetry/api-logs";
import { AsyncLocalStorage } from "node:async_hooks";
import { APP_SCOPE } from "./redaction";

/**
 * Structured log records beside the Functions host's own lines: each carries the invocation id and
 * the function's name, and a line the app wrote itself (ids, counts, statuses, error codes; never
 * request content). With telemetry off, only the host's or the console's line is written.
 */
export interface Invocation {
  invocationId: string;
  functionName: string;
}

/** The host's per-invocation logger (`InvocationContext` has these and more). */
export interface InvocationLogger extends Invocation {
  log(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export type Level = "info" | "warn" | "error";

const SEVERITY: Record<Level, SeverityNumber> = {
  info: SeverityNumber.INFO,
  warn: SeverityNumber.WARN,
  error: SeverityNumber.ERROR,
};

const active = new AsyncLocalStorage<Invocation>();

/** Runs `work` as part of an invocation, so that operator lines written inside it (services' `log`) carry its id. */
export function withInvocation<T>(invocation: Invocation, work: () => T): T {
  return active.run({ invocationId: invocation.invocationId, functionName: invocation.functionName }, work);
}

/** One OpenTelemetry log record; a no-op until telemetry/setup.ts registers a logger provider. */
export function emitLog(level: Level, line: string, source: string, invocation = active.getStore()): void {
  logs.getLogger(APP_SCOPE).emit({
    severityNumber: SEVERITY[level],
    severityText: level.toUpperCase(),
    body: line,
    attributes: {
      "log.source": source,
      ...(invocation
        ? { "faas.invocation_id": invocation.invocationId, "faas.name": invocation.functionName }
        : {}),
    },
  });
}

/** Writes through the host's logger of this invocation and as a structured record. */
export function invocationLog(context: InvocationLogger): Record<Level, (line: string) => void> {
  const write = (level: Level, line: string) => {
    if (level === "info") context.log(line);
    else context[level](line);
    emitLog(level, line, "function", context);
  };
  return {
    info: (line) => write("info", line),
    warn: (line) => write("warn", line),
    error: (line) => write("error", line),
  };
}

/** The operator log of services.ts (auth and notification problems): the given writer plus a structured record. */
export function operatorLog(write: (line: string) => void): (line: string) => void {
  return (line) => {
    write(line);
    emitLog("warn", line, "services");
  };
}
