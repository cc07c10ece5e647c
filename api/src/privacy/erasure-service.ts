import type { Container, PatchOperation } from "@azure/cosmos";
import type { Identity } from "../auth/identity";
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
import { isCreator } from "../experiments/experiment-changes";
import { listPulses, pulseResponseId } from "../pulse/pulse-repository";
import { isMine } from "../rounds/round-view";

export const FORMER_MEMBER = "Former member";

export interface ErasureResult {
  deleted: { answers: number; reactions: number; pulseResponses: number };
  anonymized: { rounds: number; experiments: number; prompts: number };
}

type Doc = AnswerDoc | ReactionDoc | RoundDoc | ExperimentDoc | PromptDoc;

/**
 * "Delete my data" for one scope: the caller's answers (anonymous ones too, recognised by their
 * owner proof) and reactions go, and the counts they fed are decremented; where the caller is only
 * named (rounds started, experiments owned or created, custom prompts) the name and oid are
 * replaced, because the team's record of the round or experiment is not the caller's alone.
 */
export async function eraseMyData(
  container: Container,
  identity: Identity,
  scope: string,
  anonymitySecret: string,
): Promise<ErasureResult> {
  const at = { pk: `${identity.tid}|${scope}`, tid: identity.tid, scope };
  const viewer = { access: { ...identity, ...at, role: "member" as const }, anonymitySecret };
  const result: ErasureResult = {
    deleted: { answers: 0, reactions: 0, pulseResponses: 0 },
    anonymized: { rounds: 0, experiments: 0, prompts: 0 },
  };
  const docs = await candidates(container, at, identity.oid);

  for (const doc of docs) {
    if (doc.type === "reaction" && doc.oid === identity.oid && (await remove(container, doc))) {
      result.deleted.reactions++;
      await patchIfPresent(container, at.pk, doc.answerId, [
        { op: "incr", path: `/reactions/${doc.kind}`, value: -1 },
      ]);
      await bumpRound(container, at.pk, doc.roundId, 0);
    }
  }
  for (const doc of docs) {
    if (doc.type === "answer" && isMine(doc, viewer) && (await remove(container, doc))) {
      result.deleted.answers++;
      await bumpRound(container, at.pk, doc.roundId, -1);
    }
  }
  for (const doc of docs) {
    if (doc.type === "round" && doc.startedBy.oid === identity.oid) {
      await patchIfPresent(container, at.pk, doc.id, [
        { op: "set", path: "/startedBy", value: { oid: "", name: FORMER_MEMBER } },
        { op: "incr", path: "/version", value: 1 },
      ]);
      result.anonymized.rounds++;
    } else if (doc.type === "experiment") {
      const operations: PatchOperation[] = [];
      if (doc.owner?.oid === identity.oid)
        operations.push({ op: "set", path: "/owner", value: { oid: null, name: FORMER_MEMBER } });
      if (doc.createdBy?.oid === identity.oid) {
        operations.push({ op: "set", path: "/createdBy", value: { oid: null, name: FORMER_MEMBER } });
      }
      // Made from an anonymous answer: nothing shows the creator, only the proof ties them to it.
      if (!doc.createdBy && isCreator(doc, viewer.access, anonymitySecret)) {
        operations.push({ op: "set", path: "/creatorProof", value: null });
      }
      if (operations.length) {
        await patchIfPresent(container, at.pk, doc.id, operations);
        result.anonymized.experiments++;
      }
    } else if (doc.type === "prompt" && doc.createdBy.oid === identity.oid) {
      await patchIfPresent(container, at.pk, doc.id, [
        { op: "set", path: "/createdBy", value: { oid: "", name: FORMER_MEMBER } },
      ]);
      result.anonymized.prompts++;
    }
  }
  result.deleted.pulseResponses = await erasePulseResponses(container, at, identity, anonymitySecret);
  return result;
}

/**
 * The caller's pulse answers hold no name, so they are found by their keyed ids: one per pulse of
 * the scope, computed from the caller's tenant and oid.
 */
async function erasePulseResponses(container: Container, at: Scoped, identity: Identity, secret: string) {
  let deleted = 0;
  for (const pulse of await listPulses(container, at)) {
    const id = pulseResponseId(secret, identity.tid, identity.oid, pulse.pulseId);
    if (await remove(container, { id, pk: at.pk, tid: at.tid, scope: at.scope })) deleted++;
  }
  return deleted;
}

/**
 * Everything that may hold the caller: their named answers and reactions, every anonymous answer
 * (only the owner proof can tell which are theirs), and documents naming them.
 */
async function candidates(container: Container, at: Scoped, oid: string) {
  return queryInScope<Doc>(container, at, {
    where: `(c.type = "answer" AND (c.anonymous = true OR c.author.oid = @oid)) OR
      (c.type = "reaction" AND c.oid = @oid) OR
      (c.type = "round" AND c.startedBy.oid = @oid) OR
      (c.type = "experiment" AND (c.owner.oid = @oid OR c.createdBy.oid = @oid OR IS_STRING(c.creatorProof))) OR
      (c.type = "prompt" AND c.createdBy.oid = @oid)`,
    parameters: [{ name: "@oid", value: oid }],
  });
}

async function remove(container: Container, doc: BaseDoc): Promise<boolean> {
  try {
    await withRetry(() => container.item(doc.id, doc.pk).delete());
    return true;
  } catch (error) {
    if (cosmosStatus(error) === 404) return false;
    throw error;
  }
}

async function patchIfPresent(container: Container, pk: string, id: string, operations: PatchOperation[]) {
  try {
    await withRetry(() => container.item(id, pk).patch(operations));
  } catch (error) {
    if (cosmosStatus(error) !== 404) throw error;
  }
}

const bumpRound = (container: Container, pk: string, roundId: string, answers: number) =>
  patchIfPresent(container, pk, roundId, [
    ...(answers ? [{ op: "incr" as const, path: "/answerCount", value: answers }] : []),
    { op: "incr", path: "/version", value: 1 },
  ]);
