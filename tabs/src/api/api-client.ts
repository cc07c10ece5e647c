import { ApiError, apiErrorFrom } from "../auth/api-error";
import { forgetAuthToken, getAuthToken } from "../teams/auth-token";
import { currentPageMeeting } from "./page-meeting";
import { getLocale } from "../i18n/i18n";

/**
 * Where the API lives: the same origin locally (Vite proxies /api), the Function App in Azure
 * (`VITE_API_ENDPOINT`, set by the deploy build).
 */
const API_BASE = String(import.meta.env.VITE_API_ENDPOINT ?? "").replace(/\/+$/, "");

export const apiUrl = (path: string) => `${API_BASE}/api/${path}`;

export interface ApiRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  ifNoneMatch?: string;
  /** The ETag a change is based on: the API answers 412 when someone changed it meanwhile. */
  ifMatch?: string;
  signal?: AbortSignal;
}

/** The API's answer: its status, its ETag and its JSON body (`undefined` for a 204: ask with `T = undefined`). */
export interface ApiAnswer<T> {
  status: number;
  etag: string | null;
  data: T;
}

/** A conditional read's answer: 304 when what the caller holds (`ifNoneMatch`) is still current. */
export type ApiResult<T> = { status: 304; etag: string } | ApiAnswer<T>;

/**
 * `X-Meeting-Id` for a request to a team scope made in a meeting: a channel meeting's scope is its
 * team, and the API finds the meeting's organizer through it (docs/identity.md §4). Chat scopes
 * need none: a meeting chat names its organizer itself.
 */
export function meetingHeaders(path: string, meetingId: string | null): Record<string, string> {
  return meetingId && path.startsWith(scopePath("team:")) ? { "x-meeting-id": meetingId } : {};
}

