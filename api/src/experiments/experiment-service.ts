import type { Db } from "../cosmos/db";
import type {
  CreateExperimentRequest,
  ExperimentOwner,
  OwnerInput,
  ScopeMember,
  ExperimentStatus,
  ExperimentView,
  UpdateExperimentRequest,
} from "@learning-loop/contract";
import { readAnswer } from "../answers/answer-repository";
import type { ScopeAccess } from "../auth/identity";
import type { ExperimentDoc } from "../cosmos/documents";
import { DomainError, notFound } from "../domain/errors";
import { readRound } from "../rounds/round-repository";
import { readScopeSettings } from "../scopes/scope-settings";
import { todayIn } from "@learning-loop/contract";
import { ownerFromDirectory } from "../members/members-service";
import { newExperiment, sameCreation, toOwner, updatedExperiment } from "./experiment-changes";
import type { ExperimentSource } from "./experiment-changes";
import {
  insertExperiment,
  listExperiments,
  readExperiment,
  replaceExperiment,
} from "./experiment-repository";
import { OPEN_STATUSES, isClosed } from "./experiment-status";
import { experimentEtag, ownerOf, toExperimentView } from "./experiment-view";
import { syncOwnerIndex } from "./owned-index";
import { recordAdoptionOutcome } from "../lessons/adoption-outcome";
import type { LessonTried } from "../lessons/adoption-outcome";

/** Told when an experiment that adopts a lesson comes back with an outcome (the publishing team's card). */
export type LessonTriedListener = (tried: LessonTried) => void;

/**
 * The scope's people as the membership directory sees them, asked only when a request names an
 * owner by oid (someone other than the caller), to check they belong here.
 */
export type MemberLookup = () => Promise<ScopeMember[]>;

/** The owner a request names, checked against the scope's people when it carries someone else's oid. */
async function checkedOwner<T extends { owner?: OwnerInput | null }>(
  access: ScopeAccess,
  request: T,
  members: MemberLookup | undefined,
  unchanged?: ExperimentOwner | null,
): Promise<T> {
  if (request.owner === undefined || request.owner === null) return request;
  const owner = toOwner(request.owner);
  if (owner.oid === null) return request;
  const oid = owner.oid.toLowerCase();
  // An owner sent back as it is stored needs no new check; the caller is a member by their token.
  if (unchanged?.oid === oid && unchanged.name === owner.name) return request;
  if (oid === access.oid) return { ...request, owner: { oid, name: access.name || owner.name } };
  if (!members) {
    throw new DomainError(
      "invalid",
      "People cannot be looked up here; name them without an id.",
      "owner.oid",
    );
  }
  return { ...request, owner: ownerFromDirectory(owner, await members()) };
}

export interface ExperimentQuery {
  status?: ExperimentStatus;
  /** True: only experiments whose check-back has come; false: only the others. */
  due?: boolean;
}

const scopeTimeZone = async (db: Db, access: ScopeAccess) => (await readScopeSettings(db, access)).timezone;

/** The scope's ledger, newest first: one settings read for "today", one query. */
export async function listScopeExperiments(
  db: Db,
  access: ScopeAccess,
  query: ExperimentQuery,
  now = new Date(),
): Promise<ExperimentView[]> {
  // Only open experiments can be due, so the query can leave the closed ones in the database.
  const status = query.status ?? (query.due ? OPEN_STATUSES : undefined);
  const [timeZone, docs] = await Promise.all([
    scopeTimeZone(db, access),
    listExperiments(db, access, { status }),
  ]);
  const today = todayIn(timeZone, now);
  const views = docs.map((doc) => toExperimentView(doc, today));
  return query.due === undefined ? views : views.filter((view) => view.due === query.due);
}

/**
 * Stores an experiment under its client-made id. A replay by the same person with the same content
 * answers with what is stored (as it is now); anything else under that id is a conflict.
 */
export async function createExperiment(
  db: Db,
  access: ScopeAccess,
  anonymitySecret: string,
  input: CreateExperimentRequest,
  now = new Date(),
  members?: MemberLookup,
  lessonId?: string,
): Promise<{ created: boolean; experiment: ExperimentView }> {
  const request = await checkedOwner(access, input, members);
  const [timeZone, source] = await Promise.all([
    scopeTimeZone(db, access),
    resolveSource(db, access, request),
  ]);
  const doc = newExperiment(
    access,
    request,
    lessonId ? { ...source, lessonId } : source,
    now,
    timeZone,
    anonymitySecret,
  );
  const { created, stored } = await insertExperiment(db, doc);
  if (!stored || (!created && !sameCreation(stored, doc))) {
    throw new DomainError("conflict", "An experiment with this id already exists with other content.", "id");
  }
  // Also on a replay: a create whose index write failed is completed by sending it again.
  await syncOwnerIndex(db, stored);
  return { created, experiment: toExperimentView(stored, todayIn(timeZone, now)) };
}

