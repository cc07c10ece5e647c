import {
  addDays,
  LEARNING_MODES,
  NOTIFICATION_KINDS,
  todayIn,
  weekStart,
  zonedTimeToInstant,
} from "@learning-loop/contract";
import type {
  ExperimentStatus,
  LearningMode,
  Person,
  PromptKind,
  ReactionKind,
  RevealMode,
} from "@learning-loop/contract";
import { ownerProof } from "../../api/src/answers/owner-proof";
import { DEV_CHAT_SCOPE, DEV_TEAM_SCOPE, DEV_TENANT, DEV_USERS } from "../../api/src/auth/dev-fixtures";
import type {
  AnswerDoc,
  ExperimentDoc,
  PromptDoc,
  ReactionDoc,
  RoundDoc,
  ScopeDoc,
} from "../../api/src/cosmos/documents";
import { dueOnFor } from "../../api/src/experiments/check-back";
import { PROMPT_LIBRARY } from "../../api/src/prompts/library";
import { reactionId } from "../../api/src/reactions/reaction-service";
import { SETTINGS_ID } from "../../api/src/scopes/scope-repository";
import { foldForSearch } from "../../api/src/search/normalize";
import { pick, randomFor, uuidFor } from "./random";
import { ANSWERS, EXPERIMENTS } from "./texts";
import { minutesAfter } from "./time";

/**
 * The demo history, built as the API's own documents (same shapes, `search` folded the same way,
 * anonymous answers with the real owner proof) so that everything the API does with them works:
 * search, filters, insights, export, and authors editing their anonymous answers. Pure: the same
 * options give the same documents.
 */

export type DemoDoc = RoundDoc | AnswerDoc | ReactionDoc | ExperimentDoc | PromptDoc | ScopeDoc;

export interface DemoScope {
  scope: string;
  name: string;
  timezone: string;
  /** How many weeks back from the current one; the current week counts as one. */
  weeks: number;
  /** ISO weekdays (1 = Monday) with a stand-up. */
  standupDays: readonly number[];
  /** Share of stand-up days that had a learning moment. */
  roundShare: number;
}

export interface DemoOptions {
  anonymitySecret: string;
  now?: Date;
  tenant?: string;
  scopes?: readonly DemoScope[];
}

export const DEFAULT_SCOPES: readonly DemoScope[] = [
  {
    scope: DEV_TEAM_SCOPE,
    name: "Dev team",
    timezone: "Europe/Berlin",
    weeks: 13,
    standupDays: [1, 2, 3, 4, 5],
    roundShare: 0.85,
  },
  {
    scope: DEV_CHAT_SCOPE,
    name: "Daily stand-up",
    timezone: "Europe/Berlin",
    weeks: 6,
    standupDays: [2, 4],
    roundShare: 0.9,
  },
];

const PEOPLE = DEV_USERS.filter((user) => ["alice", "bob", "carol"].includes(user.name));
const person = (user: (typeof PEOPLE)[number]): Person => ({ oid: user.oid, name: user.displayName });

/** The rotation as configured for the demo, by ISO weekday; Tuesday and Thursday walk the library. */
const FIXED: Record<number, string> = { 1: "weekly-learning", 3: "weekly-growing", 5: "weekly-next" };
const ROAMING = PROMPT_LIBRARY.filter((prompt) => prompt.kind !== "weekly");

export interface DemoData {
  docs: DemoDoc[];
  /** The scope settings documents, written only where a scope has none (a re-run keeps an owner's edits). */
  settings: ScopeDoc[];
  counts: Record<string, Record<DemoDoc["type"], number>>;
}

export function buildDemoData(options: DemoOptions): DemoData {
  const now = options.now ?? new Date();
  const tenant = options.tenant ?? DEV_TENANT;
  const docs: DemoDoc[] = [];
  const settings: ScopeDoc[] = [];
  for (const scope of options.scopes ?? DEFAULT_SCOPES) {
    const built = buildScope(scope, tenant, options.anonymitySecret, now);
    docs.push(...built.docs);
    settings.push(built.settings);
  }
  const counts: DemoData["counts"] = {};
  for (const doc of [...docs, ...settings]) {
    const perScope = (counts[doc.scope] ??= {
      round: 0,
      answer: 0,
      reaction: 0,
      experiment: 0,
      prompt: 0,
      scope: 0,
    });
    perScope[doc.type]++;
  }
  return { docs, settings, counts };
}

