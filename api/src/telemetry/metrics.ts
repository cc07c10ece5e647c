import { metrics } from "@opentelemetry/api";
import type { Counter, MeterProvider } from "@opentelemetry/api";

/**
 * The app's own counters (docs/operations.md). Only `@opentelemetry/api` is loaded here, which is a
 * no-op until telemetry/setup.ts registers a provider; then these count in it. Attributes are
 * kinds and outcomes only, never who or which answer.
 */
export type NotificationOutcome = "sent" | "failed";
export type LimitKind = "member" | "scope";

interface Instruments {
  answers: Counter;
  roundsStarted: Counter;
  roundsClosed: Counter;
  notificationsSent: Counter;
  notificationsFailed: Counter;
  limited: Counter;
}

let provider: MeterProvider | undefined;
let instruments: Instruments | undefined;

/** The global meter provider may be set after this module loads, so instruments follow it. */
function current(): Instruments {
  const now = metrics.getMeterProvider();
  if (instruments && provider === now) return instruments;
  const meter = now.getMeter("learning-loop");
  provider = now;
  instruments = {
    answers: meter.createCounter("learningloop.answers.submitted", {
      description: "Answers stored (a replay of the same answer is not counted)",
    }),
    roundsStarted: meter.createCounter("learningloop.rounds.started", { description: "Rounds started" }),
    roundsClosed: meter.createCounter("learningloop.rounds.closed", { description: "Rounds closed" }),
    notificationsSent: meter.createCounter("learningloop.notifications.sent", {
      description: "Cards and notifications the Bot Connector accepted",
    }),
    notificationsFailed: meter.createCounter("learningloop.notifications.failed", {
      description: "Send attempts that failed (to be retried, uncertain or given up)",
    }),
    limited: meter.createCounter("learningloop.requests.limited", {
      description: "Requests refused with 429 by the API's own rate limits",
    }),
  };
  return instruments;
}

export function recordAnswerSubmitted(): void {
  current().answers.add(1);
}

/** From members and from after-action events alike (both start rounds through rounds/round-service.ts). */
export function recordRoundStarted(): void {
  current().roundsStarted.add(1);
}

export function recordRoundClosed(): void {
  current().roundsClosed.add(1);
}

/** `kind` is the notification kind (prompt card, digest, …); `outcome` for failures the verdict (retry, uncertain, permanent). */
export function recordNotification(result: NotificationOutcome, kind: string, outcome?: string): void {
  const attributes = { "notification.kind": kind, ...(outcome ? { "notification.outcome": outcome } : {}) };
  if (result === "sent") current().notificationsSent.add(1, attributes);
  else current().notificationsFailed.add(1, attributes);
}

/** For the rate limiter: one request refused with 429, by the limit that refused it. */
export function recordRequestLimited(kind: LimitKind): void {
  current().limited.add(1, { "limit.kind": kind });
}
