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
import { scopeWords } from "../i18n/scope-words";
import type { Words } from "../i18n/words";

/**
 * The prompt card of a round in one of its states, with everything around it: the scope's
 * anonymity default, the prompt's hint, the event of an after-action review and the deep link.
 * Posted into the conversation it speaks the scope's language; a person's own view (`words`) theirs.
 */
export async function loadPromptCard(
  db: Db,
  at: Scoped,
  round: RoundDoc,
  state: PromptCardState,
  teamsAppId: string | undefined,
  knownRef?: ConversationRefDoc,
  words?: Words,
): Promise<CardJson> {
  const [settings, event, prompt, ref] = await Promise.all([
    readScopeSettings(db, at),
    readAfterActionEvent(db, at, round.id),
    round.promptId ? findPrompt(db, at, round.promptId) : undefined,
    knownRef ?? readConversationRef(db, at),
  ]);
  const said = words ?? scopeWords(settings);
  const shown = prompt ? said.prompt(prompt) : { text: round.promptText, hint: null };
  return promptCard(
    {
      roundId: round.id,
      scope: round.scope,
      // The round keeps the words it was started with; a library prompt reads in the card's language.
      promptText: prompt?.source === "library" ? shown.text : round.promptText,
      hint: shown.hint,
      answerCount: round.answerCount,
      state,
      anonymousDefault: settings.anonymousDefault,
      event: event ? { kind: event.kind, title: event.title, url: event.url } : null,
      questions: round.review?.questions ?? null,
      deepLink: historyDeepLink(teamsAppId, round.id, ref?.channelId ?? null),
    },
    said,
  );
}
