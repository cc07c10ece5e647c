import type { AnswerView, ExperimentView, RoundView } from "@learning-loop/contract";

/** The views the cards are made from, as the API would hand them over; tests override what they test. */

export const CARD_ROUND_ID = "11111111-2222-4333-8444-555555555555";

export const answerView = (overrides: Partial<AnswerView>): AnswerView => ({
  id: "a",
  roundId: CARD_ROUND_ID,
  text: "An answer",
  mode: null,
  anonymous: false,
  author: { oid: "b0b00000-0000-4000-8000-000000000002", name: "Bob Example" },
  mine: false,
  createdAt: "2026-11-23T09:00:00.000Z",
  editedAt: null,
  reactions: { "me-too": 0, insightful: 0 },
  myReactions: [],
  etag: '"1"',
  question: null,
  ...overrides,
});

export const experimentView = (text: string, owner = "Carol Example"): ExperimentView => ({
  id: "e",
  text,
  owner: { oid: null, name: owner },
  checkBackAt: "2026-12-01",
  status: "planned",
  outcome: null,
  sourceAnswerId: null,
  roundId: CARD_ROUND_ID,
  createdBy: { oid: null, name: owner },
  createdAt: "2026-11-23T09:00:00.000Z",
  updatedAt: "2026-11-23T09:00:00.000Z",
  closedAt: null,
  due: false,
  etag: '"1"',
});

export const roundView = (
  promptText: string,
  answers: AnswerView[],
  experiments: ExperimentView[] = [],
): RoundView => ({
  id: CARD_ROUND_ID,
  scope: "team:dev-team",
  promptId: null,
  promptText,
  kind: null,
  meetingId: null,
  status: "closed",
  revealMode: "live",
  revealed: true,
  startedBy: { oid: "a", name: "Alice" },
  startedAt: "2026-11-23T09:00:00.000Z",
  closedAt: "2026-11-23T09:05:00.000Z",
  answerCount: answers.length,
  canManage: true,
  answersHidden: false,
  answers,
  experiments,
  review: null,
  etag: '"1"',
});
