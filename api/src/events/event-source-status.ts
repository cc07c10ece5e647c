import type { DeliveryOutcome, EventSource, EventSourceStatus } from "@learning-loop/contract";
import { EVENT_SOURCES } from "@learning-loop/contract";
import type { Db } from "../cosmos/db";
import type { EventSourceStatusDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import {
  listSourceStatuses,
  readSourceStatus,
  saveSourceStatus,
  sourceStatusId,
} from "./event-source-status-repository";

const REASON_MAX = 200;

/**
 * Remembers what a source last sent to a scope: when, what became of it and why (never anything
 * of the payload). Last writer wins: two deliveries at once may leave either one's time, which is
 * all the configuration page needs.
 */
export async function recordDelivery(
  db: Db,
  at: Scoped,
  source: EventSource,
  outcome: DeliveryOutcome,
  reason: string | null,
  now = new Date(),
): Promise<void> {
  const doc: EventSourceStatusDoc = {
    id: sourceStatusId(source),
    pk: at.pk,
    tid: at.tid,
    scope: at.scope,
    type: "eventSourceStatus",
    ...statusOf(source, await readSourceStatus(db, at, source)),
  };
  const why = reason === null ? null : [...reason].slice(0, REASON_MAX).join("");
  if (outcome === "refused") {
    doc.lastRefusalAt = now.toISOString();
    doc.lastRefusalReason = why;
  } else {
    doc.lastDeliveryAt = now.toISOString();
    doc.lastOutcome = outcome;
    doc.lastReason = why;
  }
  await saveSourceStatus(db, doc);
}

/** Every source's last delivery and refusal, in `EVENT_SOURCES` order (nulls where none came yet). */
export async function sourceStatuses(db: Db, at: Scoped): Promise<EventSourceStatus[]> {
  const stored = await listSourceStatuses(db, at);
  return EVENT_SOURCES.map((source) =>
    statusOf(
      source,
      stored.find((entry) => entry.source === source),
    ),
  );
}

/** A source's status as stored, or all nulls before it sent anything. */
function statusOf(source: EventSource, doc: EventSourceStatus | undefined): EventSourceStatus {
  return {
    source,
    lastDeliveryAt: doc?.lastDeliveryAt ?? null,
    lastOutcome: doc?.lastOutcome ?? null,
    lastReason: doc?.lastReason ?? null,
    lastRefusalAt: doc?.lastRefusalAt ?? null,
    lastRefusalReason: doc?.lastRefusalReason ?? null,
  };
}
