import type { Container } from "@azure/cosmos";
import type { AnswerView, CreateAnswerRequest } from "@learning-loop/contract";
import type { AnswerDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { DomainError, notFound } from "../domain/errors";
import { patchRound, readRound } from "../rounds/round-repository";
import { isMine, toAnswerView } from "../rounds/round-view";
import type { Viewer } from "../rounds/round-view";
import { foldForSearch } from "../search/normalize";
import { ownerProof } from "./owner-proof";

/**
 * Stores an answer under its client-made id: one create, then one patch that bumps the round's
 * version and count so pollers see it. A replay (same id, same content) answers with the stored
 * answer and bumps the version again, so an answer whose first bump failed still becomes visible;
 * the extra bump only costs pollers one refresh.
 */
export async function submitAnswer(
  container: Container,
  viewer: Viewer,
  roundId: string,
  request: CreateAnswerRequest,
  now = new Date(),
): Promise<{ created: boolean; answer: AnswerView }> {
  const { access, anonymitySecret } = viewer;
  const round = await readRound(container, access, roundId);
  if (!round) throw notFound("The round");
  if (round.status !== "open") throw new DomainError("conflict", "This round is closed.", "roundId");
  const anonymous = request.anonymous ?? false;
  const doc: AnswerDoc = {
    id: request.id,
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "answer",
    roundId,
    text: request.text,
    mode: request.mode ?? null,
    anonymous,
    author: anonymous ? null : { oid: access.oid, name: access.name },
    ownerProof: anonymous ? ownerProof(anonymitySecret, access.tid, access.oid, request.id) : null,
    createdAt: now.toISOString(),
    editedAt: null,
    reactions: { "me-too": 0, insightful: 0 },
    rev: 1,
    search: foldForSearch(request.text),
  };
  try {
    const { resource } = await withRetry(() => container.items.create<AnswerDoc>(doc));
    await patchRound(container, access, roundId, [{ op: "incr", path: "/answerCount", value: 1 }]);
    return { created: true, answer: toAnswerView(resource ?? doc, true) };
  } catch (error) {
    if (cosmosStatus(error) !== 409) throw error;
  }
  const { resource: stored } = await withRetry(() => container.item(doc.id, access.pk).read<AnswerDoc>());
  if (!stored || !sameAnswer(stored, doc, viewer)) {
    throw new DomainError("conflict", "An answer with this id already exists with other content.", "id");
  }
  await patchRound(container, access, roundId, []);
  return { created: false, answer: toAnswerView(stored, true) };
}

const sameAnswer = (stored: AnswerDoc, doc: AnswerDoc, viewer: Viewer) =>
  stored.type === "answer" &&
  stored.tid === doc.tid &&
  stored.scope === doc.scope &&
  stored.roundId === doc.roundId &&
  stored.text === doc.text &&
  stored.mode === doc.mode &&
  stored.anonymous === doc.anonymous &&
  isMine(stored, viewer);
