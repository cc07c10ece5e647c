import type {
  LessonsQuery,
  LessonsResponse,
  LessonView,
  PublishLessonRequest,
} from "@learning-loop/contract";
import { readAnswer } from "../answers/answer-repository";
import { ownerProof } from "../answers/owner-proof";
import type { Identity, ScopeAccess } from "../auth/identity";
import { ownsTeamWide } from "../auth/authorize";
import type { Db } from "../cosmos/db";
import type { LessonDoc } from "../cosmos/documents";
import { DomainError, notFound } from "../domain/errors";
import { readExperiment } from "../experiments/experiment-repository";
import { ownerOf } from "../experiments/experiment-view";
import { isMine } from "../rounds/round-view";
import { readScopeSettings } from "../scopes/scope-settings";
import { foldForSearch } from "../search/normalize";
import { decodeCursor, encodeCursor } from "./lesson-cursor";
import { allBuckets, bucketOf, lessonAt, sourceProofOf } from "./lesson-keys";
import { feedBucketPage, insertLesson, readLesson, triedAdoptions } from "./lesson-repository";
import { assertFeedEnabled, isTenantAdmin } from "./lesson-access";
import { isPublisher, toLessonView } from "./lesson-view";
import { removeLesson } from "./lesson-erasure";

export const FEED_PAGE = 20;

/** What the lesson copies from its source, already checked: the caller may publish it. */
interface CheckedSource {
  sourceId: string | null;
  sourceProof: string | null;
  text: string;
  mode: LessonDoc["mode"];
  status: LessonDoc["status"];
  outcome: string | null;
  anonymous: boolean;
}

const forbidden = (message: string, field?: string) => new DomainError("forbidden", message, field);

/**
 * Publishing rules (docs/lessons.md): an answer only by its author (an anonymous one proven by its
 * owner proof, and never with the author's name); an experiment by its owner or a team owner, with
 * the author's name only when its owner publishes it and asks for it.
 */
async function checkedSource(
  db: Db,
  access: ScopeAccess,
  secret: string,
  request: PublishLessonRequest,
): Promise<CheckedSource> {
  const { kind, id } = request.source;
  if (kind === "answer") {
    const answer = await readAnswer(db, access, id);
    if (!answer) throw new DomainError("invalid", "No answer with this id exists here.", "source.id");
    if (!isMine(answer, { access, anonymitySecret: secret })) {
      throw forbidden("Only an answer's author can publish it.", "source.id");
    }
    if (answer.anonymous && request.showAuthor) {
      throw new DomainError("invalid", "A lesson from an anonymous answer stays anonymous.", "showAuthor");
    }
    return {
      sourceId: answer.anonymous ? null : answer.id,
      sourceProof: answer.anonymous ? sourceProofOf(secret, access.tid, request.id, answer.id) : null,
      text: answer.text,
      mode: answer.mode,
      status: null,
      outcome: null,
      anonymous: answer.anonymous,
    };
  }
  const experiment = await readExperiment(db, access, id);
  if (!experiment) throw new DomainError("invalid", "No experiment with this id exists here.", "source.id");
  const owner = ownerOf(experiment.owner);
  const ownsIt = owner?.oid === access.oid;
  if (!ownsIt && !ownsTeamWide(access)) {
    throw forbidden("Only the experiment's owner or a team owner can publish it.", "source.id");
  }
  if (request.showAuthor && !ownsIt) {
    throw forbidden("Only the experiment's owner can publish it with their name.", "showAuthor");
  }
  return {
    sourceId: experiment.id,
    sourceProof: null,
    text: experiment.text,
    mode: "experimental",
    status: experiment.status,
    outcome: experiment.outcome,
    anonymous: false,
  };
}

/**
 * Publishes an answer or experiment of the caller's scope as a lesson under its client-made id.
 * A replay (same id, same source, same choices, same publisher) answers with the stored lesson;
 * anything else under that id is a conflict.
 */
export async function publishLesson(
  db: Db,
  access: ScopeAccess,
  secret: string,
  request: PublishLessonRequest,
  now = new Date(),
): Promise<{ created: boolean; lesson: LessonView }> {
  await assertFeedEnabled(db, access.tid);
  const [settings, source] = await Promise.all([
    readScopeSettings(db, access),
    checkedSource(db, access, secret, request),
  ]);
  if (!settings.lessons.publishing) throw forbidden("This team's owners turned publishing lessons off.");
  const hideTeam = (request.hideTeam ?? false) || settings.lessons.hideTeam;
  const at = lessonAt(access.tid, request.id);
  const publishedAt = now.toISOString();
  const doc: LessonDoc = {
    id: request.id,
    ...at,
    type: "lesson",
    fromScope: access.scope,
    kind: request.source.kind,
    sourceId: source.sourceId,
    sourceProof: source.sourceProof,
    text: source.text,
    mode: source.mode,
    status: source.status,
    outcome: source.outcome,
    team: hideTeam ? null : settings.name,
    hideTeam,
    showAuthor: request.showAuthor ?? false,
    publishedBy: source.anonymous ? null : { oid: access.oid, name: access.name },
    publisherProof: source.anonymous ? ownerProof(secret, access.tid, access.oid, request.id) : null,
    publishedAt,
    sortKey: `${publishedAt}|${request.id}`,
    search: foldForSearch(`${source.text}\n${source.outcome ?? ""}`),
    adoptedCount: 0,
  };
  const created = await insertLesson(db, doc);
  if (created) return { created: true, lesson: toLessonView(created, [], true) };
  const stored = await readLesson(db, access.tid, request.id);
  if (!stored || !sameLesson(stored, doc, request, access, secret)) {
    throw new DomainError("conflict", "A lesson with this id already exists with other content.", "id");
  }
  return { created: false, lesson: toLessonView(stored, await triedOf(db, [stored]), true) };
}

