import type {
  CreateExperimentRequest,
  ExperimentOwner,
  OwnerInput,
  UpdateExperimentRequest,
} from "@learning-loop/contract";
import { isOwner, ownerProof } from "../answers/owner-proof";
import type { ScopeAccess } from "../auth/identity";
import type { ExperimentDoc } from "../cosmos/documents";
import { DomainError } from "../domain/errors";
import { foldForSearch } from "../search/normalize";
import { dueOnFor } from "./check-back";
import { canMove, isClosed } from "./experiment-status";
import { ownerOf } from "./experiment-view";

/** A bare name is somebody outside the directory (or not yet looked up), so it has no oid. */
export const toOwner = (owner: OwnerInput): ExperimentOwner =>
  typeof owner === "string" ? { oid: null, name: owner } : { oid: owner.oid ?? null, name: owner.name };

/** Where an experiment came from, already checked to exist in the scope. */
export interface ExperimentSource {
  sourceAnswerId: string | null;
  /** True when the source answer is anonymous: then the experiment names neither creator nor owner. */
  anonymousSource: boolean;
  roundId: string | null;
  /** The round's start, the experiment's history sort key (see InRound). */
  roundAt?: string;
  /** The lesson of another team this experiment adopts (lessons/adoption-service.ts). */
  lessonId?: string;
}

export function newExperiment(
  access: ScopeAccess,
  request: CreateExperimentRequest,
  source: ExperimentSource,
  now: Date,
  timeZone: string,
  anonymitySecret: string,
): ExperimentDoc {
  const checkBackAt = request.checkBackAt ?? null;
  const me = { oid: access.oid, name: access.name };
  const hidden = source.anonymousSource;
  const owner = request.owner === undefined ? (hidden ? null : me) : toOwner(request.owner);
  return {
    id: request.id,
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "experiment",
    text: request.text,
    owner,
    checkBackAt,
    dueOn: dueOnFor(checkBackAt, now, timeZone),
    status: "planned",
    outcome: null,
    sourceAnswerId: source.sourceAnswerId,
    roundId: source.roundId,
    ...(source.roundAt ? { roundAt: source.roundAt } : {}),
    createdBy: hidden ? null : me,
    creatorProof: hidden ? ownerProof(anonymitySecret, access.tid, access.oid, request.id) : null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    closedAt: null,
    rev: 1,
    search: foldForSearch(request.text),
    ...(source.lessonId ? { lessonId: source.lessonId } : {}),
  };
}

/** Whether the caller wrote this experiment down (by name, or by the proof that stands in for it). */
export function isCreator(doc: ExperimentDoc, access: ScopeAccess, anonymitySecret: string): boolean {
  if (doc.createdBy) return doc.createdBy.oid === access.oid;
  return !!doc.creatorProof && isOwner(anonymitySecret, doc.creatorProof, access.tid, access.oid, doc.id);
}

const sameOwner = (first: ExperimentDoc["owner"], second: ExperimentDoc["owner"]) => {
  const a = ownerOf(first);
  const b = ownerOf(second);
  return a === b || (a !== null && b !== null && a.oid === b.oid && a.name === b.name);
};

/** Whether a replayed create asks for what is stored: same creator, same content. */
export const sameCreation = (stored: ExperimentDoc, doc: ExperimentDoc): boolean =>
  (stored.createdBy?.oid ?? null) === (doc.createdBy?.oid ?? null) &&
  (stored.creatorProof ?? null) === (doc.creatorProof ?? null) &&
  stored.text === doc.text &&
  sameOwner(stored.owner, doc.owner) &&
  stored.checkBackAt === doc.checkBackAt &&
  stored.sourceAnswerId === doc.sourceAnswerId &&
  stored.roundId === doc.roundId &&
  (stored.lessonId ?? null) === (doc.lessonId ?? null);

/**
 * Applies an update, or returns undefined when it changes nothing (so a repeated PATCH does not
 * move the ETag). Throws when the status cannot move that way or "done" would lack an outcome.
 */
export function updatedExperiment(
  doc: ExperimentDoc,
  request: UpdateExperimentRequest,
  now: Date,
  timeZone: string,
): ExperimentDoc | undefined {
  const status = request.status ?? doc.status;
  if (!canMove(doc.status, status)) {
    throw new DomainError(
      "conflict",
      `An experiment that is ${doc.status} cannot become ${status}.`,
      "status",
    );
  }
  const outcome = request.outcome === undefined ? doc.outcome : request.outcome;
  if (status === "done" && outcome === null) {
    throw new DomainError("invalid", "Record what happened before marking the experiment done.", "outcome");
  }
  const text = request.text ?? doc.text;
  const owner =
    request.owner === undefined ? doc.owner : request.owner === null ? null : toOwner(request.owner);
  const checkBackAt = request.checkBackAt === undefined ? doc.checkBackAt : request.checkBackAt;
  const unchanged =
    status === doc.status &&
    outcome === doc.outcome &&
    text === doc.text &&
    sameOwner(owner, doc.owner) &&
    checkBackAt === doc.checkBackAt;
  if (unchanged) return undefined;
  return {
    ...doc,
    text,
    owner,
    checkBackAt,
    // Re-sending the same check-back keeps its day: "next-standup" counts from when it was first set.
    dueOn: checkBackAt === doc.checkBackAt ? doc.dueOn : dueOnFor(checkBackAt, now, timeZone),
    status,
    outcome,
    closedAt: isClosed(status) ? (doc.closedAt ?? now.toISOString()) : null,
    updatedAt: now.toISOString(),
    rev: doc.rev + 1,
    search: foldForSearch(`${text}\n${outcome ?? ""}`),
  };
}
