import type {
  CreateExperimentRequest,
  ExperimentOwner,
  OwnerInput,
  UpdateExperimentRequest,
} from "@learning-loop/contract";
import type { ScopeAccess } from "../auth/identity";
import type { ExperimentDoc } from "../cosmos/documents";
import { DomainError } from "../domain/errors";
import { foldForSearch } from "../search/normalize";
import { dueOnFor } from "./check-back";
import { canMove, isClosed } from "./experiment-status";

/** A bare name is somebody outside the directory (or not yet looked up), so it has no oid. */
export const toOwner = (owner: OwnerInput): ExperimentOwner =>
  typeof owner === "string" ? { oid: null, name: owner } : { oid: owner.oid ?? null, name: owner.name };

/** Where an experiment came from, already checked to exist in the scope. */
export interface ExperimentSource {
  sourceAnswerId: string | null;
  roundId: string | null;
  /** The round's start, the experiment's history sort key (see InRound). */
  roundAt?: string;
}

export function newExperiment(
  access: ScopeAccess,
  request: CreateExperimentRequest,
  source: ExperimentSource,
  now: Date,
  timeZone: string,
): ExperimentDoc {
  const checkBackAt = request.checkBackAt ?? null;
  return {
    id: request.id,
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "experiment",
    text: request.text,
    owner: request.owner === undefined ? { oid: access.oid, name: access.name } : toOwner(request.owner),
    checkBackAt,
    dueOn: dueOnFor(checkBackAt, now, timeZone),
    status: "planned",
    outcome: null,
    sourceAnswerId: source.sourceAnswerId,
    roundId: source.roundId,
    ...(source.roundAt ? { roundAt: source.roundAt } : {}),
    createdBy: { oid: access.oid, name: access.name },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    closedAt: null,
    rev: 1,
    search: foldForSearch(request.text),
  };
}

/** Whether a replayed create asks for what is stored: same creator, same content. */
export const sameCreation = (stored: ExperimentDoc, doc: ExperimentDoc): boolean =>
  stored.createdBy.oid === doc.createdBy.oid &&
  stored.text === doc.text &&
  stored.owner.oid === doc.owner.oid &&
  stored.owner.name === doc.owner.name &&
  stored.checkBackAt === doc.checkBackAt &&
  stored.sourceAnswerId === doc.sourceAnswerId &&
  stored.roundId === doc.roundId;

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
  const owner = request.owner === undefined ? doc.owner : toOwner(request.owner);
  const checkBackAt = request.checkBackAt === undefined ? doc.checkBackAt : request.checkBackAt;
  const unchanged =
    status === doc.status &&
    outcome === doc.outcome &&
    text === doc.text &&
    owner.oid === doc.owner.oid &&
    owner.name === doc.owner.name &&
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
