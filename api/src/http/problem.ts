import type { FieldError, Problem } from "@learning-loop/contract";
import { PROBLEM_CONTENT_TYPE } from "@learning-loop/contract";
import type { ApiResponse } from "./response";

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  412: "Precondition failed",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  428: "Precondition required",
  429: "Too many requests",
  500: "Internal server error",
  502: "Bad gateway",
  503: "Service unavailable",
  504: "Gateway timeout",
};

/** Thrown anywhere below a handler to end the request with a problem+json response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export const badRequest = (errors: FieldError[], detail = "The request is not valid.") =>
  new HttpError(400, detail, errors);

export function problemResponse(
  status: number,
  detail: string,
  errors?: FieldError[],
  headers: Record<string, string> = {},
): ApiResponse {
  const problem: Problem = {
    type: "about:blank",
    title: TITLES[status] ?? "Error",
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
  return {
    status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, ...headers },
    body: JSON.stringify(problem),
  };
}
