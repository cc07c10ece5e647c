import type { Db } from "../cosmos/db";
import type { AfterActionEvent, RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { AfterActionEventDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { derivedUuid } from "../notifications/derived-uuid";
import { startRound } from "../rounds/round-service";
import { afterActionEventId, readAfterActionEvent, saveAfterActionEvent } from "./after-action-repository";

/** The library's first after-action question; the card adds the event it is about. */
export const AFTER_ACTION_PROMPT_ID = "aar-intended";

/**
 * Who "starts" an event-triggered round. Not a person: no user's oid can equal it, so only the
 * scope's owners (organizers) may close or reveal such a round.
 */
export const AFTER_ACTION_STARTER = { oid: "after-action-trigger", name: "After-action trigger" };

/**
 * Starts the after-action review of an event through the rounds domain, as the HTTP API starts
 * any round. An event sent again under the same `id` finds its round instead of starting another.
 */
export async function startAfterActionReview(
  db: Db,
  at: Scoped,
  event: AfterActionEvent,
  anonymitySecret: string,
  now = new Date(),
): Promise<{ created: boolean; round: RoundView; event: AfterActionEventDoc }> {
  const roundId = event.id ? derivedUuid(`after-action|${at.tid}|${at.scope}|${event.id}`) : randomUUID();
  const doc: AfterActionEventDoc = {
    id: afterActionEventId(roundId),
    pk: at.pk,
    tid: at.tid,
    scope: at.scope,
    type: "afterActionEvent",
    roundId,
    kind: event.kind,
    title: event.title,
    url: event.url ?? null,
    eventId: event.id ?? null,
    receivedAt: now.toISOString(),
  };
  // Written first, so that the prompt card (sent once the round exists) can show the event.
  const stored = (await readAfterActionEvent(db, at, roundId)) ?? doc;
  if (stored === doc) await saveAfterActionEvent(db, doc);
  const viewer = {
    access: { ...at, ...AFTER_ACTION_STARTER, role: "member" as const },
    anonymitySecret,
  };
  const { created, round } = await startRound(
    db,
    viewer,
    { id: roundId, promptId: AFTER_ACTION_PROMPT_ID },
    now,
  );
  return { created, round, event: stored };
}
