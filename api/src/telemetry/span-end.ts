import { SpanStatusCode } from "@opentelemetry/api";
import type { Span } from "@opentelemetry/api";

/**
 * Runs `work` for a span and ends it: a thrown error marks the span failed with the error's type
 * (never its message, which can quote data) and is rethrown.
 */
export async function endingSpan<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.setAttribute("error.type", error instanceof Error ? error.name : "unknown");
    throw error;
  } finally {
    span.end();
  }
}
