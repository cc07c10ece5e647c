import type { Db } from "../cosmos/db";
import type { RoundView, StartRoundRequest } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { RoundDoc, RoundReview } from "../cosmos/documents";
import { DomainError, notFound } from "../domain/errors";
import { todayIn } from "@learning-loop/contract";
import { findPrompt } from "../prompts/find-prompt";
import { readScopeSettings } from "../scopes/scope-settings";
import { consumeNextPrompt } from "../scopes/scope-service";
import { foldForSearch } from "../search/normalize";
import { recordRoundClosed, recordRoundStarted } from "../telemetry/metrics";
import {
  changeRound,
  createRound,
  findOpenRound,
  listOpenReviews,
  listRoundContent,
  readRound,
} from "./round-repository";
import type { RoundChange } from "./round-repository";
import { canManage, roundEtag, toRoundView } from "./round-view";
import type { Viewer } from "./round-view";

export async function startRound(
  db: Db,
  viewer: Viewer,
  request: StartRoundRequest,
  now = new Date(),
  /** Makes the round an after-action review of an outside event (events/after-action.ts). */
  review?: RoundReview,
): Promise<{ created: boolean; round: RoundView }> {
  const { access } = viewer;
  const [settings, found] = await Promise.all([
    readScopeSettings(db, access),
    request.promptId === undefined ? undefined : findPrompt(db, access, request.promptId),
  ]);
  if (request.promptId !== undefined && !found) {
    throw new DomainError("invalid", "No prompt with this id in the library or this scope.", "promptId");
  }
  const prompt = found
    ? { id: found.id, text: found.text, kind: found.kind }
    : { id: null, text: request.promptText ?? "", kind: null };
  const id = request.id ?? randomUUID();
  const startedAt = now.toISOString();
  const doc: RoundDoc = {
    id,
    roundId: id,
    roundAt: startedAt,
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "round",
    promptId: prompt.id,
    promptText: prompt.text,
    kind: prompt.kind,
    meetingId: request.meetingId ?? null,
    startedBy: { oid: access.oid, name: access.name },
    startedAt,
    closedAt: null,
    status: "open",
    revealMode: request.revealMode ?? settings.revealMode,
    revealed: false,
    answerCount: 0,
    version: 1,
    search: foldForSearch(prompt.text),
    ...(review ? { review } : {}),
  };
  const { created, round } = await createRound(db, doc);
  if (!round) throw new DomainError("conflict", "This round id is already used elsewhere.", "id");
  if (!created && !sameStart(round, doc)) {
    throw new DomainError("conflict", "A different round already has this id.", "id");
  }
  if (created) recordRoundStarted();
  if (created && !review && prompt.id !== null && settings.nextPrompt === prompt.id) {
    await consumeNextPrompt(db, access, prompt.id, now);
  }
  return {
    created,
    round: created ? toRoundView(round, { answers: [] }, viewer) : await loadView(db, viewer, round),
  };
}

const sameStart = (a: RoundDoc, b: RoundDoc) =>
  a.promptId === b.promptId &&
  a.promptText === b.promptText &&
  a.meetingId === b.meetingId &&
  a.revealMode === b.revealMode &&
  a.startedBy.oid === b.startedBy.oid;

/** A round as this viewer sees it: its content in one query, "today" from the scope's settings. */
async function loadView(db: Db, viewer: Viewer, round: RoundDoc) {
  const [content, settings] = await Promise.all([
    listRoundContent(db, viewer.access, [round.id], viewer.access.oid),
    readScopeSettings(db, viewer.access),
  ]);
  return toRoundView(round, { ...content, today: todayIn(settings.timezone) }, viewer);
}

export async function currentRound(db: Db, viewer: Viewer, meetingId?: string): Promise<RoundView> {
  const round = await findOpenRound(db, viewer.access, meetingId);
  if (!round) throw notFound("An open round");
  return loadView(db, viewer, round);
}

/** The scope's open after-action reviews, newest first, as this viewer sees them. */
export async function openReviews(db: Db, viewer: Viewer, limit: number): Promise<RoundView[]> {
  const rounds = await listOpenReviews(db, viewer.access, limit);
  if (rounds.length === 0) return [];
  const [content, settings] = await Promise.all([
    listRoundContent(
      db,
      viewer.access,
      rounds.map((round) => round.id),
      viewer.access.oid,
    ),
    readScopeSettings(db, viewer.access),
  ]);
  const today = todayIn(settings.timezone);
  return rounds.map((round) =>
    toRoundView(
      round,
      {
        answers: content.answers.filter((answer) => answer.roundId === round.id),
        myReactions: content.myReactions,
        experiments: content.experiments,
        today,
      },
      viewer,
    ),
  );
}

/**
 * The polling read: one point read of the round, and only when its version moved on, one query
 * for the answers. `ifNoneMatch` equal to the current ETag means nothing new.
 */
export async function pollRound(
  db: Db,
  viewer: Viewer,
  id: string,
  ifNoneMatch: string | null,
): Promise<{ notModified: true; etag: string } | { notModified: false; round: RoundView }> {
  const round = await readRound(db, viewer.access, id);
  if (!round) throw notFound("The round");
  const etag = roundEtag(round, viewer.access.oid);
  if (ifNoneMatch !== null && ifNoneMatch.split(",").some((tag) => tag.trim() === etag)) {
    return { notModified: true, etag };
  }
  return { notModified: false, round: await loadView(db, viewer, round) };
}

/** Closes a round; `changed` is false when it was closed already (a repeated close). */
export async function closeRound(
  db: Db,
  viewer: Viewer,
  id: string,
  now = new Date(),
): Promise<{ round: RoundView; changed: boolean }> {
  const result = await manageRound(db, viewer, id, (round) =>
    round.status === "closed" ? null : { status: "closed", closedAt: now.toISOString() },
  );
  if (result.changed) recordRoundClosed();
  return result;
}

export async function revealRound(db: Db, viewer: Viewer, id: string): Promise<RoundView> {
  const { round } = await manageRound(db, viewer, id, (current) =>
    current.revealed ? null : { revealed: true },
  );
  return round;
}

async function manageRound(
  db: Db,
  viewer: Viewer,
  id: string,
  change: (round: RoundDoc) => RoundChange | null,
): Promise<{ round: RoundView; changed: boolean }> {
  let round = await readRound(db, viewer.access, id);
  if (!round) throw notFound("The round");
  if (!canManage(round, viewer.access)) {
    throw new DomainError("forbidden", "Only the round's starter or the organizer can do this.");
  }
  const changes = change(round);
  if (changes) round = await changeRound(db, viewer.access, id, changes);
  return { round: await loadView(db, viewer, round), changed: changes !== null };
}
