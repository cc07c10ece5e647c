import type { Problem } from "@learning-loop/contract";
import { getAuthToken } from "../teams/auth-token";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? `Request failed with status ${status}`);
  }
}

export interface ApiRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  ifNoneMatch?: string;
  signal?: AbortSignal;
}

export type ApiResult<T> = { status: 304; etag: string } | { status: number; etag: string | null; data: T };

/** Calls the v1 API under /api with the caller's Teams SSO token; errors arrive as problem+json. */
export async function callApi<T>(path: string, request: ApiRequest = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { authorization: `Bearer ${await getAuthToken()}` };
  if (request.body !== undefined) headers["content-type"] = "application/json";
  if (request.ifNoneMatch) headers["if-none-match"] = request.ifNoneMatch;
  const response = await fetch(`/api/${path}`, {
    method: request.method ?? "GET",
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: request.signal,
  });
  const etag = response.headers.get("etag");
  if (response.status === 304) return { status: 304, etag: etag ?? request.ifNoneMatch ?? "" };
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
    throw new ApiError(response.status, problem);
  }
  return { status: response.status, etag, data: (await response.json()) as T };
}

export const scopePath = (scope: string) => `scopes/${encodeURIComponent(scope)}`;
