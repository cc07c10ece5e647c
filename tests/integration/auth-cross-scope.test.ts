import type {
  CurrentPulseResponse,
  ExperimentView,
  PromptView,
  RoundView,
  ScopeView,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../api/src/config";
import type { LocalHost } from "../../api/src/local/http-host";
import type { Route } from "../../api/src/http/route";
import { createRoutes } from "../../api/src/routes";
import { createServices } from "../../api/src/services";
import { scopePath } from "../support/api-client";
import { openSession } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi } from "../support/stack";

/**
 * The cross-scope matrix (dev mode): for EVERY route of api/src/routes.ts, mallory (same tenant,
 * other team) and eve (other tenant) go after alice's `team:dev-team` — reads and writes, with
 * alice's real ids and valid bodies, so that a missing check would succeed — and get 403 or 404,
 * and none of alice's data appears in anything they get back. The route table is read at run time:
 * a route added later is covered by a generic request until it gets a case of its own.
 */

const TEAM = "team:dev-team";
const OWN_SCOPE: Record<Attacker, string> = { mallory: "team:other-team", eve: "team:eve-team" };
type Attacker = "mallory" | "eve";
const ATTACKERS: Attacker[] = ["mallory", "eve"];

interface Alice {
  roundId: string;
  answerId: string;
  answerEtag: string;
  experimentId: string;
  experimentEtag: string;
  scopeEtag: string;
  pulseId: string;
  /** A lesson alice published to the tenant feed: every team of her tenant may read and adopt it. */
  lessonId: string;
  lessonText: string;
  promptId: string;
  promptEtag: string;
  secrets: string[];
}

