import type {
  ExperimentView,
  LearningMode,
  LessonSort,
  LessonSourceKind,
  LessonView,
  LessonsAccessView,
  LessonsResponse,
} from "@learning-loop/contract";
import { callApi, scopePath } from "../api/api-client";

/** What the feed shows: its order, search text and learning mode. */
export interface FeedFilter {
  sort: LessonSort;
  q: string;
  mode: LearningMode | null;
}

/** The feed's query string (`GET /api/lessons?q=&mode=&sort=&cursor=`); defaults are left out. */
export function feedQuery(filter: FeedFilter, cursor: string | null): string {
  const query = new URLSearchParams();
  const q = filter.q.trim();
  if (q) query.set("q", q);
  if (filter.mode) query.set("mode", filter.mode);
  if (filter.sort !== "newest") query.set("sort", filter.sort);
  if (cursor) query.set("cursor", cursor);
  const text = query.toString();
  return text ? `lessons?${text}` : "lessons";
}

export type FeedPage = LessonsResponse & { feedEnabled?: boolean };

export async function loadFeed(filter: FeedFilter, cursor: string | null, signal?: AbortSignal) {
  return (await callApi<FeedPage>(feedQuery(filter, cursor), { signal })).data;
}

export async function loadAccess(signal?: AbortSignal) {
  return (await callApi<LessonsAccessView>("me/lessons-access", { signal })).data;
}

/** "Try this in my team": an experiment with a fresh id in `scope`, linked to the lesson. */
export async function adoptLesson(lessonId: string, scope: string) {
  const answer = await callApi<ExperimentView>(`lessons/${encodeURIComponent(lessonId)}/adoptions`, {
    method: "POST",
    body: { scope, id: crypto.randomUUID() },
  });
  return answer.data;
}

/** Unpublish: the lesson's own scope is not in the feed, so any scope path works for an admin; the API checks. */
export async function unpublishLesson(scope: string, lessonId: string) {
  await callApi(`${scopePath(scope)}/lessons/${encodeURIComponent(lessonId)}`, { method: "DELETE" });
}

export interface PublishRequest {
  kind: LessonSourceKind;
  sourceId: string;
  showAuthor: boolean;
  hideTeam: boolean;
}

export async function publishLesson(scope: string, request: PublishRequest) {
  const answer = await callApi<LessonView>(`${scopePath(scope)}/lessons`, {
    method: "POST",
    body: {
      id: crypto.randomUUID(),
      source: { kind: request.kind, id: request.sourceId },
      ...(request.hideTeam ? { hideTeam: true } : {}),
      ...(request.showAuthor ? { showAuthor: true } : {}),
    },
  });
  return answer.data;
}
