import type { HttpRequest } from "@azure/functions";
import type { FieldError } from "@learning-loop/contract";
import type { z } from "zod";
import { HttpError, badRequest } from "./problem";

export const MAX_BODY_BYTES = 16 * 1024;

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;

/** Reads a JSON body within the size limit and parses it with the route's schema. */
export async function readBody<S extends z.ZodType>(req: HttpRequest, schema: S): Promise<z.infer<S>> {
  if (!JSON_TYPE.test(req.headers.get("content-type") ?? "")) {
    throw new HttpError(415, "Send the body as application/json.");
  }
  return parseBytes(new Uint8Array(await req.arrayBuffer()), schema);
}

/**
 * For routes whose body is optional: no body at all (no content type, nothing sent) parses as `{}`;
 * anything sent must be JSON, as for `readBody`.
 */
export async function readOptionalBody<S extends z.ZodType>(
  req: HttpRequest,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
): Promise<z.infer<S>> {
  const contentType = req.headers.get("content-type");
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (!contentType && bytes.byteLength === 0) return parseWith(schema, {});
  if (!JSON_TYPE.test(contentType ?? "")) throw new HttpError(415, "Send the body as application/json.");
  return parseBytes(bytes, schema, maxBytes);
}

function parseBytes<S extends z.ZodType>(
  bytes: Uint8Array,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
): z.infer<S> {
  if (bytes.byteLength > maxBytes) {
    throw new HttpError(413, `The body must be at most ${maxBytes} bytes.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw badRequest([{ field: "body", message: "Must be valid UTF-8 JSON." }]);
  }
  return parseWith(schema, value);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix = ""): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badRequest(toFieldErrors(result.error, prefix));
}

export function toFieldErrors(error: z.ZodError, prefix = ""): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        // An empty key still needs a visible name, so it is shown quoted.
        const name = key === "" ? '""' : key;
        errors.push({ field: base ? `${base}.${name}` : name, message: "Unknown field." });
      }
    } else {
      errors.push({ field: base || "body", message: issue.message });
    }
  }
  return errors;
}
