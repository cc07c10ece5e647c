import type { ExperimentOwner, ExperimentStatus } from "@learning-loop/contract";
import { EXPERIMENT_TEXT_MAX, OUTCOME_MAX } from "@learning-loop/contract";
import type { Words } from "../i18n/words";
import { cardText } from "./card-text";
import { expandCard } from "./render";
import type { CardJson } from "./render";
import template from "./templates/check-back.json" with { type: "json" };

/**
 * What the person looking at the card sees: the outcome form (`open`), the outcome they just
 * recorded, the experiment already closed, or that only its owner (or a team owner) may record.
 */
export type CheckBackCardState = "open" | "recorded" | "closed" | "notAllowed";

export interface CheckBack {
  experimentId: string;
  scope: string;
  text: string;
  /** Null while nobody is named. An owner with an oid is mentioned, so Teams notifies them. */
  owner: ExperimentOwner | null;
  /** `YYYY-MM-DD` in the scope's time zone. */
  dueOn: string;
  deepLink: string | null;
  state: CheckBackCardState;
  status: ExperimentStatus;
  outcome: string | null;
}

/** The card action's verb, as the bot's invoke handler routes it. */
export const CHECK_BACK_VERB = "recordOutcome";

/**
 * A name as it stands between `<at>` and `</at>`: Teams matches the tag against the entity's text
 * literally, so nothing in it may be markup or close the tag early.
 */
export function mentionName(name: string): string {
  const plain = [...name]
    .filter((char) => {
      const code = char.codePointAt(0) ?? 0;
      return code >= 32 && code !== 127 && !/[<>\\`*_[\]{}~|#&\u202a-\u202e\u2066-\u2069]/.test(char);
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return [...plain].slice(0, 100).join("") || "?";
}

/** The Teams mention entity of a person: `mentioned.id` is the Entra object id, which bots may use. */
export function mentionEntity(owner: { oid: string; name: string }) {
  const name = mentionName(owner.name);
  return { type: "mention", text: `<at>${name}</at>`, mentioned: { id: owner.oid, name } };
}

/** Card 4, on the day an experiment falls due: "last time we said we'd try X — what happened?" */
export function checkBackCard(checkBack: CheckBack, words: Words): CardJson {
  const { s, format } = words;
  const { owner, state } = checkBack;
  const mention = owner?.oid ? mentionEntity({ oid: owner.oid, name: owner.name }) : null;
  const ownerText = mention ? mention.text : owner ? cardText(owner.name, 100) : null;
  const statusWord = statusName(checkBack.status, words);
  const stateLine =
    state === "recorded"
      ? format(s.outcomeRecorded, { status: statusWord })
      : state === "closed"
        ? format(s.experimentClosed, { status: statusWord })
        : state === "notAllowed"
          ? ownerText
            ? format(s.onlyOwner, { name: ownerText })
            : s.onlyTeamOwner
          : "";
  const card = expandCard(template, {
    experimentId: checkBack.experimentId,
    scope: checkBack.scope,
    state,
    heading: s.checkBackHeading,
    experiment: cardText(checkBack.text, EXPERIMENT_TEXT_MAX),
    meta: [
      ownerText === null ? s.noOwner : format(s.owner, { name: ownerText }),
      format(s.dueOn, { date: words.date(checkBack.dueOn) }),
    ].join(" · "),
    stateLine,
    stateColor: state === "notAllowed" ? "Warning" : "Good",
    showOutcome: state !== "open" && state !== "notAllowed" && checkBack.outcome !== null,
    outcome:
      checkBack.outcome === null
        ? ""
        : format(s.outcomeLine, { outcome: cardText(checkBack.outcome, OUTCOME_MAX) }),
    showDeepLink: checkBack.deepLink !== null,
    deepLink: checkBack.deepLink ?? "",
    labels: {
      lead: s.checkBackLead,
      question: s.checkBackQuestion,
      openHistory: s.openHistory,
      outcome: s.outcomeLabel,
      outcomePlaceholder: s.outcomePlaceholder,
      outcomeRequired: s.outcomeRequired,
      status: s.statusLabel,
      statusRequired: s.statusRequired,
      statusDone: s.statusChoiceDone,
      statusRunning: s.statusChoiceRunning,
      statusDropped: s.statusChoiceDropped,
      record: s.recordOutcome,
    },
  });
  return mention ? { ...card, msteams: { entities: [mention] } } : card;
}

function statusName(status: ExperimentStatus, { s }: Words): string {
  return { planned: s.statusPlanned, running: s.statusRunning, done: s.statusDone, dropped: s.statusDropped }[
    status
  ];
}
