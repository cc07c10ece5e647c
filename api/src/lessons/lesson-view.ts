import type { LessonTry, LessonView } from "@learning-loop/contract";
import { isOwner } from "../answers/owner-proof";
import type { Identity } from "../auth/identity";
import type { LessonAdoptionDoc, LessonDoc } from "../cosmos/documents";

/** Whether this person published the lesson (by oid, or by the proof an anonymous author has). */
export function isPublisher(lesson: LessonDoc, identity: Identity, secret: string): boolean {
  if (lesson.publishedBy) return lesson.publishedBy.oid !== "" && lesson.publishedBy.oid === identity.oid;
  return (
    !!lesson.publisherProof && isOwner(secret, lesson.publisherProof, identity.tid, identity.oid, lesson.id)
  );
}

const toTry = (adoption: LessonAdoptionDoc): LessonTry => ({
  team: adoption.team,
  status: adoption.status,
  outcome: adoption.outcome ?? "",
});

/** What anyone of the tenant sees: never an oid, and the author's name only when they chose to show it. */
export function toLessonView(
  lesson: LessonDoc,
  tried: LessonAdoptionDoc[],
  canUnpublish: boolean,
): LessonView {
  return {
    id: lesson.id,
    kind: lesson.kind,
    text: lesson.text,
    mode: lesson.mode,
    status: lesson.status,
    outcome: lesson.outcome,
    team: lesson.team,
    author: lesson.showAuthor && lesson.publishedBy?.name ? lesson.publishedBy.name : null,
    publishedAt: lesson.publishedAt,
    adoptedCount: Math.max(0, lesson.adoptedCount),
    tried: tried.map(toTry),
    canUnpublish,
    // The DELETE path names the lesson's scope; only someone who may unpublish it learns it.
    ...(canUnpublish ? { scope: lesson.fromScope } : {}),
  };
}
