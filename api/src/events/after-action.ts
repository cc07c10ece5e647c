import type { Db } from "../cosmos/db";
import type { AfterActionEventKind, EventSource, ReviewQuestion, RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { AfterActionEventDoc, RoundReview } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { derivedUuid } from "../notifications/derived-uuid";
import { findLibraryPrompt } from "../prompts/library";
import { startRound } from "../rounds/round-service";
import { afterActionEventId, readAfterActionEvent, saveAfterActionEvent } from "./after-action-repository";

/** The library's four after-action questions, in the order a review asks them. */
export const REVIEW_PROMPT_IDS = ["aar-intended", "aar-actual", "aar-difference", "aar-next-time"] as const;

/** The first question: the round's prompt, so that every view that knows only prompts still reads right. */
export const AFTER_ACTION_PROMPT_ID = REVIEW_PROMPT_IDS[0];

export const reviewQuestions = (): ReviewQuestion[] =>
  REVIEW_PROMPT_IDS.map((id) => {
    const prompt = findLibraryPrompt(id);
    if (!prompt) throw new Error(`library prompt ${id} is missing`);
    return { id, text: prompt.text, hint: prompt.hint };
  });

/**
 * Who "starts" an event-triggered round. Not a person: no user's oid can equal it, so only the
 * scope's owners (organizers) may close or reveal such a round.
 */
export const AFTER_ACTION_STARTER = { oid: "after-action-trigger", name: "After-action trigger" };

/** An outside event that deserves a review, as every receiver hands it on. */
export interface ReviewEvent {
  source: EventSource;
  kind: AfterActionEventKind;
  title: string;
  url: string | null;
  /**
   * The sender's own id for this event (a generic event's `id`, GitHub's delivery id, Azure
   * DevOps' notification id): the same id again finds the review it started instead of another.
   */
  dedupeKey: string | null;
  /** When it happened as the source says (ISO 8601), or null: then when it arrived counts. */
  occurredAt?: string | null;
}

/** A time the source gave that is a real moment no later than now (a sender's clock may be ahead a little). */
function validPast(value: string | null | undefined, now: Date): boolean {
  if (!value) return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && time <= now.getTime() + 60_000;
}

function roundIdOf(at: Scoped, event: ReviewEvent): string {
  if (!event.dedupeKey) return randomUUID();
  // The generic format's ids keep the derivation they always had.
  const key = event.source === "generic" ? event.dedupeKey : `${event.source}:${event.dedupeKey}`;
  return derivedUuid(`after-action|${at.tid}|${at.scope}|${key}`);
}

/**
 * Starts the after-action review of an event through the rounds domain, as the HTTP API starts
 * any round: one round whose prompt is the first question and whose `review` holds the event and
 * all four questions. An event sent again under the same id finds its round instead of starting
 * another.
 */
export async function startAfterActionReview(
  db: Db,
  at: Scoped,
  event: ReviewEvent,
  anonymitySecret: string,
  now = new Date(),
): Promise<{ created: boolean; round: RoundView; event: AfterActionEventDoc }> {
  const roundId = roundIdOf(at, event);
  const doc: AfterActionEventDoc = {
    id: afterActionEventId(roundId),
    pk: at.pk,
    tid: at.tid,
    scope: at.scope,
    type: "afterActionEvent",
    roundId,
    source: event.source,
    kind: event.kind,
    title: event.title,
    url: event.url,
    eventId: event.dedupeKey,
    receivedAt: now.toISOString(),
    ...(validPast(event.occurredAt, now) ? { occurredAt: new Date(event.occurredAt!).toISOString() } : {}),
  };
  // Written first, so that the prompt card (sent once the round exists) can show the event.
  const stored = (await readAfterActionEvent(db, at, roundId)) ?? doc;
  if (stored === doc) await saveAfterActionEvent(db, doc);
  const review: RoundReview = {
    source: stored.source ?? "generic",
    kind: stored.kind,
    title: stored.title,
    url: stored.url,
    receivedAt: stored.receivedAt,
    occurredAt: stored.occurredAt ?? stored.receivedAt,
    questions: reviewQuestions(),
  };
  const viewer = {
    access: { ...at, ...AFTER_ACTION_STARTER, role: "member" as const },
    anonymitySecret,
  };
  const { created, round } = await startRound(
    db,
    viewer,
    { id: roundId, promptId: AFTER_ACTION_PROMPT_ID },
    now,
    review,
  );
  return { created, round, event: stored };
}
