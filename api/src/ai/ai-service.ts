import type {
  AiAnswer,
  AiCitation,
  AiStatus,
  AiSynthesis,
  AiTestable,
  RelatedItem,
} from "@learning-loop/contract";
import type { ScopeAccess } from "../auth/identity";
import type { Db } from "../cosmos/db";
import { DomainError } from "../domain/errors";
import { relatedItems } from "../related/related-service";
import { listRoundContent, readRound } from "../rounds/round-repository";
import { readScopeSettings } from "../scopes/scope-settings";
import type { AiConfig } from "./ai-config";
import { remainingToday, spendOne } from "./ai-budget";
import { AiFailure } from "./ai-failure";
import type { AiModel } from "./ai-model";
import {
  ASK_CONTEXT_MAX,
  ASK_SYSTEM,
  SYNTHESIS_ANSWERS_MAX,
  SYNTHESIS_SYSTEM,
  TESTABLE_SYSTEM,
  askOutput,
  askUser,
  synthesisOutput,
  synthesisUser,
  testableOutput,
  testableUser,
} from "./ai-prompts";
import type { AskInput } from "./ai-prompts";

/** The AI partner as the deployment configured it: both undefined when AI_ENDPOINT is unset. */
export interface AiPartner {
  config: AiConfig | undefined;
  model: AiModel | undefined;
}

interface Ready {
  config: AiConfig;
  model: AiModel;
}

const TITLE_MAX = 120;
const SUMMARY_MAX = 600;
const HYPOTHESIS_MAX = 500;
const SIGNAL_MAX = 300;
const ANSWER_MAX = 2000;
const CHECK_BACK_MIN_DAYS = 1;
const CHECK_BACK_MAX_DAYS = 90;

/** The first `max` characters (code points) of a text. */
const clip = (text: string, max: number) => {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
};

/** `GET …/ai`: whether the tab shows the AI actions, and how many calls are left today. */
export async function aiStatus(
  db: Db,
  access: ScopeAccess,
  ai: AiPartner,
  now = new Date(),
): Promise<AiStatus> {
  if (!ai.config || !ai.model) return { available: false, enabled: false, remainingToday: 0, dailyBudget: 0 };
  const { ai: switchedOn } = await readScopeSettings(db, access);
  const dailyBudget = ai.config.dailyBudget;
  return {
    available: true,
    enabled: switchedOn,
    remainingToday: switchedOn ? await remainingToday(db, access, dailyBudget, now) : 0,
    dailyBudget,
  };
}

/** Off unless the deployment configures an endpoint and the scope's owner switched AI on. */
async function ready(db: Db, access: ScopeAccess, ai: AiPartner): Promise<Ready> {
  if (!ai.config || !ai.model) {
    throw new AiFailure("off", "AI suggestions are not set up for this app (no AI endpoint is configured).");
  }
  const { ai: switchedOn } = await readScopeSettings(db, access);
  if (!switchedOn) {
    throw new AiFailure(
      "off",
      "AI suggestions are off for this team. An owner can switch them on in the settings.",
    );
  }
  return { config: ai.config, model: ai.model };
}

/** Spends one call of today's budget, then asks the model and validates its JSON. */
async function ask<T>(
  db: Db,
  access: ScopeAccess,
  { config, model }: Ready,
  system: string,
  user: string,
  shape: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  now: Date,
): Promise<T> {
  await spendOne(db, access, config.dailyBudget, now);
  const parsed = shape.safeParse(await model.completeJson(system, user));
  if (!parsed.success) {
    throw new AiFailure("failed", "The AI's answer was not in the form asked for. Try again.");
  }
  return parsed.data;
}

/**
 * (1) The themes of a closed round, each citing the answers it came from. Human first: while the
 * round is open the team is still thinking, so nothing is asked (409). Only the prompt and the
 * answers' texts go out, labelled A1…; labels the model invents are dropped, and so is a theme
 * left citing nothing.
 */
