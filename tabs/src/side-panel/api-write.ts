import { ApiError, apiErrorFrom } from "../api/api-client";
import { forgetAuthToken, getAuthToken } from "../teams/auth-token";

export interface WriteRequest {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  /** The ETag the change is based on: the API answers 412 when someone changed it meanwhile. */
  ifMatch?: string;
}

async function send(path: string, request: WriteRequest): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${await getAuthToken()}` };
  if (request.body !== undefined) headers["content-type"] = "application/json";
  if (request.ifMatch) headers["if-match"] = request.ifMatch;
  return fetch(`/api/${path}`, {
    method: request.method,
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
}

/**
 * Writes through the v1 API the way `callApi` reads (same token handling, same `ApiError`s, one
 * retry with a fresh token after a 401), and besides sends `If-Match` and accepts 204 No Content
 * (reactions, deletes), which `callApi` does not.
 */
export async function writeApi<T = undefined>(
  path: string,
  request: WriteRequest,
): Promise<{ status: number; etag: string | null; data: T | undefined }> {
  let response = await send(path, request);
  if (response.status === 401) {
    forgetAuthToken();
    const error = await apiErrorFrom(response);
    if (error.details.interactionRequired) throw error;
    response = await send(path, request);
  }
  if (!response.ok) {
    if (response.status === 401) forgetAuthToken();
    throw await apiErrorFrom(response);
  }
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get("etag"),
    data: text ? (JSON.parse(text) as T) : undefined,
  };
}

export const isStale = (error: unknown) => error instanceof ApiError && error.status === 412;