const sameLesson = (
  stored: LessonDoc,
  doc: LessonDoc,
  request: PublishLessonRequest,
  access: ScopeAccess,
  secret: string,
) =>
  stored.fromScope === doc.fromScope &&
  stored.kind === doc.kind &&
  stored.sourceId === doc.sourceId &&
  stored.sourceProof === doc.sourceProof &&
  stored.showAuthor === doc.showAuthor &&
  stored.hideTeam === (request.hideTeam ?? stored.hideTeam) &&
  isPublisher(stored, access, secret);

/** The adoptions with an outcome of these lessons, one query per bucket they are in. */
async function triedOf(db: Db, lessons: LessonDoc[]) {
  const byBucket = new Map<number, LessonDoc[]>();
  for (const lesson of lessons) {
    if (lesson.adoptedCount <= 0) continue;
    const bucket = bucketOf(lesson.id);
    byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), lesson]);
  }
  const pages = await Promise.all(
    [...byBucket.values()].map((group) =>
      triedAdoptions(
        db,
        group[0]!,
        group.map((lesson) => lesson.id),
      ),
    ),
  );
  return pages.flat();
}

/**
 * A page of the caller's tenant feed: each bucket's next `FEED_PAGE + 1` lessons in the page's
 * order (one query per bucket, in parallel), merged, the first `FEED_PAGE` kept; then, only for
 * lessons that were adopted, one query per bucket for the tries that came back.
 */
export async function readFeed(
  db: Db,
  identity: Identity,
  secret: string,
  query: LessonsQuery,
): Promise<LessonsResponse & { feedEnabled: boolean }> {
  const sort = query.sort ?? "newest";
  const after = query.cursor ? decodeCursor(sort, query.cursor) : undefined;
  const q = query.q?.trim() ? foldForSearch(query.q.trim()) : undefined;
  try {
    await assertFeedEnabled(db, identity.tid);
  } catch {
    return { items: [], nextCursor: null, feedEnabled: false };
  }
  const filter = { q, mode: query.mode, sort, after };
  const pages = await Promise.all(
    allBuckets(identity.tid).map((at) => feedBucketPage(db, at, filter, FEED_PAGE + 1)),
  );
  const merged = pages.flat().sort(sort === "adopted" ? byAdopted : byNewest);
  const page = merged.slice(0, FEED_PAGE);
  const last = page[page.length - 1];
  const nextCursor =
    merged.length > FEED_PAGE && last
      ? encodeCursor(sort, { sortKey: last.sortKey, adoptedCount: last.adoptedCount })
      : null;
  const tried = await triedOf(db, page);
  const admin = isTenantAdmin(identity);
  const items = page.map((lesson) =>
    toLessonView(
      lesson,
      tried.filter((adoption) => adoption.lessonId === lesson.id),
      admin || isPublisher(lesson, identity, secret),
    ),
  );
  return { items, nextCursor, feedEnabled: true };
}

const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
const byNewest = (a: LessonDoc, b: LessonDoc) => desc(a.sortKey, b.sortKey);
const byAdopted = (a: LessonDoc, b: LessonDoc) =>
  b.adoptedCount - a.adoptedCount || desc(a.sortKey, b.sortKey);

/** One lesson of the caller's tenant, as the feed shows it. */
export async function readLessonView(
  db: Db,
  identity: Identity,
  secret: string,
  id: string,
): Promise<LessonView> {
  await assertFeedEnabled(db, identity.tid);
  const lesson = await readLesson(db, identity.tid, id);
  if (!lesson) throw notFound("The lesson");
  const tried = await triedOf(db, [lesson]);
  return toLessonView(lesson, tried, isTenantAdmin(identity) || isPublisher(lesson, identity, secret));
}

/**
 * Unpublishes a lesson of `scope` (with its adoption records; the adopting teams' experiments stay
 * theirs): its publisher, a team owner of the scope, or a tenant admin. Gone already is done.
 * `access` is null for a tenant admin who is not a member of the scope.
 */
export async function unpublishLesson(
  db: Db,
  identity: Identity,
  access: ScopeAccess | null,
  scope: string,
  secret: string,
  id: string,
): Promise<void> {
  const lesson = await readLesson(db, identity.tid, id);
  if (!lesson) return;
  if (lesson.fromScope !== scope) throw notFound("The lesson");
  const allowed =
    isTenantAdmin(identity) ||
    (access !== null && ownsTeamWide(access)) ||
    isPublisher(lesson, identity, secret);
  if (!allowed) throw forbidden("Only its publisher, a team owner or a tenant admin can unpublish a lesson.");
  await removeLesson(db, lesson);
}
