import type { Identity } from "../auth/identity";
import type { Db } from "../cosmos/db";
import type { LessonDoc } from "../cosmos/documents";
import {
  adoptionsByScope,
  adoptionsOf,
  forgetPublisher,
  lessonsFromScope,
  removeFeedDocument,
} from "./lesson-repository";
import { isPublisher } from "./lesson-view";

/** The lesson first (so it leaves the feed at once), then its adoption records. */
export async function removeLesson(db: Db, lesson: LessonDoc): Promise<void> {
  await removeFeedDocument(db, lesson);
  for (const adoption of await adoptionsOf(db, lesson)) await removeFeedDocument(db, adoption);
}

/**
 * "Delete my data" in one scope, for lessons: a lesson copied from the person's answer (named or
 * anonymous, recognised by its proof) goes; on a lesson of an experiment (the team's record) the
 * person is forgotten as its publisher and their name no longer shows.
 */
export async function eraseLessonsOf(
  db: Db,
  identity: Identity,
  scope: string,
  secret: string,
  formerName: string,
): Promise<{ deleted: number; anonymized: number }> {
  const result = { deleted: 0, anonymized: 0 };
  for (const lesson of await lessonsFromScope(db, identity.tid, scope)) {
    if (!isPublisher(lesson, identity, secret)) continue;
    if (lesson.kind === "answer") {
      await removeLesson(db, lesson);
      result.deleted++;
    } else {
      await forgetPublisher(db, lesson, formerName);
      result.anonymized++;
    }
  }
  return result;
}

/** Deleting a scope: the lessons it published (with their adoptions) and its own adoption records. */
export async function purgeScopeLessons(db: Db, tid: string, scope: string): Promise<number> {
  let deleted = 0;
  for (const lesson of await lessonsFromScope(db, tid, scope)) {
    await removeLesson(db, lesson);
    deleted++;
  }
  for (const adoption of await adoptionsByScope(db, tid, scope)) {
    if (await removeFeedDocument(db, adoption)) deleted++;
  }
  return deleted;
}

/** Retention: a scope's lessons published before the cutoff go with the rest of its old history. */
export async function purgeLessonsBefore(
  db: Db,
  tid: string,
  scope: string,
  cutoff: string,
): Promise<number> {
  const old = await lessonsFromScope(db, tid, scope, cutoff);
  for (const lesson of old) await removeLesson(db, lesson);
  return old.length;
}
