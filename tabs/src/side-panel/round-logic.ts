import type { AnswerView, ExperimentView, ReactionKind, RoundView } from "@learning-loop/contract";
import { roundPromptText } from "../i18n/i18n";
import type { OutboxEntry } from "../outbox/outbox-queue";

/*
 * Pure state logic of the side panel: how a round view changes with the person's own actions, what
 * to announce, and what the connection banner says. Kept free of React so it is unit-tested.
 */

/** The round's version from its poll ETag (`"{version}-{viewer}"`), or null for another shape. */
export function roundVersion(etag: string): number | null {
  const match = /^(?:W\/)?"(\d+)-/.exec(etag);
  return match ? Number(match[1]) : null;
}

/**
 * Whether a polled view should replace the one shown: another round always does; the same round
 * only when it is not older (a slow poll must not undo what a newer response already showed).
 */
export function shouldAdopt(current: RoundView | null, incoming: RoundView): boolean {
  if (!current || current.id !== incoming.id) return true;
  const have = roundVersion(current.etag);
  const got = roundVersion(incoming.etag);
  return have === null || got === null || got >= have;
}

/** The round with this answer added or replaced (the caller's own answer, just stored). */
export function withAnswer(round: RoundView, answer: AnswerView): RoundView {
  if (answer.roundId !== round.id) return round;
  const index = round.answers.findIndex((candidate) => candidate.id === answer.id);
  if (index >= 0) {
    const answers = round.answers.slice();
    answers[index] = answer;
    return { ...round, answers };
  }
  return { ...round, answers: [...round.answers, answer], answerCount: round.answerCount + 1 };
}

export function withoutAnswer(round: RoundView, answerId: string): RoundView {
  if (!round.answers.some((answer) => answer.id === answerId)) return round;
  return {
    ...round,
    answers: round.answers.filter((answer) => answer.id !== answerId),
    answerCount: Math.max(0, round.answerCount - 1),
  };
}

/** The caller's reaction switched on or off, shown before the API confirms it. */
export function withReaction(round: RoundView, answerId: string, kind: ReactionKind, on: boolean): RoundView {
  return {
    ...round,
    answers: round.answers.map((answer) => {
      if (answer.id !== answerId) return answer;
      const had = answer.myReactions.includes(kind);
      if (had === on) return answer;
      return {
        ...answer,
        reactions: { ...answer.reactions, [kind]: Math.max(0, answer.reactions[kind] + (on ? 1 : -1)) },
        myReactions: on ? [...answer.myReactions, kind] : answer.myReactions.filter((mine) => mine !== kind),
      };
    }),
  };
}

/** Outbox entries of this round that the round view does not show yet: "sending…" or refused. */
export function unsentFor(entries: readonly OutboxEntry[], round: RoundView | null): OutboxEntry[] {
  if (!round) return [];
  const shown = new Set(round.answers.map((answer) => answer.id));
  return entries.filter((entry) => entry.roundId === round.id && !shown.has(entry.id));
}

/** What a screen reader hears about an answer that just arrived. Anonymous answers carry no author. */
export interface Arrival {
  id: string;
  author: string | null;
  text: string;
}

/**
 * Answers by other people that appeared between two views of the same round. Nothing is announced
 * for the first view (the person is reading the page anyway) or for the person's own answers.
 */
export function arrivals(previous: RoundView | null, next: RoundView | null): Arrival[] {
  if (!previous || !next || previous.id !== next.id) return [];
  const seen = new Set(previous.answers.map((answer) => answer.id));
  return next.answers
    .filter((answer) => !seen.has(answer.id) && !answer.mine)
    .map((answer) => ({
      id: answer.id,
      author: answer.anonymous ? null : (answer.author?.name ?? null),
      text: answer.text,
    }));
}

export type RoundEvent =
  | { kind: "started"; prompt: string }
  | { kind: "closed" }
  | { kind: "revealed" }
  | ({ kind: "answer" } & Arrival);

/**
 * What changed between two views that a screen reader should hear, politely: a round that
 * started or closed while the panel was open, answers revealed at once, or single new answers.
 */
export function roundEvents(
  previous: RoundView | null,
  next: RoundView | null,
  firstView: boolean,
): RoundEvent[] {
  if (firstView || !next) return [];
  if (!previous || previous.id !== next.id) {
    return next.status === "open" ? [{ kind: "started", prompt: roundPromptText(next) }] : [];
  }
  const events: RoundEvent[] = [];
  if (previous.answersHidden && !next.answersHidden) events.push({ kind: "revealed" });
  else events.push(...arrivals(previous, next).map((arrival) => ({ kind: "answer" as const, ...arrival })));
  if (previous.status === "open" && next.status === "closed") events.push({ kind: "closed" });
  return events;
}

/** Shortens long text for an announcement, at a character (code point) boundary. */
export function excerpt(text: string, max = 140): string {
  const characters = [...text.trim()];
  return characters.length <= max ? characters.join("") : `${characters.slice(0, max - 1).join("")}…`;
}

export type ConnectionNotice =
  | { kind: "none" }
  | { kind: "offline"; waiting: number }
  | { kind: "trouble"; waiting: number }
  | { kind: "busy"; waiting: number }
  | { kind: "volatile"; waiting: number }
  | { kind: "refused"; count: number };

/**
 * The one calm sentence the connection banner shows: offline first, then trouble reaching the API
 * (or the API asking to slow down: "busy"), then answers that only live in memory, then answers
 * the API refused.
 */
export function connectionNotice(input: {
  online: boolean;
  pollFailures: number;
  /** The last poll failed with 429. */
  pollBusy?: boolean;
  entries: readonly OutboxEntry[];
  durable: boolean;
}): ConnectionNotice {
  const waiting = input.entries.filter((entry) => entry.state === "pending").length;
  const refused = input.entries.filter((entry) => entry.state === "rejected").length;
  const sendTrouble = input.entries.some((entry) => entry.state === "pending" && entry.failure !== null);
  const sendBusy = input.entries.some((entry) => entry.state === "pending" && entry.failure?.kind === "busy");
  if (!input.online) return { kind: "offline", waiting };
  if ((input.pollFailures >= 1 && input.pollBusy) || sendBusy) return { kind: "busy", waiting };
  if (input.pollFailures >= 2 || sendTrouble) return { kind: "trouble", waiting };
  if (waiting > 0 && !input.durable) return { kind: "volatile", waiting };
  if (refused > 0) return { kind: "refused", count: refused };
  return { kind: "none" };
}

export type ExperimentPatch = { status: "running" | "done" | "dropped"; outcome?: string };

/**
 * The updates that record a check-back's outcome. The API moves an experiment only forward
 * (planned → running → done) and wants an outcome before "done", so a planned one takes two steps;
 * the outcome travels with the first step, so it is stored even if the second never arrives.
 */
export function outcomePatches(
  status: "planned" | "running" | "done" | "dropped",
  outcome: string,
  result: "done" | "dropped",
): ExperimentPatch[] {
  const text = outcome.trim();
  if (status === "done" || status === "dropped") return [];
  if (result === "dropped") return [{ status: "dropped", ...(text ? { outcome: text } : {}) }];
  return status === "planned"
    ? [{ status: "running", outcome: text }, { status: "done" }]
    : [{ status: "done", outcome: text }];
}

/** The round with an experiment the team just started from it. */
export function withExperiment(round: RoundView, experiment: ExperimentView): RoundView {
  if (experiment.roundId !== round.id || round.experiments.some((known) => known.id === experiment.id))
    return round;
  return { ...round, experiments: [...round.experiments, experiment] };
}
