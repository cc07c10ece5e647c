import { EXPERIMENT_TEXT_MAX } from "@learning-loop/contract";
import { CARD_STRINGS, format } from "./card-strings";
import { cardText } from "./card-text";
import { expandCard } from "./render";
import type { CardJson } from "./render";
import template from "./templates/check-back.json" with { type: "json" };

export interface CheckBack {
  text: string;
  /** Null while nobody is named. */
  ownerName: string | null;
  /** `YYYY-MM-DD` in the scope's time zone. */
  dueOn: string;
  deepLink: string | null;
}

/** Card 4, on the day an experiment falls due: "last time we said we'd try X — what happened?" */
export function checkBackCard(checkBack: CheckBack): CardJson {
  const s = CARD_STRINGS;
  return expandCard(template, {
    heading: s.checkBackHeading,
    experiment: cardText(checkBack.text, EXPERIMENT_TEXT_MAX),
    meta: [
      checkBack.ownerName === null
        ? s.noOwner
        : format(s.owner, { name: cardText(checkBack.ownerName, 100) }),
      format(s.dueOn, { date: checkBack.dueOn }),
    ].join(" · "),
    showDeepLink: checkBack.deepLink !== null,
    deepLink: checkBack.deepLink ?? "",
    labels: { lead: s.checkBackLead, question: s.checkBackQuestion, openHistory: s.openHistory },
  });
}
