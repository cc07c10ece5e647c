import type { PatchOperation, SqlParameter } from "@azure/cosmos";
import type { LearningMode, LessonSort } from "@learning-loop/contract";
import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import { createOnce } from "../cosmos/create-once";
import type { LessonAdoptionDoc, LessonDoc, LessonFeedSettingsDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";
import { queryInScope, readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";
import { allBuckets, lessonAt } from "./lesson-keys";

export const readLesson = (db: Db, tid: string, id: string) =>
  readInScope<LessonDoc>(db, lessonAt(tid, id), id, "lesson");

/** Creates the lesson once: the stored document, or false when the id is taken. */
export const insertLesson = (db: Db, doc: LessonDoc) => createOnce(db, doc);

/** Deletes a document of the feed; false when it was gone already. */
export async function removeFeedDocument(db: Db, doc: Scoped & { id: string }): Promise<boolean> {
  try {
    await withRetry(() => containerOf(db).item(doc.id, doc.pk).delete());
    return true;
  } catch (error) {
    if (cosmosStatus(error) === 404) return false;
    throw error;
  }
}

async function patchIfPresent(db: Db, pk: string, id: string, operations: PatchOperation[]) {
  try {
    await withRetry(() => containerOf(db).item(id, pk).patch(operations));
  } catch (error) {
    if (cosmosStatus(error) !== 404) throw error;
  }
}

/** One adoption more (or fewer) on a lesson, without reading it. */
export const countAdoption = (db: Db, lesson: LessonDoc, by: number) =>
  patchIfPresent(db, lesson.pk, lesson.id, [{ op: "incr", path: "/adoptedCount", value: by }]);

/** Where a feed page starts: after this position in its order. */
export interface FeedPosition {
  sortKey: string;
  /** Only for `adopted`. */
  adoptedCount?: number;
}

export interface FeedFilter {
  /** Folded search text (search/normalize.ts). */
  q?: string;
  mode?: LearningMode;
  sort: LessonSort;
  after?: FeedPosition;
}

/** One bucket's next `top` lessons in the feed's order: one query in one partition. */
export function feedBucketPage(db: Db, at: Scoped, filter: FeedFilter, top: number): Promise<LessonDoc[]> {
  const conditions = ['c.type = "lesson"'];
  const parameters: SqlParameter[] = [];
  if (filter.q) {
    conditions.push("CONTAINS(c.search, @q)");
    parameters.push({ name: "@q", value: filter.q });
  }
  if (filter.mode) {
    conditions.push("c.mode = @mode");
    parameters.push({ name: "@mode", value: filter.mode });
  }
  if (filter.after) {
    parameters.push({ name: "@sortKey", value: filter.after.sortKey });
    if (filter.sort === "adopted") {
      conditions.push("(c.adoptedCount < @count OR (c.adoptedCount = @count AND c.sortKey < @sortKey))");
      parameters.push({ name: "@count", value: filter.after.adoptedCount ?? 0 });
    } else {
      conditions.push("c.sortKey < @sortKey");
    }
  }
  return queryInScope<LessonDoc>(db, at, {
    where: conditions.join(" AND "),
    parameters,
    orderBy: filter.sort === "adopted" ? "c.adoptedCount DESC, c.sortKey DESC" : "c.sortKey DESC",
    top,
  });
}

/** The lessons published from one scope, across the tenant's feed partitions (purge, erasure, retention). */
export async function lessonsFromScope(
  db: Db,
  tid: string,
  fromScope: string,
  publishedBefore?: string,
): Promise<LessonDoc[]> {
  const pages = await Promise.all(
    allBuckets(tid).map((at) =>
      queryInScope<LessonDoc>(db, at, {
        where: `c.type = "lesson" AND c.fromScope = @from${publishedBefore ? " AND c.publishedAt < @before" : ""}`,
        parameters: [
          { name: "@from", value: fromScope },
          ...(publishedBefore ? [{ name: "@before", value: publishedBefore }] : []),
        ],
      }),
    ),
  );
  return pages.flat();
}

/** Adoptions made in one scope, across the tenant's feed partitions (purge). */
export async function adoptionsByScope(
  db: Db,
  tid: string,
  adopterScope: string,
): Promise<LessonAdoptionDoc[]> {
  const pages = await Promise.all(
    allBuckets(tid).map((at) =>
      queryInScope<LessonAdoptionDoc>(db, at, {
        where: 'c.type = "lessonAdoption" AND c.adopterScope = @scope',
        parameters: [{ name: "@scope", value: adopterScope }],
      }),
    ),
  );
  return pages.flat();
}

export const insertAdoption = (db: Db, doc: LessonAdoptionDoc) => createOnce(db, doc);

export const readAdoption = (db: Db, at: Scoped, id: string) =>
  readInScope<LessonAdoptionDoc>(db, at, id, "lessonAdoption");

/** Records an adopting experiment's status and outcome on its adoption. */
export const setAdoptionOutcome = (
  db: Db,
  adoption: LessonAdoptionDoc,
  status: LessonAdoptionDoc["status"],
  outcome: string | null,
) =>
  patchIfPresent(db, adoption.pk, adoption.id, [
    { op: "set", path: "/status", value: status },
    { op: "set", path: "/outcome", value: outcome },
  ]);

/** The adoptions of these lessons (all in one partition) that came back with an outcome. */
export function triedAdoptions(db: Db, at: Scoped, lessonIds: string[]): Promise<LessonAdoptionDoc[]> {
  if (lessonIds.length === 0) return Promise.resolve([]);
  return queryInScope<LessonAdoptionDoc>(db, at, {
    where: 'c.type = "lessonAdoption" AND ARRAY_CONTAINS(@ids, c.lessonId) AND IS_STRING(c.outcome)',
    parameters: [{ name: "@ids", value: lessonIds }],
    orderBy: "c.adoptedAt DESC",
  });
}

/** Every adoption of one lesson (unpublishing removes them with it). */
export const adoptionsOf = (db: Db, lesson: LessonDoc) =>
  queryInScope<LessonAdoptionDoc>(db, lesson, {
    where: 'c.type = "lessonAdoption" AND c.lessonId = @id',
    parameters: [{ name: "@id", value: lesson.id }],
  });

/** Forgets who published a lesson (erasure of a person whose experiment lesson stays the team's). */
export const forgetPublisher = (db: Db, lesson: LessonDoc, name: string) =>
  patchIfPresent(db, lesson.pk, lesson.id, [
    { op: "set", path: "/publishedBy", value: { oid: "", name } },
    { op: "set", path: "/showAuthor", value: false },
  ]);

/** Lessons that a person published with their name (named answers, experiments). */
export async function lessonsPublishedBy(db: Db, tid: string, oid: string): Promise<LessonDoc[]> {
  const pages = await Promise.all(
    allBuckets(tid).map((at) =>
      queryInScope<LessonDoc>(db, at, {
        where: 'c.type = "lesson" AND (c.publishedBy.oid = @oid OR IS_STRING(c.publisherProof))',
        parameters: [{ name: "@oid", value: oid }],
      }),
    ),
  );
  return pages.flat();
}

const feedSettingsAt = (tid: string): Scoped => ({ pk: `${tid}|tenant`, tid, scope: "tenant" });

export const readFeedSettings = (db: Db, tid: string) =>
  readInScope<LessonFeedSettingsDoc>(db, feedSettingsAt(tid), "lessonFeed", "lessonFeedSettings");

export async function saveFeedSettings(db: Db, tid: string, feedEnabled: boolean, now: Date): Promise<void> {
  const doc: LessonFeedSettingsDoc = {
    ...feedSettingsAt(tid),
    id: "lessonFeed",
    type: "lessonFeedSettings",
    feedEnabled,
    updatedAt: now.toISOString(),
  };
  await withRetry(() => containerOf(db).items.upsert(doc));
}
