import { historyDeepLink } from "@learning-loop/contract";
import { checkBackCard } from "../cards/check-back-card";
import type { CheckBackCardState } from "../cards/check-back-card";
import type { CardJson } from "../cards/render";
import type { ConversationRefDoc, ExperimentDoc } from "../cosmos/documents";
import { dueOnOf } from "../experiments/check-back";
import { ownerOf } from "../experiments/experiment-view";
import type { Words } from "../i18n/words";

/** The check-back card of an experiment in one of its states, with the history deep link. */
export function checkBackCardOf(
  experiment: ExperimentDoc,
  state: CheckBackCardState,
  teamsAppId: string | undefined,
  ref: ConversationRefDoc | undefined,
  words: Words,
  dueOn = dueOnOf(experiment) ?? "",
): CardJson {
  return checkBackCard(
    {
      experimentId: experiment.id,
      scope: experiment.scope,
      text: experiment.text,
      owner: ownerOf(experiment.owner),
      dueOn,
      deepLink: historyDeepLink(teamsAppId, experiment.roundId, ref?.channelId ?? null),
      state,
      status: experiment.status,
      outcome: experiment.outcome,
    },
    words,
  );
}
