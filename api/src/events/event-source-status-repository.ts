import type { EventSource } from "@learning-loop/contract";
import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type { EventSourceStatusDoc } from "../cosmos/documents";
import { withRetry } from "../cosmos/retry";
import { queryInScope, readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

export const sourceStatusId = (source: EventSource) => `eventSource:${source}`;

export const readSourceStatus = (db: Db, at: Scoped, source: EventSource) =>
  readInScope<EventSourceStatusDoc>(db, at, sourceStatusId(source), "eventSourceStatus");

export const listSourceStatuses = (db: Db, at: Scoped) =>
  queryInScope<EventSourceStatusDoc>(db, at, { where: 'c.type = "eventSourceStatus"' });

export async function saveSourceStatus(db: Db, doc: EventSourceStatusDoc): Promise<void> {
  await withRetry(() => containerOf(db).items.upsert(doc));
}