export async function synthesizeRound(
  db: Db,
  access: ScopeAccess,
  ai: AiPartner,
  roundId: string,
  now = new Date(),
): Promise<AiSynthesis> {
  // Another scope's round id is unknown here whatever the AI's state (404 before 409).
  const round = await readRound(db, access, roundId);
  if (!round) throw new DomainError("not-found", "There is no such round in this scope.");
  const partner = await ready(db, access, ai);
  if (round.status !== "closed") {
    throw new AiFailure(
      "not-ready",
      "Themes are suggested only after the round is closed: the team thinks first.",
    );
  }
  const { answers } = await listRoundContent(db, access, [round.id], access.oid);
  if (answers.length === 0) {
    throw new AiFailure("not-ready", "This round has no answers to find themes in.");
  }
  const sent = answers.slice(0, SYNTHESIS_ANSWERS_MAX);
  const byLabel = new Map(sent.map((answer, index) => [`A${index + 1}`, answer.id]));
  const questions = round.review?.questions ?? [];
  const output = await ask(
    db,
    access,
    partner,
    SYNTHESIS_SYSTEM,
    synthesisUser({
      prompt: round.promptText,
      answers: sent.map((answer, index) => {
        const question = typeof answer.question === "number" ? questions[answer.question]?.text : undefined;
        return { label: `A${index + 1}`, text: answer.text, ...(question ? { question } : {}) };
      }),
    }),
    synthesisOutput,
    now,
  );
  const themes = output.themes
    .map((theme) => ({
      title: clip(theme.title, TITLE_MAX),
      summary: clip(theme.summary, SUMMARY_MAX),
      answerIds: [...new Set(theme.answers.map((label) => byLabel.get(label.trim())))].filter(
        (id): id is string => id !== undefined,
      ),
    }))
    .filter((theme) => theme.answerIds.length > 0);
  if (themes.length === 0) {
    throw new AiFailure(
      "failed",
      "The AI's themes cited none of the round's answers, so none are shown. Try again.",
    );
  }
  return { roundId: round.id, themes };
}

/** The UTC calendar date `days` after `now`. */
const dayAfter = (now: Date, days: number) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);

/** (2) "Make it testable": a hypothesis, the signal to watch and a check-back date 1–90 days ahead. */
export async function makeTestable(
  db: Db,
  access: ScopeAccess,
  ai: AiPartner,
  text: string,
  now = new Date(),
): Promise<AiTestable> {
  const partner = await ready(db, access, ai);
  const output = await ask(db, access, partner, TESTABLE_SYSTEM, testableUser(text), testableOutput, now);
  const days = Math.min(
    CHECK_BACK_MAX_DAYS,
    Math.max(CHECK_BACK_MIN_DAYS, Math.round(output.checkBackInDays)),
  );
  return {
    hypothesis: clip(output.hypothesis, HYPOTHESIS_MAX),
    signal: clip(output.signal, SIGNAL_MAX),
    checkBackAt: dayAfter(now, days),
  };
}

/**
 * (3) A question to the team's past, answered only from this scope's own history: the related
 * search (related/) finds the items, which go out labelled R1…, and the answer's citations are
 * kept only where they name an item that was sent. When nothing related exists, the model is not
 * asked and nothing is spent.
 */
export async function askHistory(
  db: Db,
  access: ScopeAccess,
  ai: AiPartner,
  question: string,
  now = new Date(),
): Promise<AiAnswer> {
  const partner = await ready(db, access, ai);
  const { items } = await relatedItems(db, access, { text: question, limit: ASK_CONTEXT_MAX });
  if (items.length === 0) return { answer: null, citations: [] };
  const byLabel = new Map(items.map((item, index) => [`R${index + 1}`, item]));
  const history: AskInput["history"] = items.map((item, index) => ({
    label: `R${index + 1}`,
    kind: item.kind,
    day: item.roundAt?.slice(0, 10) ?? null,
    prompt: item.promptText,
    text: itemText(item),
  }));
  const output = await ask(db, access, partner, ASK_SYSTEM, askUser({ question, history }), askOutput, now);
  const cited = [...new Set(output.citations.map((label) => label.trim()))]
    .map((label) => byLabel.get(label))
    .filter((item): item is RelatedItem => item !== undefined);
  return { answer: clip(output.answer, ANSWER_MAX), citations: cited.map(toCitation) };
}

/** An experiment goes out with how it stands and ended; an answer as written. */
function itemText(item: RelatedItem): string {
  if (item.kind === "answer") return item.text;
  const parts = [`Experiment: ${item.text}`];
  if (item.status) parts.push(`Status: ${item.status}`);
  if (item.outcome) parts.push(`Outcome: ${item.outcome}`);
  return parts.join("\n");
}

const toCitation = (item: RelatedItem): AiCitation => ({
  roundId: item.roundId,
  roundAt: item.roundAt,
  promptText: item.promptText,
  kind: item.kind,
  text: item.text,
});
