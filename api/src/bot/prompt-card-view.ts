import type { Db } from "../cosmos/db";
import type { Scoped } from "../cosmos/scoped";
import type { ConversationRefDoc, RoundDoc } from "../cosmos/documents";
import { historyDeepLink } from "@learning-loop/contract";
import { promptCard } from "../cards/prompt-card";
import type { PromptCardState } from "../cards/prompt-card";
import type { CardJson } from "../cards/render";
import { readAfterActionEvent } from "../events/after-action-repository";
import { findPrompt } from "../prompts/find-prompt";
import { readScopeSettings } from "../scopes/scope-settings";
import { readConversationRef } from "./conversation-ref-repository";

/**
 * The prompt card of a round in one of its states, with everything around it: the scope's
 * anonymity default, the prompt's hint, the event of an after-action review and the deep link.
 */
export async function loadPromptCard(
  db: Db,
  at: Scoped,
  round: RoundDoc,
  state: PromptCardState,
  teamsAppId: string | undefined,
  knownRef?: ConversationRefDoc,
): Promise<CardJson> {
  const [settings, event, prompt, ref] = await Promise.all([
    readScopeSettings(db, at),
    readAfterActionEvent(db, at, round.id),
    round.promptId ? findPrompt(db, at, round.promptId) : undefined,
    knownRef ?? readConversationRef(db, at),
  ]);
  return promptCard({
    roundId: round.id,
    scope: round.scope,
    promptText: round.promptText,
    hint: prompt?.hint ?? null,
    answerCount: round.answerCount,
    state,
    anonymousDefault: settings.anonymousDefault,
    event: event ? { kind: event.kind, title: event.title, url: event.url } : null,
    questions: round.review?.questions ?? null,
    deepLink: historyDeepLink(teamsAppId, round.id, ref?.channelId ?? null),
  });
}
