import type { DevTokenResponse } from "@learning-loop/contract";

/** A tiny HTTP client for tests: real requests against a running API, nothing mocked. */
export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export async function request<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<TestResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await fetch(`${baseUrl}/${path.replace(/^\//, "")}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: the test looks at `text` instead.
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

export async function devToken(baseUrl: string, user: string): Promise<DevTokenResponse> {
  const response = await request<DevTokenResponse>(baseUrl, "GET", `dev/token?user=${user}`);
  if (response.status !== 200) throw new Error(`no dev token for ${user}: ${response.status}`);
  return response.body;
}

export const scopePath = (scope: string) => `scopes/${encodeURIComponent(scope)}`;
