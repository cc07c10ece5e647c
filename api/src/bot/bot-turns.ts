import type { LessonTriedListener } from "../experiments/experiment-service";
import { randomUUID } from "node:crypto";
import type { Db } from "../cosmos/db";
import { Activity } from "@microsoft/agents-activity";
import type { TurnContext } from "@microsoft/agents-hosting";
import {
  ANSWER_MAX,
  REVIEW_QUESTION_COUNT,
  createAnswerSchema,
  scopeSchema,
  uuid,
} from "@learning-loop/contract";
import type { RoundView } from "@learning-loop/contract";
import { z } from "zod";
import { submitAnswer } from "../answers/answer-service";
import type { ScopeAccess, ScopeRole } from "../auth/identity";
import { wordsForLocale } from "../i18n/words";
import type { Words } from "../i18n/words";
import { PROMPT_VERBS, questionInputId } from "../cards/prompt-card";
import type { PromptCardState } from "../cards/prompt-card";
import type { CardJson } from "../cards/render";
import { DomainError } from "../domain/errors";
import { keyedUuid } from "../notifications/derived-uuid";
import { toFieldErrors } from "../http/request-body";
import { listRoundContent, readRound } from "../rounds/round-repository";
import { closeRound } from "../rounds/round-service";
import { isMine } from "../rounds/round-view";
import type { Viewer } from "../rounds/round-view";
import { recordTenant } from "../tenants/tenant-repository";
import {
  deleteConversationRef,
  findTeamConversationRefs,
  readConversationRef,
  saveConversationRef,
} from "./conversation-ref-repository";
import {
  channelDataOf,
  conversationMatches,
  conversationRefFor,
  scopeOfActivity,
  tenantOf,
} from "./conversation-refs";
import { CHECK_BACK_VERB } from "../cards/check-back-card";
import { cardActor } from "./card-actor";
import { checkBackAction } from "./check-back-action";
import { cardResponse, errorResponse } from "./invoke-response";
import type { InvokeResponseActivity } from "./invoke-response";
import { loadPromptCard } from "./prompt-card-view";

export interface BotTurnDeps {
  db(): Promise<Db>;
  /** The person's role in a scope as far as the server knows it without their token (services.ts `cardRoles`). */
  roleOf?: (tid: string, oid: string, scope: string) => Promise<ScopeRole | null>;
  anonymitySecret: string;
  teamsAppId: string | undefined;
  /** Ids and kinds only: never names or text. */
  log(line: string): void;
  /** A round closed from a card: its summary goes out as after any close. */
  roundClosed?(access: ScopeAccess, round: RoundView): void;
  /** An adopted lesson came back with an outcome (the check-back card): the publishing team's card. */
  lessonTried?: LessonTriedListener;
}

const ADAPTIVE_CARD_ACTION = "adaptiveCard/action";

/** What one turn of the bot does with an incoming activity. */
export async function onTurn(context: TurnContext, deps: BotTurnDeps): Promise<void> {
  const activity = context.activity;
  switch (activity.type) {
    case "installationUpdate":
      if (activity.action === "add" || activity.action === "add-upgrade") await remember(activity, deps);
      if (activity.action === "remove" || activity.action === "remove-upgrade") await forget(activity, deps);
      return;
    case "conversationUpdate": {
      const botId = activity.recipient?.id;
      const eventType = channelDataOf(activity).eventType;
      if (activity.membersAdded?.some((member) => member.id === botId)) await remember(activity, deps);
      if (activity.membersRemoved?.some((member) => member.id === botId) || eventType === "teamDeleted") {
        await forget(activity, deps);
      }
      return;
    }
    case "invoke":
      if (activity.name === ADAPTIVE_CARD_ACTION)
        await context.sendActivity(Activity.fromObject(await cardAction(activity, deps)));
      return;
    case "message":
      await context.sendActivity(
        Activity.fromObject({
          type: "message",
          text: wordsForLocale(activity.locale).s.botHello,
        }),
      );
      return;
    default:
      return;
  }
}

