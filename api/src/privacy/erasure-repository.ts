import type { PatchOperation } from "@azure/cosmos";
import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import type {
  AnswerDoc,
  BaseDoc,
  ExperimentDoc,
  PromptDoc,
  ReactionDoc,
  RoundDoc,
} from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { queryInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/** The database side of "delete my data": what may hold a person, and the writes that forget them. */

export const FORMER_MEMBER = "Former member";

export type ErasureCandidate = AnswerDoc | ReactionDoc | RoundDoc | ExperimentDoc | PromptDoc;

/**
 * Everything that may hold the caller: their named answers and reactions, every anonymous answer
 * (only the owner proof can tell which are theirs), and documents naming them.
 */
export function listErasureCandidates(db: Db, at: Scoped, oid: string) {
  return queryInScope<ErasureCandidate>(db, at, {
    where: `(c.type = "answer" AND (c.anonymous = true OR c.author.oid = @oid)) OR
      (c.type = "reaction" AND c.oid = @oid) OR
      (c.type = "round" AND c.startedBy.oid = @oid) OR
      (c.type = "experiment" AND (c.owner.oid = @oid OR c.createdBy.oid = @oid OR IS_STRING(c.creatorProof))) OR
      (c.type = "prompt" AND c.createdBy.oid = @oid)`,
    parameters: [{ name: "@oid", value: oid }],
  });
}

/** Deletes a document; false when it was gone already. */
export async function removeDocument(db: Db, doc: BaseDoc): Promise<boolean> {
  try {
    await withRetry(() => containerOf(db).item(doc.id, doc.pk).delete());
    return true;
  } catch (error) {
    if (cosmosStatus(error) === 404) return false;
    throw error;
  }
}

/** One reaction fewer on an answer, if the answer is still there. */
export const uncountReaction = (db: Db, at: Scoped, answerId: string, kind: ReactionDoc["kind"]) =>
  patchIfPresent(db, at.pk, answerId, [{ op: "incr", path: `/reactions/${kind}`, value: -1 }]);

/** Bumps a round's version (and its answer count by `answers`), if the round is still there. */
export const bumpRoundIfPresent = (db: Db, at: Scoped, roundId: string, answers: number) =>
  patchIfPresent(db, at.pk, roundId, [
    ...(answers ? [{ op: "incr" as const, path: "/answerCount", value: answers }] : []),
    { op: "incr", path: "/version", value: 1 },
  ]);

export const forgetRoundStarter = (db: Db, at: Scoped, roundId: string) =>
  patchIfPresent(db, at.pk, roundId, [
    { op: "set", path: "/startedBy", value: { oid: "", name: FORMER_MEMBER } },
    { op: "incr", path: "/version", value: 1 },
  ]);

/** Which of an experiment's ties to the person go: named owner, named creator, creator proof. */
export interface ExperimentForgetting {
  owner: boolean;
  createdBy: boolean;
  creatorProof: boolean;
}

export function forgetExperimentPeople(
  db: Db,
  at: Scoped,
  experimentId: string,
  forget: ExperimentForgetting,
) {
  const operations: PatchOperation[] = [];
  if (forget.owner) operations.push({ op: "set", path: "/owner", value: { oid: null, name: FORMER_MEMBER } });
  if (forget.createdBy)
    operations.push({ op: "set", path: "/createdBy", value: { oid: null, name: FORMER_MEMBER } });
  if (forget.creatorProof) operations.push({ op: "set", path: "/creatorProof", value: null });
  return patchIfPresent(db, at.pk, experimentId, operations);
}

export const forgetPromptCreator = (db: Db, at: Scoped, promptId: string) =>
  patchIfPresent(db, at.pk, promptId, [
    { op: "set", path: "/createdBy", value: { oid: "", name: FORMER_MEMBER } },
  ]);

async function patchIfPresent(db: Db, pk: string, id: string, operations: PatchOperation[]) {
  try {
    await withRetry(() => containerOf(db).item(id, pk).patch(operations));
  } catch (error) {
    if (cosmosStatus(error) !== 404) throw error;
  }
}

/**
 * Every team and chat scope of a tenant that may hold a person: a cross-partition query (like the
 * retention job's), run only when a tenant admin erases a person across the tenant. Answers,
 * reactions and pulse responses exist only beside a round or pulse, so the scopes of these types
 * are all of them.
 */
export async function tenantScopes(db: Db, tid: string): Promise<string[]> {
  const { resources } = await withRetry(() =>
    containerOf(db)
      .items.query<{ scope: string }>({
        query: "SELECT c.scope FROM c WHERE c.tid = @tid AND ARRAY_CONTAINS(@types, c.type)",
        parameters: [
          { name: "@tid", value: tid },
          { name: "@types", value: ["round", "experiment", "prompt", "scope", "pulse", "verifiedOwner"] },
        ],
      })
      .fetchAll(),
  );
  return [...new Set(resources.map((row) => row.scope))].filter(
    (scope) => scope.startsWith("team:") || scope.startsWith("chat:"),
  );
}
