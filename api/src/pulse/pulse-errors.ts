import { PROBLEM_CONTENT_TYPE } from "@learning-loop/contract";
import type { Problem } from "@learning-loop/contract";
import type { ApiResponse } from "../http/response";

export const PULSE_PROBLEM_BASE = "https://learning-loop.dev/problems/";

/** The two ways a pulse says "not now": one already started this month (or is open), or it has closed. */
export class PulseConflict extends Error {
  constructor(
    readonly kind: "pulse-too-soon" | "pulse-closed",
    message: string,
    readonly nextStartAt: string | null = null,
  ) {
    super(message);
  }
}

export const tooSoon = (nextStartAt: string | null) =>
  new PulseConflict(
    "pulse-too-soon",
    nextStartAt
      ? `A team pulse already started this month or is still open. The next may start at ${nextStartAt}.`
      : "A team pulse already started this month or is still open.",
    nextStartAt,
  );

export const pulseClosed = () =>
  new PulseConflict("pulse-closed", "This team pulse has closed; answers can no longer be sent or changed.");

/** A 409 problem+json whose `type` names the rule, with `nextStartAt` when a pulse was too soon. */
export function pulseConflictResponse(conflict: PulseConflict): ApiResponse {
  const problem: Problem & { nextStartAt?: string } = {
    type: `${PULSE_PROBLEM_BASE}${conflict.kind}`,
    title: "Conflict",
    status: 409,
    detail: conflict.message,
    ...(conflict.nextStartAt ? { nextStartAt: conflict.nextStartAt } : {}),
  };
  return {
    status: 409,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "x-problem-type": conflict.kind },
    body: JSON.stringify(problem),
  };
}
