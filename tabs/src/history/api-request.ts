import type { Problem } from "@learning-loop/contract";
import { ApiError } from "../api/api-client";
import { getAuthToken } from "../teams/auth-token";

/**
 * Requests the shared `callApi` does not cover: writes with `If-Match` (experiments, scope
 * settings), bodiless answers (204) and file downloads. Same token, same errors (`ApiError` with
 * the problem+json body), so every failure still renders through `ProblemState`.
 */
export interface SendRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  ifMatch?: string;
  signal?: AbortSignal;
}

async function send(path: string, request: SendRequest): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${await getAuthToken()}` };
  if (request.body !== undefined) headers["content-type"] = "application/json";
  if (request.ifMatch) headers["if-match"] = request.ifMatch;
  const response = await fetch(`/api/${path}`, {
    method: request.method ?? "GET",
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: request.signal,
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function sendApi<T>(
  path: string,
  request: SendRequest = {},
): Promise<{ status: number; etag: string | null; data: T | undefined }> {
  const response = await send(path, request);
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get("etag"),
    data: text ? (JSON.parse(text) as T) : undefined,
  };
}

/** `filename="x.csv"` from a Content-Disposition header, or null. */
export function attachmentName(header: string | null): string | null {
  const match = header?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export async function fetchFile(path: string): Promise<{ blob: Blob; filename: string | null }> {
  const response = await send(path, {});
  return {
    blob: await response.blob(),
    filename: attachmentName(response.headers.get("content-disposition")),
  };
}

export const isStatus = (error: unknown, status: number): boolean =>
  error instanceof ApiError && error.status === status;
