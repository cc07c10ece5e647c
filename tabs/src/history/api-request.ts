import { fetchApi, writeApi } from "../api/api-client";
import type { ApiRequest } from "../api/api-client";

export { isStatus } from "../api/api-client";

/** Reads and writes with `If-Match` and bodiless (204) answers, through the shared client. */
export const sendApi = <T>(path: string, request: ApiRequest = {}) =>
  writeApi<T>(path, { ...request, method: request.method ?? "GET" });

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
  const response = await fetchApi(path);
  return {
    blob: await response.blob(),
    filename: attachmentName(response.headers.get("content-disposition")),
  };
}
