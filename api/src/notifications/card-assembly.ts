import type { Db } from "../cosmos/db";
import type { NotificationKind, RoundView } from "@learning-loop/contract";
import { readConversationRef } from "../bot/conversation-ref-repository";
import { loadPromptCard } from "../bot/prompt-card-view";
import { checkBackCardOf } from "../bot/check-back-card-view";
import { cardMessage } from "../cards/card-message";
import { historyDeepLink } from "@learning-loop/contract";
import type { CardJson } from "../cards/render";
import { roundSummaryCard } from "../cards/round-summary-card";
import { weeklyDigestCard } from "../cards/weekly-digest-card";
import type { ConversationRefDoc, ExperimentDoc, Payload } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { notFound } from "../domain/errors";
import { readRound } from "../rounds/round-repository";
import { readScopeSettings } from "../scopes/scope-settings";
import type { ScopeSettings } from "../scopes/scope-settings";
import { collectWeeklyDigest } from "./weekly-digest";
import { scopeWords } from "../i18n/scope-words";

/** Card assembly: what each notification says, as the payload delivery sends. */

const message = (card: CardJson): Payload => ({ kind: "message", activity: cardMessage(card) });

const deepLink = (
  teamsAppId: string | undefined,
  roundId: string | null,
  ref: ConversationRefDoc | undefined,
) => historyDeepLink(teamsAppId, roundId, ref?.channelId ?? null);

/** Builds a payload only when the switch is on and the bot is in the scope's conversation. */
export async function whenSwitchedOn(
  db: Db,
  at: Scoped,
  kind: NotificationKind,
  card: (ref: ConversationRefDoc, settings: ScopeSettings) => Promise<CardJson>,
): Promise<Payload | null> {
  const [settings, ref] = await Promise.all([readScopeSettings(db, at), readConversationRef(db, at)]);
  if (!settings.notifications[kind] || !ref) return null;
  return message(await card(ref, settings));
}

/** The prompt card of a round as it is now, open. */
export async function openPromptCard(
  db: Db,
  at: Scoped,
  roundId: string,
  teamsAppId: string | undefined,
  ref: ConversationRefDoc,
): Promise<CardJson> {
  const round = await readRound(db, at, roundId);
  if (!round) throw notFound("The round");
  return loadPromptCard(db, at, round, "open", teamsAppId, ref);
}

/** The posted prompt card once its round closed, and where it was posted; null when either is gone. */
export async function closedPromptCard(
  db: Db,
  at: Scoped,
  roundId: string,
  teamsAppId: string | undefined,
): Promise<{ ref: ConversationRefDoc; activity: object } | null> {
  const [ref, round] = await Promise.all([readConversationRef(db, at), readRound(db, at, roundId)]);
  if (!ref || !round) return null;
  const card = await loadPromptCard(db, at, round, "closed", teamsAppId, ref);
  return { ref, activity: cardMessage(card) };
}

export const roundSummary = async (
  round: RoundView,
  teamsAppId: string | undefined,
  ref: ConversationRefDoc,
  settings: ScopeSettings,
): Promise<CardJson> => roundSummaryCard(round, deepLink(teamsAppId, round.id, ref), scopeWords(settings));

/** The week's digest for a scope, or null for a week in which nothing happened. */
export async function weeklyDigestPayload(
  db: Db,
  ref: ConversationRefDoc,
  settings: ScopeSettings,
  monday: string,
  teamsAppId: string | undefined,
): Promise<Payload | null> {
  const digest = await collectWeeklyDigest(db, ref, settings.timezone, monday);
  if (!digest) return null;
  return message(
    weeklyDigestCard(
      { ...digest, scopeName: settings.name, deepLink: deepLink(teamsAppId, null, ref) },
      scopeWords(settings),
    ),
  );
}

export const checkBackPayload = (
  experiment: ExperimentDoc,
  dueOn: string,
  teamsAppId: string | undefined,
  ref: ConversationRefDoc,
  settings: ScopeSettings,
): Payload => message(checkBackCardOf(experiment, "open", teamsAppId, ref, scopeWords(settings), dueOn));
