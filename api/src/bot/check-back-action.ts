import type { Activity } from "@microsoft/agents-activity";
import { CARD_OUTCOME_STATUSES, OUTCOME_MAX, scopeSchema, uuid } from "@learning-loop/contract";
import { z } from "zod";
import type { ScopeAccess, ScopeRole } from "../auth/identity";
import type { Db } from "../cosmos/db";
import { DomainError } from "../domain/errors";
import { recordOutcome } from "../experiments/experiment-service";
import type { LessonTriedListener } from "../experiments/experiment-service";
import { toFieldErrors } from "../http/request-body";
import { checkBackCardOf } from "./check-back-card-view";
import { cardActor } from "./card-actor";
import { cardResponse, errorResponse } from "./invoke-response";
import { wordsForLocale } from "../i18n/words";
import type { InvokeResponseActivity } from "./invoke-response";

/** What the action needs from the bot's turn (a part of `BotTurnDeps`). */
export interface CheckBackDeps {
  db(): Promise<Db>;
  roleOf?: (tid: string, oid: string, scope: string) => Promise<ScopeRole | null>;
  teamsAppId: string | undefined;
  log(line: string): void;
  /** An adopted lesson came back with an outcome: the publishing team's card goes out. */
  lessonTried?: LessonTriedListener;
}

/** `value` of the check-back card's `recordOutcome` action; the inputs arrive inside `data`. */
const checkBackValue = z.object({
  action: z.object({
    type: z.literal("Action.Execute"),
    data: z.looseObject({
      experimentId: uuid,
      scope: scopeSchema,
      outcome: z.string().trim().min(1, "Write what happened first.").max(OUTCOME_MAX),
      status: z.enum(CARD_OUTCOME_STATUSES),
    }),
  }),
});

/**
 * `Action.Execute` from the check-back card: records the outcome through the experiments domain
 * (`recordOutcome`, the same change rules as `PATCH …/experiments/{id}`) when the person is the
 * experiment's owner or an owner of the scope, and answers with the card as they should now see
 * it. Anyone else gets the card saying who can.
 */
export async function checkBackAction(
  activity: Activity,
  deps: CheckBackDeps,
): Promise<InvokeResponseActivity> {
  // The person acting reads the card and any error in their own language.
  const words = wordsForLocale(activity.locale);
  const { s, format } = words;
  const parsed = checkBackValue.safeParse(activity.value);
  if (!parsed.success) {
    const error = toFieldErrors(parsed.error, "value")[0];
    const field = error?.field.split(".").at(-1) ?? "value";
    const message =
      field === "outcome"
        ? format(s.actionOutcomeLength, { max: OUTCOME_MAX })
        : field === "status"
          ? s.statusRequired
          : s.actionNotValid;
    return errorResponse(400, `${field}: ${message}`);
  }
  const { data } = parsed.data.action;
  const db = await deps.db();
  const actor = await cardActor(activity, data.scope, db, words);
  if ("type" in actor) return actor;
  const { at, oid, name, ref } = actor;
  const role = (await deps.roleOf?.(at.tid, oid, data.scope)) ?? "member";
  const access: ScopeAccess = { ...at, oid, name, role };
  try {
    const result = await recordOutcome(
      db,
      access,
      data.experimentId,
      {
        status: data.status,
        outcome: data.outcome,
      },
      new Date(),
      deps.lessonTried,
    );
    deps.log(`check-back card: outcome ${result.kind}`);
    return cardResponse(checkBackCardOf(result.experiment, result.kind, deps.teamsAppId, ref, words));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.kind === "not-found") return errorResponse(404, s.actionExperimentGone);
    if (error.kind === "stale") return errorResponse(409, s.actionStale);
    return errorResponse(400, error.field ? `${error.field}: ${s.actionFailed}` : s.actionFailed);
  }
}
