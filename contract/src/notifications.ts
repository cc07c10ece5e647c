import { z } from "zod";
import { textField, uuid } from "./common";
import { afterActionEventKindSchema } from "./reviews";
import type { EventSourceStatus } from "./reviews";

export const AFTER_ACTION_TITLE_MAX = 200;

/**
 * `POST /api/scopes/{scope}/events`, signed with the scope's event secret. `id` is the sender's
 * own event id: sending the same id again starts no second round.
 */
export const afterActionEventSchema = z.strictObject({
  id: uuid.optional(),
  kind: afterActionEventKindSchema,
  title: textField(AFTER_ACTION_TITLE_MAX),
  url: z
    .url({ protocol: /^https?$/, error: "Must be an http or https URL." })
    .max(2000, "Must be at most 2000 characters.")
    .optional(),
});
export type AfterActionEvent = z.infer<typeof afterActionEventSchema>;

/**
 * The signature header of the after-action trigger:
 * `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 */
export const EVENT_SIGNATURE_HEADER = "X-LearningLoop-Signature";
/** How far a signature's timestamp may be from the server's clock. */
export const EVENT_SIGNATURE_TOLERANCE_SECONDS = 300;

/** `201` from `POST /api/scopes/{scope}/events` (`200` when the event id was seen before). */
export interface AfterActionEventResponse {
  roundId: string;
  created: boolean;
}

/** `201` from `POST /api/scopes/{scope}/event-secret`: the only response that ever shows the secret. */
export interface EventSecretCreated {
  secret: string;
  createdAt: string;
  header: typeof EVENT_SIGNATURE_HEADER;
  /** How to sign, for the person who configures the sender. */
  scheme: string;
}

/** `GET /api/scopes/{scope}/event-secret`: whether a secret exists, never the secret. */
export interface EventSecretStatus {
  configured: boolean;
  createdAt: string | null;
  /** What each source last sent: one entry per source in `EVENT_SOURCES`, in that order. */
  sources: EventSourceStatus[];
}

/** At most this many people present can be named in a nudge (a larger meeting sends none, and reaches every member). */
export const NUDGE_PRESENT_MAX = 500;

/** An Entra object id as Teams reports it: a GUID in its 8-4-4-4-12 hex form (any version). */
export const entraObjectId = z
  .string()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    "Must be an Entra object id (a GUID).",
  );

/**
 * `POST /api/scopes/{scope}/rounds/{roundId}/nudge`, optional body. `present`: the Entra object ids
 * of the people Live Share shows in the meeting right now; the nudge then goes only to those of
 * them who are members of the conversation. Without it, every member (docs/notifications.md).
 */
export const nudgeRequestSchema = z.strictObject({
  present: z
    .array(entraObjectId)
    .max(NUDGE_PRESENT_MAX, `Must name at most ${NUDGE_PRESENT_MAX} people.`)
    .optional(),
});
export type NudgeRequest = z.infer<typeof nudgeRequestSchema>;

/** `202` from `POST /api/scopes/{scope}/rounds/{roundId}/nudge`. */
export interface NudgeResponse {
  /** `queued`: the nudge goes out in the background; `already-sent`: one went out in the last few minutes. */
  status: "queued" | "already-sent";
}