function buildScope(config: DemoScope, tid: string, secret: string, now: Date) {
  const { scope, timezone } = config;
  const base = { pk: `${tid}|${scope}`, tid, scope };
  const docs: DemoDoc[] = [];
  const alice = PEOPLE[0]!;

  const customPrompt: PromptDoc = {
    ...base,
    id: uuidFor(`${scope}|prompt|on-call`),
    type: "prompt",
    text: "What did this week's on-call shift teach us?",
    kind: "afterAction",
    hint: "One alert, one lesson.",
    createdBy: person(alice),
    createdAt: zonedTimeToInstant(
      addDays(weekStart(todayIn(timezone, now)), -7 * config.weeks),
      timezone,
      "10:00",
    ).toISOString(),
  };
  docs.push(customPrompt);

  const today = todayIn(timezone, now);
  const thisMonday = weekStart(today);
  let experimentIndex = 0;
  let latest: { round: RoundDoc; source: AnswerDoc } | undefined;

  for (let weeksAgo = config.weeks - 1; weeksAgo >= 0; weeksAgo--) {
    const monday = addDays(thisMonday, -7 * weeksAgo);
    for (const weekday of config.standupDays) {
      const date = addDays(monday, weekday - 1);
      // Only days before today: a re-run later the same day must write exactly the same set.
      if (date >= today) continue;
      const key = `${scope}|w${weeksAgo}|d${weekday}`;
      const random = randomFor(key);
      if (random() > config.roundShare) continue;

      const prompt =
        FIXED[weekday] !== undefined
          ? {
              id: FIXED[weekday],
              text: PROMPT_LIBRARY.find((entry) => entry.id === FIXED[weekday])!.text,
              kind: "weekly" as PromptKind,
            }
          : weekday === 4 && weeksAgo % 3 === 1
            ? { id: customPrompt.id, text: customPrompt.text, kind: customPrompt.kind! }
            : (() => {
                const entry = ROAMING[(weeksAgo * 2 + weekday) % ROAMING.length]!;
                return { id: entry.id, text: entry.text, kind: entry.kind! };
              })();

      const starter = random() < 0.7 ? alice : pick(random, PEOPLE);
      const startedAt = minutesAfter(zonedTimeToInstant(date, timezone, "09:30"), Math.floor(random() * 5));
      const revealMode: RevealMode = random() < 0.75 ? "live" : random() < 0.5 ? "afterAnswer" : "onReveal";
      const roundId = uuidFor(`${key}|round`);

      const answers: AnswerDoc[] = [];
      const reactions: ReactionDoc[] = [];
      for (const user of PEOPLE) {
        if (random() > 0.8) continue;
        const answerId = uuidFor(`${key}|answer|${user.name}`);
        const anonymous = random() < (prompt.kind === "safety" ? 0.6 : 0.15);
        const mode: LearningMode | null =
          random() < 0.65
            ? (LEARNING_MODES as readonly string[]).includes(prompt.kind) && random() < 0.7
              ? (prompt.kind as LearningMode)
              : pick(random, LEARNING_MODES)
            : null;
        const createdAt = minutesAfter(startedAt, 1 + answers.length * 2 + Math.floor(random() * 2));
        const text = pick(random, ANSWERS[prompt.kind]);
        const edited = random() < 0.1;
        const answer: AnswerDoc = {
          ...base,
          id: answerId,
          type: "answer",
          roundId,
          roundAt: startedAt.toISOString(),
          text,
          mode,
          anonymous,
          author: anonymous ? null : person(user),
          ownerProof: anonymous ? ownerProof(secret, tid, user.oid, answerId) : null,
          createdAt: createdAt.toISOString(),
          editedAt: edited ? minutesAfter(createdAt, 3).toISOString() : null,
          reactions: { "me-too": 0, insightful: 0 },
          rev: edited ? 2 : 1,
          search: foldForSearch(text),
        };
        for (const other of PEOPLE) {
          if (other === user) continue;
          for (const kind of ["me-too", "insightful"] as ReactionKind[]) {
            if (random() > (kind === "me-too" ? 0.3 : 0.2)) continue;
            answer.reactions[kind]++;
            reactions.push({
              ...base,
              id: reactionId(answerId, other.oid, kind),
              type: "reaction",
              roundId,
              roundAt: startedAt.toISOString(),
              answerId,
              kind,
              oid: other.oid,
              createdAt: minutesAfter(createdAt, 2).toISOString(),
            });
          }
        }
        answers.push(answer);
      }

      const round: RoundDoc = {
        ...base,
        id: roundId,
        roundId,
        roundAt: startedAt.toISOString(),
        type: "round",
        promptId: prompt.id,
        promptText: prompt.text,
        kind: prompt.kind,
        meetingId: `dev-meeting-${scope.replace(/[^A-Za-z0-9]/g, "-")}`,
        startedBy: person(starter),
        startedAt: startedAt.toISOString(),
        closedAt: minutesAfter(startedAt, 12).toISOString(),
        status: "closed",
        revealMode,
        revealed: revealMode === "onReveal",
        answerCount: answers.length,
        // Every visible change bumped it once: start, each answer, each reaction, a reveal, the close.
        version: 2 + answers.length + reactions.length + (revealMode === "onReveal" ? 1 : 0),
        search: foldForSearch(prompt.text),
      };
      docs.push(round, ...answers, ...reactions);

      // Roughly every third round with answers turns one of them into an experiment.
      const source = answers[0];
      if (source && (prompt.kind === "experimental" || prompt.id === "weekly-next" || random() < 0.15)) {
        docs.push(experimentFrom(experimentIndex++, round, source, base, { today, timezone, now }));
      }
      if (source) latest = { round, source };
    }
  }
  // The newest stand-up always planned something, so every status is on the board whatever the day.
  if (latest && !docs.some((doc) => doc.type === "experiment" && doc.roundId === latest!.round.id)) {
    docs.push(experimentFrom(experimentIndex, latest.round, latest.source, base, { today, timezone, now }));
  }

  const settings: ScopeDoc = {
    ...base,
    id: SETTINGS_ID,
    type: "scope",
    name: config.name,
    // Sunday first, as stored: the weekly questions on Monday, Wednesday and Friday.
    rotation: [
      "weekly-learning",
      "weekly-learning",
      "ctx-customer",
      "weekly-growing",
      customPrompt.id,
      "weekly-next",
      "weekly-next",
    ],
    revealMode: "live",
    anonymousDefault: false,
    timezone,
    retentionDays: null,
    notifications: Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, true]),
    ) as ScopeDoc["notifications"],
    updatedAt: now.toISOString(),
    rev: 1,
  };
  return { docs, settings };
}

