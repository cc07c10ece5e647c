/** Failures the domain reports without knowing about HTTP; the route wrapper maps them to statuses. */
export type DomainErrorKind = "not-found" | "forbidden" | "conflict" | "stale" | "invalid";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError("not-found", `${what} was not found.`);
