/**
 * Why the AI partner gave no suggestion, in words a person can act on. The handlers turn each kind
 * into its problem+json status (ai-handlers.ts); none of them is ever a 500.
 */
export type AiFailureKind =
  /** The deployment has no endpoint, or the scope's owner has not switched AI on: 409. */
  | "off"
  /** The scope's calls for today are spent: 429 until UTC midnight. */
  | "budget"
  /** The model did not answer in time: 504. */
  | "timeout"
  /** The service's content filter stopped the prompt or the answer: 422. */
  | "filtered"
  /** The model declined to answer: 422. */
  | "refused"
  /** The service is busy (its own 429): 503. */
  | "busy"
  /** The service failed, or answered with something that is not the JSON asked for: 502. */
  | "failed"
  /** The round is still open, or has no answers: 409 (human first). */
  | "not-ready";

export class AiFailure extends Error {
  constructor(
    readonly kind: AiFailureKind,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