/** The bot was added: keep the conversation reference for the scope and count the tenant as onboarded. */
async function remember(activity: Activity, deps: BotTurnDeps) {
  const at = scopeOfActivity(activity);
  if (!at) return;
  const db = await deps.db();
  await saveConversationRef(db, conversationRefFor(activity, at));
  await recordTenant(db, at.tid);
  deps.log(`bot installed in ${at.scope.split(":")[0]} scope`);
}

async function forget(activity: Activity, deps: BotTurnDeps) {
  const at = scopeOfActivity(activity);
  const db = await deps.db();
  if (!at) {
    // An uninstall from a team may not say which group it is; the team's id finds its reference.
    const tid = tenantOf(activity);
    const teamId = channelDataOf(activity).team?.id;
    if (!tid || !teamId) return;
    for (const ref of await findTeamConversationRefs(db, tid, teamId)) {
      await deleteConversationRef(db, ref);
    }
    return;
  }
  const ref = await readConversationRef(db, at);
  // Removal from one chat of a team must not forget where the team's cards go.
  if (ref && (activity.type === "installationUpdate" || conversationMatches(ref, activity))) {
    await deleteConversationRef(db, at);
    deps.log(`bot removed from ${at.scope.split(":")[0]} scope`);
  }
}

/** `value` of an `adaptiveCard/action` invoke from the prompt card; inputs arrive inside `data`. */
const actionValue = z.object({
  action: z.object({
    type: z.literal("Action.Execute"),
    verb: z.string(),
    data: z.looseObject({
      roundId: uuid,
      scope: scopeSchema,
      answer: z.string().optional(),
      anonymous: z.union([z.boolean(), z.string()]).optional(),
    }),
  }),
});

/**
 * `Action.Execute` from the prompt card: `answer` stores the answer through the same domain
 * function as `POST …/answers`, then returns the person's own view; `refresh` returns that view
 * (Universal Actions call it for each person who looks at the card).
 */
