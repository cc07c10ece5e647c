import type { RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { devToken, scopePath } from "../../tests/support/api-client";
import { TEAM } from "../../tests/support/api-session";
import { httpRequest, parseJson } from "./http";
import type { HttpResult } from "./http";

/** The dev fixture users who are members of the fixture team (docs/architecture.md §2); participants take turns being them. */
export const MEMBERS = ["alice", "bob", "carol"] as const;
export type Member = (typeof MEMBERS)[number];

export { TEAM };

export interface BenchApi {
  url: string;
  tokens: Record<Member, string>;
}

export async function connect(url: string): Promise<BenchApi> {
  const tokens = {} as Record<Member, string>;
  for (const user of MEMBERS) tokens[user] = (await devToken(url, user)).token;
  return { url, tokens };
}

export const roundsPath = (scope = TEAM) => `${scopePath(scope)}/rounds`;
export const roundPath = (roundId: string, scope = TEAM) =>
  `${roundsPath(scope)}/${encodeURIComponent(roundId)}`;
export const answersPath = (roundId: string, scope = TEAM) => `${roundPath(roundId, scope)}/answers`;
export const historyPath = (limit: number, scope = TEAM) => `${scopePath(scope)}/history?limit=${limit}`;

/** Starts an open round in the fixture team as alice (the organizer), in its own meeting. */
export async function startRound(api: BenchApi, scope = TEAM): Promise<RoundView> {
  const response = await httpRequest(`${api.url}/${roundsPath(scope)}`, {
    method: "POST",
    token: api.tokens.alice,
    body: { id: randomUUID(), promptId: "weekly-learning", meetingId: `bench-meeting-${randomUUID()}` },
  });
  if (response.status !== 201)
    throw new Error(`round not started: ${response.status} ${response.text.slice(0, 300)}`);
  return parseJson<RoundView>(response);
}

export function postAnswer(
  api: BenchApi,
  user: Member,
  roundId: string,
  id: string,
  text: string,
): Promise<HttpResult> {
  return httpRequest(`${api.url}/${answersPath(roundId)}`, {
    method: "POST",
    token: api.tokens[user],
    body: { id, text },
  });
}

/** Text of a realistic length (answers in the fixtures run 80–200 characters), tagged so it can be found again. */
export function answerText(tag: string, length = 140): string {
  const filler =
    "We learned that pairing on the flaky deploy script saved a day; next sprint we try a checklist before every release. ";
  const body = `${tag}: ${filler.repeat(Math.ceil(length / filler.length))}`;
  return body.slice(0, Math.max(length, tag.length + 2)).trimEnd();
}
