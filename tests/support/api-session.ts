import type { RoundView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { LocalHost } from "../../api/src/local/http-host";
import { devToken, request, scopePath } from "./api-client";
import type { TestResponse } from "./api-client";

export const TEAM = "team:dev-team";
export const CHAT = "chat:19:standup-meeting@thread.v2";
export const USERS = ["alice", "bob", "carol", "mallory", "eve"] as const;
export type User = (typeof USERS)[number];

/** A running API plus a dev token per fixture user, for tests that act as several people. */
export interface ApiSession {
  api: LocalHost;
  tokens: Record<User, string>;
  oids: Record<User, string>;
  tids: Record<User, string>;
  call<T = unknown>(
    user: User | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>>;
  startRound(scope?: string, extra?: Record<string, unknown>): Promise<RoundView>;
  answer(
    user: User,
    scope: string,
    roundId: string,
    text: string,
    extra?: Record<string, unknown>,
  ): Promise<string>;
}

/**
 * `honourRetryAfter` (default on): a 429 from the API's rate limits is waited out and sent again, as
 * the tab does, because tests send far faster than people; the rate-limit tests turn it off to see
 * the 429s themselves. A limited request never reached the handler, so sending it again is safe.
 */
export async function openSession(
  api: LocalHost,
  { honourRetryAfter = true }: { honourRetryAfter?: boolean } = {},
): Promise<ApiSession> {
  const tokens = {} as Record<User, string>;
  const oids = {} as Record<User, string>;
  const tids = {} as Record<User, string>;
  for (const user of USERS) {
    const issued = await devToken(api.url, user);
    tokens[user] = issued.token;
    oids[user] = issued.user.oid;
    tids[user] = issued.user.tid;
  }
  async function call<T = unknown>(
    user: User | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<TestResponse<T>> {
    for (;;) {
      const token = user ? tokens[user] : undefined;
      const response = await request<T>(api.url, method, path, { token, body, headers });
      if (!honourRetryAfter || response.status !== 429) return response;
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get("retry-after")) * 1000));
    }
  }
  return {
    api,
    tokens,
    oids,
    tids,
    call,
    async startRound(scope = TEAM, extra = {}) {
      const response = await call<RoundView>("alice", "POST", `${scopePath(scope)}/rounds`, {
        ...("promptText" in extra ? {} : { promptId: "weekly-learning" }),
        meetingId: `meeting-${randomUUID()}`,
        ...extra,
      });
      if (response.status !== 201) throw new Error(`round not started: ${response.status} ${response.text}`);
      return response.body;
    },
    async answer(user, scope, roundId, text, extra = {}) {
      const id = randomUUID();
      const response = await call(user, "POST", `${scopePath(scope)}/rounds/${roundId}/answers`, {
        id,
        text,
        ...extra,
      });
      if (response.status !== 201) throw new Error(`answer not stored: ${response.status} ${response.text}`);
      return id;
    },
  };
}