/** Checks that the answer and round an experiment names exist here; the answer's round is taken when none is given. */
async function resolveSource(
  db: Db,
  access: ScopeAccess,
  request: CreateExperimentRequest,
): Promise<ExperimentSource> {
  const [answer, round] = await Promise.all([
    request.sourceAnswerId === undefined ? undefined : readAnswer(db, access, request.sourceAnswerId),
    request.roundId === undefined ? undefined : readRound(db, access, request.roundId),
  ]);
  if (request.sourceAnswerId !== undefined && !answer) {
    throw new DomainError("invalid", "No answer with this id exists here.", "sourceAnswerId");
  }
  if (request.roundId !== undefined && !round) {
    throw new DomainError("invalid", "No round with this id exists here.", "roundId");
  }
  if (answer && round && answer.roundId !== round.id) {
    throw new DomainError("invalid", "The answer belongs to another round.", "roundId");
  }
  const roundAt = round?.startedAt ?? answer?.roundAt;
  return {
    sourceAnswerId: answer?.id ?? null,
    anonymousSource: answer?.anonymous ?? false,
    roundId: round?.id ?? answer?.roundId ?? null,
    ...(roundAt ? { roundAt } : {}),
  };
}

/**
 * Updates an experiment the caller last saw as `ifMatch`. The ETag is checked against the stored
 * revision, and the write is conditional on Cosmos' own `_etag`, so a concurrent update that slips
 * in between the read and the write also ends as stale rather than being overwritten.
 */
export async function updateExperiment(
  db: Db,
  access: ScopeAccess,
  id: string,
  ifMatch: string,
  input: UpdateExperimentRequest,
  now = new Date(),
  members?: MemberLookup,
  onLessonTried?: LessonTriedListener,
): Promise<ExperimentView> {
  const [timeZone, doc] = await Promise.all([scopeTimeZone(db, access), readExperiment(db, access, id)]);
  if (!doc) throw notFound("The experiment");
  if (!ifMatch.split(",").some((tag) => tag.trim() === experimentEtag(doc))) throw stale();
  const request = await checkedOwner(access, input, members, ownerOf(doc.owner));
  const next = updatedExperiment(doc, request, now, timeZone);
  const stored = next ? await replaceExperiment(db, next) : doc;
  if (!stored) throw stale();
  await syncOwnerIndex(db, stored, doc);
  const tried = await recordAdoptionOutcome(db, doc, stored);
  if (tried) onLessonTried?.(tried);
  return toExperimentView(stored, todayIn(timeZone, now));
}

const stale = () =>
  new DomainError("stale", "The experiment changed since you read it. Reload it and try again.");

/** What recording an outcome from the check-back card did. */
export type OutcomeResult =
  | { kind: "recorded"; experiment: ExperimentDoc }
  | { kind: "closed"; experiment: ExperimentDoc }
  | { kind: "notAllowed"; experiment: ExperimentDoc };

/**
 * Records an outcome from the check-back card, through the same change rules as `PATCH`: only the
 * experiment's owner or an owner of the scope may. "Done" from "planned" moves through "running"
 * (the loop's only way there) in one write. Sending the same outcome again changes nothing, so a
 * retried card action is harmless; a closed experiment stays as it is.
 */
export async function recordOutcome(
  db: Db,
  access: ScopeAccess,
  id: string,
  change: { status: "done" | "dropped" | "running"; outcome: string },
  now = new Date(),
  onLessonTried?: LessonTriedListener,
): Promise<OutcomeResult> {
  for (let attempt = 0; ; attempt++) {
    const [timeZone, doc] = await Promise.all([scopeTimeZone(db, access), readExperiment(db, access, id)]);
    if (!doc) throw notFound("The experiment");
    if (ownerOf(doc.owner)?.oid !== access.oid && access.role !== "owner") {
      return { kind: "notAllowed", experiment: doc };
    }
    if (isClosed(doc.status)) {
      const same = doc.status === change.status && doc.outcome === change.outcome;
      return { kind: same ? "recorded" : "closed", experiment: doc };
    }
    const started =
      doc.status === "planned" && change.status === "done"
        ? (updatedExperiment(doc, { status: "running" }, now, timeZone) ?? doc)
        : doc;
    const next = updatedExperiment(started, change, now, timeZone);
    if (!next) return { kind: "recorded", experiment: doc };
    // Two transitions are one change: one revision more, as for any other edit.
    const stored = await replaceExperiment(db, { ...next, rev: doc.rev + 1 });
    if (stored) {
      await syncOwnerIndex(db, stored, doc);
      const tried = await recordAdoptionOutcome(db, doc, stored);
      if (tried) onLessonTried?.(tried);
      return { kind: "recorded", experiment: stored };
    }
    if (attempt >= 2) throw stale();
  }
}
