import { ApiError } from "./api-error";

export type ProblemKind = "signIn" | "noAccess" | "notOnboarded" | "unavailable" | "generic";

export interface ProblemInfo {
  kind: ProblemKind;
  /** What the API (or the browser) said, for the generic case. */
  detail: string;
}

/** The API's words for a tenant that did not install the app, for errors built without headers. */
const NOT_ONBOARDED = /has not installed Learning Loop/i;

/** Sorts a failure into what the person can do about it. */
export function describeProblem(error: unknown): ProblemInfo {
  if (error instanceof ApiError) {
    const detail = error.problem?.detail ?? error.message;
    if (error.status === 401) return { kind: "signIn", detail };
    if (error.status === 403) {
      const notOnboarded =
        error.details.problemType === "tenant-not-onboarded" ||
        (!error.details.problemType && NOT_ONBOARDED.test(detail));
      return { kind: notOnboarded ? "notOnboarded" : "noAccess", detail };
    }
    if (
      error.status === 503 ||
      error.status === 502 ||
      error.status === 504 ||
      error.status === 429 ||
      error.status === 0
    ) {
      return { kind: "unavailable", detail };
    }
    return { kind: "generic", detail };
  }
  // fetch rejects with a TypeError when the network or the proxy is down.
  if (error instanceof TypeError) return { kind: "unavailable", detail: error.message };
  return { kind: "generic", detail: error instanceof Error ? error.message : String(error) };
}