interface Attempt {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

let s: ApiSession;
let routes: Route[];
let alice: Alice;

beforeAll(async () => {
  const api: LocalHost = await startApi(inject("cosmosEndpoint"));
  s = await openSession(api);
  const services = await createServices(loadConfig({ AUTH_MODE: "dev" }));
  routes = createRoutes(services);

  const tag = randomUUID().slice(0, 8);
  const secrets = {
    name: `Alice's team ${tag}`,
    prompt: `What did alice's team learn in secret ${tag}?`,
    customPrompt: `Alice's custom prompt ${tag}`,
    answer: `Alice's private answer ${tag}`,
    anonymous: `Bob's anonymous answer ${tag}`,
    experiment: `Alice's experiment ${tag}`,
  };
  const settings = await s.call<ScopeView>(
    "alice",
    "PUT",
    scopePath(TEAM),
    { name: secrets.name },
    { "if-match": '"0"' },
  );
  expect(settings.status).toBe(200);
  const prompt = await s.call<PromptView>("alice", "POST", `${scopePath(TEAM)}/prompts`, {
    text: secrets.customPrompt,
  });
  expect(prompt.status).toBe(201);
  const round = await s.startRound(TEAM, { promptText: secrets.prompt });
  const answerId = await s.answer("alice", TEAM, round.id, secrets.answer);
  await s.answer("bob", TEAM, round.id, secrets.anonymous, { anonymous: true });
  expect(
    (await s.call("bob", "PUT", `${scopePath(TEAM)}/rounds/${round.id}/answers/${answerId}/reactions/me-too`))
      .status,
  ).toBe(204);
  const view = await s.call<RoundView>("alice", "GET", `${scopePath(TEAM)}/rounds/${round.id}`);
  const experiment = await s.call<ExperimentView>("alice", "POST", `${scopePath(TEAM)}/experiments`, {
    id: randomUUID(),
    text: secrets.experiment,
    roundId: round.id,
    sourceAnswerId: answerId,
  });
  expect(experiment.status).toBe(201);
  await s.call("alice", "POST", `${scopePath(TEAM)}/pulses`, { id: randomUUID() });
  const pulse = await s.call<CurrentPulseResponse>("alice", "GET", `${scopePath(TEAM)}/pulse`);
  expect(pulse.body.pulse).not.toBeNull();
  const pulseId = pulse.body.pulse!.id;
  // A lesson for the whole tenant, from an answer meant to travel (its text is no secret).
  const lessonText = `A lesson for every team ${tag}`;
  const lessonAnswer = await s.answer("alice", TEAM, round.id, lessonText);
  const lessonId = randomUUID();
  expect(
    (
      await s.call("alice", "POST", `${scopePath(TEAM)}/lessons`, {
        id: lessonId,
        source: { kind: "answer", id: lessonAnswer },
        // The team's name is one of alice's secrets here: the lesson leaves it off.
        hideTeam: true,
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await s.call("bob", "PUT", `${scopePath(TEAM)}/pulses/${pulseId}/response`, {
        scores: { mistakes: 4, problems: 4, risk: 4, help: 4, valued: 4 },
      })
    ).status,
  ).toBe(200);
  alice = {
    roundId: round.id,
    answerId,
    answerEtag: view.body.answers.find((answer) => answer.id === answerId)!.etag,
    experimentId: experiment.body.id,
    experimentEtag: experiment.body.etag,
    scopeEtag: settings.body.etag,
    pulseId,
    lessonId,
    lessonText,
    promptId: prompt.body.id,
    promptEtag: prompt.body.etag!,
    secrets: [...Object.values(secrets), s.oids.alice, s.oids.bob, "Alice Example", "Bob Example"],
  };
});
afterAll(() => s?.api.close());

/** Valid requests for each route, aimed at `scope` with alice's ids. */
function attemptsFor(route: Route, scope: string, user: Attacker): Attempt[] {
  const base = scopePath(scope);
  const round = `${base}/rounds/${alice.roundId}`;
  const answer = `${round}/answers/${alice.answerId}`;
  switch (route.name) {
    case "getScope":
      return [{ method: "GET", path: base }];
    case "updateScope":
      return [
        { method: "PUT", path: base, body: { name: "Taken over" }, headers: { "if-match": alice.scopeEtag } },
      ];
    case "deleteScope":
      return [{ method: "DELETE", path: base, headers: { "if-match": alice.scopeEtag } }];
    case "listPrompts":
      return [{ method: "GET", path: `${base}/prompts` }];
    case "addPrompt":
      return [{ method: "POST", path: `${base}/prompts`, body: { text: "An injected prompt" } }];
    case "updatePrompt":
      return [
        {
          method: "PATCH",
          path: `${base}/prompts/${alice.promptId}`,
          body: { text: "Taken over" },
          headers: { "if-match": alice.promptEtag },
        },
      ];
    case "removePrompt":
      return [
        {
          method: "DELETE",
          path: `${base}/prompts/${alice.promptId}`,
          headers: { "if-match": alice.promptEtag },
        },
      ];
    case "startRound":
      return [
        { method: "POST", path: `${base}/rounds`, body: { id: randomUUID(), promptId: "weekly-learning" } },
      ];
    case "currentRound":
      return [{ method: "GET", path: `${base}/rounds/current` }];
    case "getRound":
      return [{ method: "GET", path: round }];
    case "closeRound":
      return [{ method: "POST", path: `${round}/close` }];
    case "revealRound":
      return [{ method: "POST", path: `${round}/reveal` }];
    case "submitAnswer":
      return [
        { method: "POST", path: `${round}/answers`, body: { id: randomUUID(), text: "Injected" } },
        // Replaying alice's answer id is how a create would leak the stored content.
        { method: "POST", path: `${round}/answers`, body: { id: alice.answerId, text: "Injected" } },
      ];
    case "editAnswer":
      return [
        {
          method: "PATCH",
          path: answer,
          body: { text: "Rewritten" },
          headers: { "if-match": alice.answerEtag },
        },
      ];
    case "deleteAnswer":
      return [{ method: "DELETE", path: answer, headers: { "if-match": alice.answerEtag } }];
    case "reaction":
      return route.methods.map((method) => ({ method, path: `${answer}/reactions/me-too` }));
    case "history":
      return [
        { method: "GET", path: `${base}/history` },
        { method: "GET", path: `${base}/history?q=${encodeURIComponent("private")}` },
      ];
    case "listExperiments":
      return [{ method: "GET", path: `${base}/experiments` }];
    case "createExperiment":
      return [
        {
          method: "POST",
          path: `${base}/experiments`,
          body: {
            id: alice.experimentId,
            text: "Injected",
            roundId: alice.roundId,
            sourceAnswerId: alice.answerId,
          },
        },
      ];
    case "updateExperiment":
      return [
        {
          method: "PATCH",
          path: `${base}/experiments/${alice.experimentId}`,
          body: { status: "dropped" },
          headers: { "if-match": alice.experimentEtag },
        },
      ];
    case "insights":
      return [{ method: "GET", path: `${base}/insights?weeks=4` }];
    case "exportScope":
      return [
        { method: "GET", path: `${base}/export?format=json` },
        { method: "GET", path: `${base}/export?format=csv` },
      ];
    case "eraseMyData":
      return [{ method: "DELETE", path: `me/data?scope=${encodeURIComponent(scope)}` }];
    case "getPulse":
      return [{ method: "GET", path: `${base}/pulse` }];
    case "startPulse":
      return [
        { method: "POST", path: `${base}/pulses`, body: { id: randomUUID() } },
        // Replaying alice's pulse id is how a start would leak the stored pulse.
        { method: "POST", path: `${base}/pulses`, body: { id: alice.pulseId } },
      ];
    case "pulseResults":
      return [{ method: "GET", path: `${base}/pulses/results` }];
    case "respondToPulse":
      return [
        {
          method: "PUT",
          path: `${base}/pulses/${alice.pulseId}/response`,
          body: { scores: { mistakes: 1, problems: 1, risk: 1, help: 1, valued: 1 } },
        },
      ];
    case "closePulse":
      return [{ method: "POST", path: `${base}/pulses/${alice.pulseId}/close` }];
    case "publishLesson":
      // Publishing alice's answer from anywhere but her own authorship is refused.
      return [
        {
          method: "POST",
          path: `${base}/lessons`,
          body: { id: randomUUID(), source: { kind: "answer", id: alice.answerId } },
        },
      ];
    case "unpublishLesson":
      return [{ method: "DELETE", path: `${base}/lessons/${alice.lessonId}` }];
    case "lessonFeed":
      return [
        { method: "GET", path: "lessons" },
        { method: "GET", path: `lessons?q=${encodeURIComponent("private")}` },
      ];
    case "lesson":
      return [{ method: "GET", path: `lessons/${alice.lessonId}` }];
    case "adoptLesson":
      return [
        {
          method: "POST",
          path: `lessons/${alice.lessonId}/adoptions`,
          body: { scope, id: randomUUID() },
        },
      ];
    case "health":
      return [{ method: "GET", path: "health" }];
    case "devToken":
      return [{ method: "GET", path: `dev/token?user=${user}` }];
    default:
      return genericAttempts(route, scope);
  }
}

/** A route without a case of its own: every method, alice's ids in every parameter, an empty JSON body. */
function genericAttempts(route: Route, scope: string): Attempt[] {
  const ids: Record<string, string> = {
    scope: encodeURIComponent(scope),
    roundId: alice.roundId,
    answerId: alice.answerId,
    id: alice.experimentId,
    kind: "me-too",
  };
  const path = route.route.replace(/\{(\w+)\}/g, (_match, name: string) => ids[name] ?? alice.roundId);
  return route.methods.map((method) => ({ method, path, ...(method === "GET" ? {} : { body: {} }) }));
}

/** Routes open to anyone signed in (or to no one's data): what they may answer instead of 403/404. */
const NOT_SCOPED: Record<string, number[]> = {
  health: [200, 503],
  devToken: [200],
  // Erasure touches only the caller's own items, so it succeeds; alice's data is checked after.
  eraseMyData: [200],
  // Lists only what the caller owns; alice's experiments must not appear (checked as leaks).
  myExperiments: [200],
  // The caller's own tenant's feed and their own rights in it; alice's secrets must not appear.
  lessonFeed: [200],
  lessonsAccess: [200],
};

/**
 * Lessons travel between the teams of one tenant by design: a person of alice's tenant reads and
 * adopts her lesson into their own team; a person of another tenant finds no such lesson.
 */
const TENANT_WIDE: Record<string, { sameTenant: number[]; otherTenant: number[] }> = {
  lesson: { sameTenant: [200], otherTenant: [404] },
  adoptLesson: { sameTenant: [201], otherTenant: [404] },
  // Unpublishing from one's own team: alice's lesson is not of it (404); in another tenant her id
  // is unknown, and unpublishing an unknown lesson is done already (204), as for any id.
  unpublishLesson: { sameTenant: [404], otherTenant: [204] },
};
const SAME_TENANT: Record<Attacker, boolean> = { mallory: true, eve: false };

const KNOWN = new Set([
  ...Object.keys(NOT_SCOPED),
  ...["getScope", "updateScope", "deleteScope", "listPrompts", "addPrompt", "startRound", "currentRound"],
  ...["updatePrompt", "removePrompt"],
  ...["getRound", "closeRound", "revealRound", "submitAnswer", "editAnswer", "deleteAnswer", "reaction"],
  ...["history", "listExperiments", "createExperiment", "updateExperiment", "insights", "exportScope"],
  ...["getPulse", "startPulse", "pulseResults", "respondToPulse", "closePulse", "listMembers"],
]);

function expectedStatuses(route: Route, attacker: Attacker, scope: string): number[] {
  if (NOT_SCOPED[route.name]) return NOT_SCOPED[route.name]!;
  const tenantWide = TENANT_WIDE[route.name];
  if (tenantWide && route.name === "lesson") {
    return SAME_TENANT[attacker] ? tenantWide.sameTenant : tenantWide.otherTenant;
  }
  // Adopting into alice's team needs membership of it; into the attacker's own, see TENANT_WIDE.
  if (tenantWide && scope === TEAM) return [403];
  if (tenantWide) return SAME_TENANT[attacker] ? tenantWide.sameTenant : tenantWide.otherTenant;
  // A user-token route checks membership first; a route added later may authenticate otherwise
  // (the bot, HMAC-signed events) and refuse with 401.
  if (KNOWN.has(route.name)) return [403];
  return route.route.includes("{scope}") ? [401, 403, 404] : [400, 401, 403, 404, 405];
}

describe("cross-scope matrix over every route", () => {
  it("covers the whole route table", () => {
    expect(routes.length).toBeGreaterThanOrEqual(KNOWN.size);
    for (const route of routes) expect(attemptsFor(route, TEAM, "mallory").length).toBeGreaterThan(0);
  });

  for (const attacker of ATTACKERS) {
    it(`${attacker} gets 403 on alice's team:dev-team for every route, and sees none of her data`, async () => {
      const failures: string[] = [];
      for (const route of routes) {
        for (const attempt of attemptsFor(route, TEAM, attacker)) {
          const response = await s.call(
            attacker,
            attempt.method,
            attempt.path,
            attempt.body,
            attempt.headers,
          );
          const label = `${route.name}: ${attempt.method} /api/${attempt.path} → ${response.status}`;
          if (!expectedStatuses(route, attacker, TEAM).includes(response.status))
            failures.push(`${label} (unexpected status)`);
          const leaked = alice.secrets.filter((secret) => response.text.includes(secret));
          if (leaked.length) failures.push(`${label} leaked ${leaked.join(", ")}`);
          const headers = JSON.stringify([...response.headers]);
          if (alice.secrets.some((secret) => headers.includes(secret)))
            failures.push(`${label} leaked in headers`);
        }
      }
      expect(failures).toEqual([]);
    });

    it(`${attacker} finds none of alice's ids in their own scope`, async () => {
      const failures: string[] = [];
      for (const route of routes.filter((r) => /\{(roundId|answerId|id)\}/.test(r.route))) {
        for (const attempt of attemptsFor(route, OWN_SCOPE[attacker], attacker)) {
          const response = await s.call(
            attacker,
            attempt.method,
            attempt.path,
            attempt.body,
            attempt.headers,
          );
          const label = `${route.name}: ${attempt.method} /api/${attempt.path} → ${response.status}`;
          const expected = TENANT_WIDE[route.name]
            ? expectedStatuses(route, attacker, OWN_SCOPE[attacker])
            : [404];
          if (!expected.includes(response.status))
            failures.push(`${label} (expected ${expected.join(" or ")})`);
          if (alice.secrets.some((secret) => response.text.includes(secret)))
            failures.push(`${label} leaked`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it("left alice's data exactly as it was", async () => {
    const round = await s.call<RoundView>("alice", "GET", `${scopePath(TEAM)}/rounds/${alice.roundId}`);
    expect(round.status).toBe(200);
    expect(round.body.status).toBe("open");
    expect(round.body.answers.map((answer) => answer.text).sort()).toEqual(
      [alice.secrets[3], alice.secrets[4], alice.lessonText].sort(),
    );
    const mine = round.body.answers.find((answer) => answer.id === alice.answerId)!;
    expect(mine.etag).toBe(alice.answerEtag);
    const scope = await s.call<ScopeView>("alice", "GET", scopePath(TEAM));
    expect(scope.body).toMatchObject({ name: alice.secrets[0], etag: alice.scopeEtag });
    const experiments = await s.call<{ items: ExperimentView[] }>(
      "alice",
      "GET",
      `${scopePath(TEAM)}/experiments`,
    );
    expect(experiments.body.items).toHaveLength(1);
    expect(experiments.body.items[0]).toMatchObject({ id: alice.experimentId, etag: alice.experimentEtag });
    const history = await s.call<{ items: RoundView[] }>("alice", "GET", `${scopePath(TEAM)}/history`);
    expect(history.body.items.map((item) => item.id)).toEqual([alice.roundId]);
    const pulse = await s.call<CurrentPulseResponse>("bob", "GET", `${scopePath(TEAM)}/pulse`);
    expect(pulse.body.pulse).toMatchObject({ id: alice.pulseId, status: "open", responded: true });
    expect((await s.call("alice", "GET", `lessons/${alice.lessonId}`)).status).toBe(200);
    expect(pulse.body.pulse?.myScores).toEqual({ mistakes: 4, problems: 4, risk: 4, help: 4, valued: 4 });
  });
});
