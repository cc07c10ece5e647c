import type { HttpRequest } from "@azure/functions";
import { HttpError, badRequest } from "../http/problem";
import { MAX_BODY_BYTES } from "../http/request-body";

/** GitHub and Azure DevOps payloads run to tens of kilobytes (an issue with its labels, a build). */
export const SOURCE_MAX_BODY_BYTES = 1024 * 1024;

export const isJsonType = (req: HttpRequest) =>
  /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(req.headers.get("content-type") ?? "");

/** The body exactly as sent, within `limit`: a signature covers these bytes, not a re-serialized JSON. */
export async function readBytes(req: HttpRequest, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > limit) throw new HttpError(413, `The body must be at most ${limit} bytes.`);
  return bytes;
}

/** The generic format's body: JSON only, then the exact bytes. */
export async function readRaw(req: HttpRequest): Promise<Uint8Array> {
  if (!isJsonType(req)) throw new HttpError(415, "Send the body as application/json.");
  return readBytes(req);
}

export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw badRequest([{ field: "body", message: "Must be valid UTF-8 JSON." }]);
  }
}
