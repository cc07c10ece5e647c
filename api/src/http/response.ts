/** What every handler returns: a plain Functions v4 response with the body already serialized. */
export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: JSON.stringify(value),
  };
}

export const notModified = (etag: string): ApiResponse => ({ status: 304, headers: { etag } });
