import { ApiError, apiErrorFrom } from "../auth/api-error";
import { forgetAuthToken, getAuthToken } from "../teams/auth-token";

export { ApiError, apiErrorFrom } from "../auth/api-error";
export type { ApiErrorDetails } from "../auth/api-error";

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

export type ApiResult<T> = { status: 304; etag: string } | { status: number; etag: string | null; data: T };

async function send(path: string, request: ApiRequest): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${await getAuthToken()}` };
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
 * Calls the v1 API under /api with the caller's Teams SSO token; errors arrive as problem+json and
 * leave as `ApiError`. A 401 is tried once more with a fresh token (the kept one may have expired
 * on the way; the API refuses before doing anything, so a retried write is safe), unless the API
 * asks for interaction: then the 401 goes to the page, whose problem state offers "Sign in".
 */
export async function fetchApi(path: string, request: ApiRequest = {}): Promise<Response> {
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

/** `fetchApi` with the JSON body parsed; a 204 (reactions, deletes) has no data. */
export function callApi<T>(path: string, request: ApiRequest = {}): Promise<ApiResult<T>> {
  const isPlainGet = (request.method ?? "GET") === "GET" && !request.ifNoneMatch && !request.ifMatch;
  const early = isPlainGet ? takePrefetched(path) : undefined;
  return (early as Promise<ApiResult<T>> | undefined) ?? fetchParsed<T>(path, request);
}

async function fetchParsed<T>(path: string, request: ApiRequest): Promise<ApiResult<T>> {
  const response = await fetchApi(path, request);
  const etag = response.headers.get("etag");
  if (response.status === 304) return { status: 304, etag: etag ?? request.ifNoneMatch ?? "" };
  const text = await response.text();
  return { status: response.status, etag, data: (text ? JSON.parse(text) : undefined) as T };
}

/** For writes, which never ask for 304: the result without that case. */
export async function writeApi<T = undefined>(
  path: string,
  request: ApiRequest & { method: NonNullable<ApiRequest["method"]> },
): Promise<{ status: number; etag: string | null; data: T | undefined }> {
  const result = await callApi<T | undefined>(path, request);
  return "data" in result ? result : { status: result.status, etag: result.etag, data: undefined };
}

export const isStatus = (error: unknown, status: number): boolean =>
  error instanceof ApiError && error.status === status;

/** GETs started before the page that needs them has rendered, each handed out once. */
const prefetched = new Map<string, { result: Promise<ApiResult<unknown>>; at: number }>();

/** A prefetched answer older than this is not used: the page asks again. */
const PREFETCH_FRESH_MS = 5_000;

/**
 * Starts GETs a page is about to make, while its code and first render are still on the way; the
 * page's own `callApi` for the same path then takes the answer already in flight (once). A failure
 * reaches that caller as it would have without the prefetch.
 */
export function prefetchApi(paths: readonly string[]): void {
  for (const path of paths) {
    const result = fetchParsed<unknown>(path, {});
    result.catch(() => undefined);
    prefetched.set(path, { result, at: Date.now() });
  }
}

function takePrefetched(path: string): Promise<ApiResult<unknown>> | undefined {
  const entry = prefetched.get(path);
  if (!entry) return undefined;
  prefetched.delete(path);
  return Date.now() - entry.at < PREFETCH_FRESH_MS ? entry.result : undefined;
}

export const scopePath = (scope: string) => `scopes/${encodeURIComponent(scope)}`;