async function cardAction(activity: Activity, deps: BotTurnDeps): Promise<InvokeResponseActivity> {
  const verbSent = (activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  if (verbSent === CHECK_BACK_VERB) return checkBackAction(activity, deps);
  // Everything this person reads back (their view of the card, an error) is in their own language.
  const words = wordsForLocale(activity.locale);
  const { s } = words;
  const parsed = actionValue.safeParse(activity.value);
  if (!parsed.success) {
    const fields = toFieldErrors(parsed.error, "value").map((error) => error.field);
    return errorResponse(400, `${fields.join(", ")}: ${s.actionNotValid}`);
  }
  const { verb, data } = parsed.data.action;
  if (verb !== PROMPT_VERBS.answer && verb !== PROMPT_VERBS.refresh && verb !== PROMPT_VERBS.close) {
    return errorResponse(400, s.actionUnknown);
  }
  const db = await deps.db();
  const actor = await cardActor(activity, data.scope, db, words);
  if ("type" in actor) return actor;
  const { at, oid, name } = actor;
  const access: ScopeAccess = { ...at, oid, name, role: "member" };
  const viewer: Viewer = { access, anonymitySecret: deps.anonymitySecret };
  if (verb === PROMPT_VERBS.answer) {
    const problem = await answerFromCard(db, viewer, activity, data, words);
    if (problem) return problem;
  }
  if (verb === PROMPT_VERBS.close) {
    const problem = await closeFromCard(db, viewer, data.roundId, deps, words);
    if (problem) return problem;
  }
  const card = await cardFor(db, viewer, data.roundId, deps, words);
  return card ? cardResponse(card) : errorResponse(404, s.actionRoundGone);
}

/**
 * The id of an answer sent from a card. A retried invoke carries the same activity id, so it maps to
 * the same answer id and stores nothing new. The id is keyed with the server's secret: an anonymous
 * answer's id, which every member sees, must not let anyone test member oids against it. It never
 * comes from the text; without an activity id it is random.
 */
export function cardAnswerId(
  secret: string,
  tid: string,
  oid: string,
  roundId: string,
  activityId: string | undefined,
): string {
  return activityId ? keyedUuid(secret, `card-answer|${tid}|${oid}|${roundId}|${activityId}`) : randomUUID();
}

type CardData = { roundId: string; answer?: string; anonymous?: boolean | string } & Record<string, unknown>;

/**
 * A review's card has one input per question (`answer0` … `answer3`); the person answers the ones
 * they can, and each answer is stored on its own with its question, anonymous or not as a whole.
 */
async function answerFromCard(
  db: Db,
  viewer: Viewer,
  activity: Activity,
  data: CardData,
  words: Words,
): Promise<InvokeResponseActivity | null> {
  const questions = Array.from({ length: REVIEW_QUESTION_COUNT }, (_, index) => data[questionInputId(index)]);
  if (questions.every((value) => value === undefined))
    return answerOne(db, viewer, activity, data, null, words);
  const given = questions
    .map((value, question) => ({ question, text: typeof value === "string" ? value : "" }))
    .filter((entry) => entry.text.trim() !== "");
  if (given.length === 0) return errorResponse(400, `${questionInputId(0)}: ${words.s.answerAtLeastOne}`);
  for (const entry of given) {
    const problem = await answerOne(
      db,
      viewer,
      activity,
      { ...data, answer: entry.text },
      entry.question,
      words,
    );
    if (problem) return problem;
  }
  return null;
}

async function answerOne(
  db: Db,
  viewer: Viewer,
  activity: Activity,
  data: CardData,
  question: number | null,
  { s, format }: Words,
): Promise<InvokeResponseActivity | null> {
  const { tid, oid } = viewer.access;
  const text = data.answer ?? "";
  const activityId = activity.id && question !== null ? `${activity.id}|q${question}` : activity.id;
  const id = cardAnswerId(viewer.anonymitySecret, tid, oid, data.roundId, activityId);
  const request = createAnswerSchema.safeParse({
    id,
    text,
    anonymous: data.anonymous === true || data.anonymous === "true",
    ...(question === null ? {} : { question }),
  });
  if (!request.success) {
    const error = toFieldErrors(request.error)[0];
    const input = question === null ? "answer" : questionInputId(question);
    const field = error?.field === "text" ? input : (error?.field ?? input);
    return errorResponse(400, `${field}: ${format(s.actionAnswerLength, { max: ANSWER_MAX })}`);
  }
  try {
    await submitAnswer(db, viewer, data.roundId, request.data);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // A closed round shows its closed card; anything else is the person's to fix.
    if (error.kind === "conflict" && error.field === "roundId") return null;
    return errorResponse(
      error.kind === "not-found" ? 404 : 400,
      error.kind === "not-found" ? s.actionRoundGone : s.actionFailed,
    );
  }
  return null;
}

/**
 * Closes a review from its card: for the person who started it, or an owner of the scope as far as
 * the bot can know without their token (`roleOf`, services.ts `cardRoles`), as the check-back
 * card's outcome does.
 */
async function closeFromCard(
  db: Db,
  viewer: Viewer,
  roundId: string,
  deps: BotTurnDeps,
  { s }: Words,
): Promise<InvokeResponseActivity | null> {
  const { access } = viewer;
  const round = await readRound(db, access, roundId);
  if (!round) return errorResponse(404, s.actionRoundGone);
  if (!round.review) return errorResponse(400, s.actionOnlyReviews);
  const allowed =
    round.startedBy.oid === access.oid ||
    (await deps.roleOf?.(access.tid, access.oid, access.scope)) === "owner";
  if (!allowed) return errorResponse(403, s.actionOnlyOwnersClose);
  const owner: Viewer = { ...viewer, access: { ...access, role: "owner" } };
  const { round: closed, changed } = await closeRound(db, owner, roundId);
  if (changed) {
    deps.log("review closed from its card");
    deps.roundClosed?.(owner.access, closed);
  }
  return null;
}

/** The card as this person should see it now. */
async function cardFor(
  db: Db,
  viewer: Viewer,
  roundId: string,
  deps: BotTurnDeps,
  words: Words,
): Promise<CardJson | null> {
  const { access } = viewer;
  const round = await readRound(db, access, roundId);
  if (!round) return null;
  let state: PromptCardState = "closed";
  if (round.status === "open") {
    const { answers } = await listRoundContent(db, access, [round.id], access.oid);
    state = answers.some((answer) => isMine(answer, viewer)) ? "answered" : "open";
  }
  return loadPromptCard(db, access, round, state, deps.teamsAppId, undefined, words);
}
