import type { HttpRequest } from "@azure/functions";
import { HttpError } from "./problem";

/** Edits must say which version they change (docs/architecture.md §4): a missing If-Match is refused with 428. */
export function requireIfMatch(req: HttpRequest): string {
  const ifMatch = req.headers.get("if-match");
  if (!ifMatch)
    throw new HttpError(428, "Send the ETag you read in an If-Match header.", [
      { field: "If-Match", message: "Required." },
    ]);
  return ifMatch;
}