function experimentFrom(
  index: number,
  round: RoundDoc,
  source: AnswerDoc,
  base: { pk: string; tid: string; scope: string },
  at: { today: string; timezone: string; now: Date },
): ExperimentDoc {
  const idea = EXPERIMENTS[index % EXPERIMENTS.length]!;
  const random = randomFor(`${round.id}|experiment`);
  const created = minutesAfter(new Date(round.startedAt), 10);
  const createdDay = todayIn(at.timezone, created);
  const ageDays = Math.round(
    (new Date(`${at.today}T00:00:00Z`).getTime() - new Date(`${createdDay}T00:00:00Z`).getTime()) /
      86_400_000,
  );
  // Older experiments have had time to close; recent ones are still planned or running.
  const status: ExperimentStatus =
    ageDays > 35
      ? random() < 0.7
        ? "done"
        : "dropped"
      : ageDays > 14
        ? pick(random, ["running", "done", "done", "dropped"] as const)
        : ageDays > 6
          ? pick(random, ["running", "running", "planned"] as const)
          : "planned";
  const owner = source.author ?? person(pick(random, PEOPLE));
  // One to four weeks after it was set, or "next stand-up" for the newest: open ones past it are due now.
  // Experiments still running after two weeks are the overdue ones the next stand-up should revisit.
  const checkBackAt =
    ageDays <= 3
      ? "next-standup"
      : addDays(createdDay, status === "running" && ageDays > 14 ? 7 : pick(random, [7, 14, 21, 28]));
  const closed = status === "done" || status === "dropped";
  const closedAt = closed
    ? minutesAfter(created, 60 * 24 * Math.min(ageDays - 1, 10 + Math.floor(random() * 10)))
    : null;
  const outcome =
    status === "done" ? idea.done : status === "dropped" && random() < 0.7 ? idea.dropped : null;
  const updatedAt = closedAt ?? (status === "running" ? minutesAfter(created, 60 * 24) : created);
  return {
    ...base,
    id: uuidFor(`${round.id}|experiment`),
    type: "experiment",
    text: idea.text,
    owner: { oid: owner.oid, name: owner.name },
    checkBackAt,
    dueOn: dueOnFor(checkBackAt, created, at.timezone),
    status,
    outcome,
    sourceAnswerId: source.id,
    roundId: round.id,
    roundAt: round.startedAt,
    createdBy: round.startedBy,
    createdAt: created.toISOString(),
    updatedAt: updatedAt.toISOString(),
    closedAt: closedAt?.toISOString() ?? null,
    rev: status === "planned" ? 1 : status === "running" ? 2 : 3,
    search: foldForSearch(status === "planned" ? idea.text : `${idea.text}\n${outcome ?? ""}`),
  };
}
