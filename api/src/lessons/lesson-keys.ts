import { createHash, createHmac } from "node:crypto";
import type { Scoped } from "../cosmos/scoped";

/**
 * How many partitions one tenant's feed is spread over (docs/lessons.md "Keying"): a lesson lives
 * in `{tid}|lessons:{bucket}`, bucket = hash(lesson id) % LESSON_BUCKETS. A feed page reads every
 * bucket once (a fan-out of four small queries merged by time); a lesson is found by its id alone.
 */
export const LESSON_BUCKETS = 4;

export function bucketOf(lessonId: string): number {
  return createHash("sha256").update(lessonId.toLowerCase()).digest().readUInt32BE(0) % LESSON_BUCKETS;
}

/** The feed partition of one bucket of a tenant. */
export const bucketAt = (tid: string, bucket: number): Scoped => ({
  pk: `${tid}|lessons:${bucket}`,
  tid,
  scope: `lessons:${bucket}`,
});

export const lessonAt = (tid: string, lessonId: string): Scoped => bucketAt(tid, bucketOf(lessonId));

export const allBuckets = (tid: string): Scoped[] =>
  Array.from({ length: LESSON_BUCKETS }, (_unused, bucket) => bucketAt(tid, bucket));

/**
 * For a lesson from an anonymous answer: stands in for the answer's id, so that a replay of the
 * same publish can be recognised while nobody holding the data can tell which answer it came from.
 */
export const sourceProofOf = (secret: string, tid: string, lessonId: string, answerId: string) =>
  createHmac("sha256", secret).update(`lesson-source|${tid}|${lessonId}|${answerId}`).digest("base64url");

/** One adoption per adopting experiment (scope and id), so a replayed adoption is the same document. */
export const adoptionId = (scope: string, experimentId: string) =>
  `adoption:${createHash("sha256").update(`${scope}|${experimentId}`).digest("hex").slice(0, 40)}`;
