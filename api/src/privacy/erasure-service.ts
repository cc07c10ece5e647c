import type { Db } from "../cosmos/db";
import { ownerOf } from "../experiments/experiment-view";
import { dropPointer } from "../experiments/owned-index";
import type { Identity } from "../auth/identity";
import type { Scoped } from "../cosmos/scoped";
import { isCreator } from "../experiments/experiment-changes";
import { listPulses, pulseResponseId } from "../pulse/pulse-repository";
import { isMine } from "../rounds/round-view";
import { verifiedOwnerId } from "../scopes/verified-owner-repository";
import { eraseLessonsOf } from "../lessons/lesson-erasure";
import {
  FORMER_MEMBER,
  bumpRoundIfPresent,
  forgetExperimentPeople,
  forgetPromptCreator,
  forgetRoundStarter,
  listErasureCandidates,
  tenantScopes,
  removeDocument,
  uncountReaction,
} from "./erasure-repository";

export { FORMER_MEMBER } from "./erasure-repository";

export interface ErasureResult {
  deleted: { answers: number; reactions: number; pulseResponses: number; lessons: number };
  anonymized: { rounds: number; experiments: number; prompts: number; lessons: number };
}

/**
 * "Delete my data" for one scope: the caller's answers (anonymous ones too, recognised by their
 * owner proof) and reactions go, and the counts they fed are decremented; where the caller is only
 * named (rounds started, experiments owned or created, custom prompts) the name and oid are
 * replaced, because the team's record of the round or experiment is not the caller's alone.
 */
export async function eraseMyData(
  db: Db,
  identity: Identity,
  scope: string,
  anonymitySecret: string,
): Promise<ErasureResult> {
  const at = { pk: `${identity.tid}|${scope}`, tid: identity.tid, scope };
  const viewer = { access: { ...identity, ...at, role: "member" as const }, anonymitySecret };
  const result: ErasureResult = {
    deleted: { answers: 0, reactions: 0, pulseResponses: 0, lessons: 0 },
    anonymized: { rounds: 0, experiments: 0, prompts: 0, lessons: 0 },
  };
  // Lessons copied from the person's answers leave the tenant feed first (docs/lessons.md).
  const lessons = await eraseLessonsOf(db, identity, scope, anonymitySecret, FORMER_MEMBER);
  result.deleted.lessons = lessons.deleted;
  result.anonymized.lessons = lessons.anonymized;
  const docs = await listErasureCandidates(db, at, identity.oid);

  for (const doc of docs) {
    if (doc.type === "reaction" && doc.oid === identity.oid && (await removeDocument(db, doc))) {
      result.deleted.reactions++;
      await uncountReaction(db, at, doc.answerId, doc.kind);
      await bumpRoundIfPresent(db, at, doc.roundId, 0);
    }
  }
  for (const doc of docs) {
    if (doc.type === "answer" && isMine(doc, viewer) && (await removeDocument(db, doc))) {
      result.deleted.answers++;
      await bumpRoundIfPresent(db, at, doc.roundId, -1);
    }
  }
  for (const doc of docs) {
    if (doc.type === "round" && doc.startedBy.oid === identity.oid) {
      await forgetRoundStarter(db, at, doc.id);
      result.anonymized.rounds++;
    } else if (doc.type === "experiment") {
      const forget = {
        owner: ownerOf(doc.owner)?.oid === identity.oid,
        createdBy: doc.createdBy?.oid === identity.oid,
        // Made from an anonymous answer: nothing shows the creator, only the proof ties them to it.
        creatorProof: !doc.createdBy && isCreator(doc, viewer.access, anonymitySecret),
      };
      if (forget.owner || forget.createdBy || forget.creatorProof) {
        await forgetExperimentPeople(db, at, doc.id, forget);
        if (forget.owner) await dropPointer(db, doc, identity.oid);
        result.anonymized.experiments++;
      }
    } else if (doc.type === "prompt" && doc.createdBy.oid === identity.oid) {
      await forgetPromptCreator(db, at, doc.id);
      result.anonymized.prompts++;
    }
  }
  result.deleted.pulseResponses = await erasePulseResponses(db, at, identity, anonymitySecret);
  // The record that let the bot trust this person as an owner (scopes/verified-owners.ts) goes too.
  await removeDocument(db, { id: verifiedOwnerId(identity.oid), pk: at.pk, tid: at.tid, scope: at.scope });
  return result;
}

/**
 * The caller's pulse answers hold no name, so they are found by their keyed ids: one per pulse of
 * the scope, computed from the caller's tenant and oid.
 */
async function erasePulseResponses(db: Db, at: Scoped, identity: Identity, secret: string) {
  let deleted = 0;
  for (const pulse of await listPulses(db, at)) {
    const id = pulseResponseId(secret, identity.tid, identity.oid, pulse.pulseId);
    if (await removeDocument(db, { id, pk: at.pk, tid: at.tid, scope: at.scope })) deleted++;
  }
  return deleted;
}

/**
 * A tenant admin's erasure of one person across every scope of the tenant: "delete my data" in
 * each, as if the person asked. The caller learns nothing about what was found (no counts: a count
 * of anonymous answers would tell that the person wrote some).
 */
export async function erasePersonInTenant(db: Db, tid: string, oid: string, anonymitySecret: string) {
  const person: Identity = { tid, oid, name: FORMER_MEMBER };
  for (const scope of await tenantScopes(db, tid)) {
    await eraseMyData(db, person, scope, anonymitySecret);
  }
}