async function send(path: string, request: ApiRequest): Promise<Response> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${await getAuthToken()}`,
    // The person's Teams locale: the API answers in it where it writes words (the CSV header row)
    // and takes it as a new scope's card language (docs/i18n.md).
    "accept-language": getLocale(),
    ...meetingHeaders(path, currentPageMeeting()),
  };
  if (request.body !== undefined) headers["content-type"] = "application/json";
  if (request.ifNoneMatch) headers["if-none-match"] = request.ifNoneMatch;
  if (request.ifMatch) headers["if-match"] = request.ifMatch;
  return fetch(apiUrl(path), {
    method: request.method ?? "GET",
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: request.signal,
  });
}

/**
 * Sends a request to the v1 API under /api with the caller's Teams SSO token; errors arrive as
 * problem+json and leave as `ApiError`. A 401 is tried once more with a fresh token (the kept one
 * may have expired on the way; the API refuses before doing anything, so a retried write is safe),
 * unless the API asks for interaction: then the 401 goes to the page, whose problem state offers
 * "Sign in".
 */
async function respond(path: string, request: ApiRequest): Promise<Response> {
  let response = await send(path, request);
  if (response.status === 401) {
    forgetAuthToken();
    const error = await apiErrorFrom(response);
    if (error.details.interactionRequired) throw error;
    response = await send(path, request);
  }
  if (!response.ok && response.status !== 304) {
    if (response.status === 401) forgetAuthToken();
    throw await apiErrorFrom(response);
  }
  return response;
}

/**
 * The tab's one API client: reads and writes (with `If-Match` for optimistic concurrency) with the
 * JSON body parsed. Only a conditional read (`ifNoneMatch`) can answer 304; a 204 (reactions,
 * deletes) has no data. A plain GET takes the answer `prefetchApi` already has in flight.
 */
export function callApi<T>(
  path: string,
  request: ApiRequest & { ifNoneMatch: string },
): Promise<ApiResult<T>>;
export function callApi<T = undefined>(path: string, request?: ApiRequest): Promise<ApiAnswer<T>>;
export function callApi<T>(path: string, request: ApiRequest = {}): Promise<ApiResult<T>> {
  const isPlainGet = (request.method ?? "GET") === "GET" && !request.ifNoneMatch && !request.ifMatch;
  const early = isPlainGet ? takePrefetched(path) : undefined;
  return (early as Promise<ApiResult<T>> | undefined) ?? fetchParsed<T>(path, request);
}

async function fetchParsed<T>(path: string, request: ApiRequest): Promise<ApiResult<T>> {
  const response = await respond(path, request);
  const etag = response.headers.get("etag");
  if (response.status === 304) return { status: 304, etag: etag ?? request.ifNoneMatch ?? "" };
  const text = await response.text();
  const answer = { status: response.status, etag, data: (text ? JSON.parse(text) : undefined) as T };
  if ((request.method ?? "GET") !== "GET") writeObserver?.(path, answer);
  return answer;
}

/** Told about each write the API accepted: the live channel tells the meeting (src/live/). */
let writeObserver: ((path: string, answer: ApiAnswer<unknown>) => void) | null = null;

export function observeWrites(observer: typeof writeObserver) {
  writeObserver = observer;
}

/** A download (the history export): the body as a file, named as the API's Content-Disposition says. */
export async function callApiForFile(path: string): Promise<{ blob: Blob; filename: string | null }> {
  const response = await respond(path, {});
  return {
    blob: await response.blob(),
    filename: attachmentName(response.headers.get("content-disposition")),
  };
}

/** `filename="x.csv"` from a Content-Disposition header, or null. */
function attachmentName(header: string | null): string | null {
  const match = header?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** Whether a failure is the API answering `status` (412: someone changed it meanwhile). */
export const isStatus = (error: unknown, status: number): boolean =>
  error instanceof ApiError && error.status === status;

/** GETs started before the page that needs them has rendered, each handed out once. */
interface Prefetch {
  result: Promise<ApiResult<unknown>>;
  at: number;
  /** Set once the answer is in: a page that renders after it can start with it. */
  settled?: { ok: true; value: ApiResult<unknown> } | { ok: false; error: unknown };
}

const prefetched = new Map<string, Prefetch>();

/** A prefetched answer older than this is not used: the page asks again. */
const PREFETCH_FRESH_MS = 5_000;

/**
 * Starts GETs a page is about to make, while its code and first render are still on the way; the
 * page's own `callApi` for the same path then takes the answer already in flight (once). A failure
 * reaches that caller as it would have without the prefetch.
 */
export function prefetchApi(paths: readonly string[]): void {
  for (const path of paths) {
    const entry: Prefetch = { result: fetchParsed<unknown>(path, {}), at: Date.now() };
    entry.result.then(
      (value) => (entry.settled = { ok: true, value }),
      (error: unknown) => (entry.settled = { ok: false, error }),
    );
    prefetched.set(path, entry);
  }
}

/**
 * Resolves once every prefetch started so far has its answer, or after `capMs`: a page's first
 * render waits for it, so that it draws once with its data rather than first as a spinner.
 */
export function prefetchesSettled(capMs: number): Promise<void> {
  const pending = [...prefetched.values()].map((entry) => entry.result.catch(() => undefined));
  if (pending.length === 0) return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    Promise.all(pending),
    new Promise((resolve) => (timer = setTimeout(resolve, capMs))),
  ]).then(() => clearTimeout(timer));
}

/**
 * The prefetched answer for `path` if it is already in and fresh, taken (once) so that the page
 * can render with it synchronously: `{ value }` for an answer, `{ error }` for a failure.
 */
export function takeSettled<T>(path: string): { value: ApiAnswer<T> } | { error: unknown } | undefined {
  const entry = prefetched.get(path);
  if (!entry?.settled || Date.now() - entry.at >= PREFETCH_FRESH_MS) return undefined;
  prefetched.delete(path);
  // A prefetch is a plain GET, which never answers 304.
  return entry.settled.ok ? { value: entry.settled.value as ApiAnswer<T> } : { error: entry.settled.error };
}

function takePrefetched(path: string): Promise<ApiResult<unknown>> | undefined {
  const entry = prefetched.get(path);
  if (!entry) return undefined;
  prefetched.delete(path);
  return Date.now() - entry.at < PREFETCH_FRESH_MS ? entry.result : undefined;
}

export const scopePath = (scope: string) => `scopes/${encodeURIComponent(scope)}`;
