import { CosmosClient } from "@azure/cosmos";
import type { Container } from "@azure/cosmos";
import type {
  AnswerView,
  ExperimentView,
  ExperimentsResponse,
  Problem,
  RoundView,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import https from "node:https";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../api/src/config";
import { openContainer } from "../../api/src/cosmos/container";
import type { ExperimentDoc, ScopeDoc } from "../../api/src/cosmos/documents";
import { addDays, todayIn } from "@learning-loop/contract";
import { LOCAL_COSMOS_KEY } from "../../api/src/local/cosmos-server";
import type { LocalCosmos } from "../../api/src/local/cosmos-server";
import type { LocalHost } from "../../api/src/local/http-host";
import { defaultSettings } from "../../api/src/scopes/scope-settings";
import { devToken, request, scopePath } from "../support/api-client";
import { startApi, startCosmos } from "../support/stack";

const TEAM = "team:dev-team";
const CHAT = "chat:19:standup-meeting@thread.v2";
const EVE_TEAM = "team:eve-team";
const DEV_TENANT = "11111111-1111-4111-8111-111111111111";
const OTHER_TENANT = "22222222-2222-4222-8222-222222222222";
const oids = {
  alice: "a11ce000-0000-4000-8000-000000000001",
  bob: "b0b00000-0000-4000-8000-000000000002",
  carol: "ca201000-0000-4000-8000-000000000003",
};

let api: LocalHost;
let client: CosmosClient;
let items: Container;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  const endpoint = inject("cosmosEndpoint");
  const database = `test-${randomUUID()}`;
  api = await startApi(endpoint, { env: { COSMOS_DATABASE: database } });
  for (const user of ["alice", "bob", "carol", "mallory", "eve"])
    tokens[user] = (await devToken(api.url, user)).token;
  client = new CosmosClient({
    endpoint,
    key: LOCAL_COSMOS_KEY,
    agent: new https.Agent({ rejectUnauthorized: false }),
    connectionPolicy: { enableEndpointDiscovery: false },
  });
  // The API creates the database on first use; make sure that happened before writing beside it.
  await call("alice", "GET", `${scopePath(TEAM)}/experiments`);
  items = client.database(database).container("items");
});
afterAll(async () => {
  client.dispose();
  await api.close();
});

const call = <T>(
  user: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => request<T>(api.url, method, path, { token: user ? tokens[user] : undefined, body, headers });

const experimentsPath = (scope = TEAM) => `${scopePath(scope)}/experiments`;

async function create(user: string, fields: Record<string, unknown>, scope = TEAM): Promise<ExperimentView> {
  const response = await call<ExperimentView>(user, "POST", experimentsPath(scope), {
    id: randomUUID(),
    ...fields,
  });
  expect(response.status, response.text).toBe(201);
  return response.body;
}

const patch = <T = ExperimentView>(
  user: string,
  experiment: { id: string },
  body: unknown,
  etag?: string,
  scope = TEAM,
) =>
  call<T>(
    user,
    "PATCH",
    `${experimentsPath(scope)}/${experiment.id}`,
    body,
    etag ? { "if-match": etag } : {},
  );

async function list(user: string, query = "", scope = TEAM): Promise<ExperimentView[]> {
  const response = await call<ExperimentsResponse>(user, "GET", `${experimentsPath(scope)}${query}`);
  expect(response.status, response.text).toBe(200);
  return response.body.items;
}

async function roundWithAnswer(
  scope = TEAM,
  starter = "alice",
  answerer = "bob",
): Promise<{ round: RoundView; answer: AnswerView }> {
  const started = await call<RoundView>(starter, "POST", `${scopePath(scope)}/rounds`, {
    promptId: "weekly-learning",
    meetingId: `meeting-${randomUUID()}`,
  });
  expect(started.status).toBe(201);
  const answered = await call<AnswerView>(
    answerer,
    "POST",
    `${scopePath(scope)}/rounds/${started.body.id}/answers`,
    {
      id: randomUUID(),
      text: "Reviews wait too long",
    },
  );
  expect(answered.status).toBe(201);
  return { round: started.body, answer: answered.body };
}

const fields = (problem: Problem) => problem.errors?.map((error) => error.field) ?? [];

describe("creating experiments", () => {
  it("turns an answer into an experiment, taking the round from the answer; replays are idempotent", async () => {
    const { round, answer } = await roundWithAnswer();
    const body = {
      id: randomUUID(),
      text: "Pair on every review",
      checkBackAt: "next-standup",
      sourceAnswerId: answer.id,
    };
    const first = await call<ExperimentView>("carol", "POST", experimentsPath(), body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: body.id,
      text: "Pair on every review",
      status: "planned",
      outcome: null,
      sourceAnswerId: answer.id,
      roundId: round.id,
      owner: { oid: oids.carol, name: "Carol Example" },
      createdBy: { oid: oids.carol, name: "Carol Example" },
      closedAt: null,
      due: false,
    });
    expect(first.headers.get("etag")).toBe(first.body.etag);

    const replay = await call<ExperimentView>("carol", "POST", experimentsPath(), body);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get("etag")).toBe(first.body.etag);

    const other = await call<Problem>("carol", "POST", experimentsPath(), {
      ...body,
      text: "Something else",
    });
    expect(other.status).toBe(409);
    expect(fields(other.body)).toEqual(["id"]);
    const byBob = await call<Problem>("bob", "POST", experimentsPath(), body);
    expect(byBob.status).toBe(409);
    expect((await list("alice")).filter((item) => item.id === body.id)).toHaveLength(1);
  });

  it("takes an owner by name (no oid) or as a person, and checks a given round", async () => {
    const { round, answer } = await roundWithAnswer();
    const byName = await create("bob", {
      text: "Try a demo Friday",
      owner: "Dana from Design",
      roundId: round.id,
    });
    expect(byName).toMatchObject({
      owner: { oid: null, name: "Dana from Design" },
      roundId: round.id,
      sourceAnswerId: null,
    });
    const asPerson = await create("bob", {
      text: "Write the ADR first",
      owner: { oid: oids.alice, name: "Alice Example" },
      sourceAnswerId: answer.id,
      roundId: round.id,
    });
    expect(asPerson.owner).toEqual({ oid: oids.alice, name: "Alice Example" });
  });

  it("refuses an answer or round that does not exist here, naming the field", async () => {
    const here = await roundWithAnswer();
    const elsewhere = await roundWithAnswer(CHAT);
    const otherTenant = await roundWithAnswer(EVE_TEAM, "eve", "eve");
    const other = await roundWithAnswer();
    const cases: [Record<string, unknown>, string][] = [
      [{ sourceAnswerId: randomUUID() }, "sourceAnswerId"],
      [{ roundId: randomUUID() }, "roundId"],
      [{ sourceAnswerId: elsewhere.answer.id }, "sourceAnswerId"],
      [{ roundId: elsewhere.round.id }, "roundId"],
      [{ sourceAnswerId: otherTenant.answer.id }, "sourceAnswerId"],
      [{ roundId: otherTenant.round.id }, "roundId"],
      [{ sourceAnswerId: here.round.id }, "sourceAnswerId"],
      [{ sourceAnswerId: here.answer.id, roundId: other.round.id }, "roundId"],
    ];
    for (const [extra, field] of cases) {
      const response = await call<Problem>("bob", "POST", experimentsPath(), {
        id: randomUUID(),
        text: "x",
        ...extra,
      });
      expect(response.status, JSON.stringify(extra)).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(fields(response.body)).toEqual([field]);
    }
  });
});

describe("updating experiments", () => {
  it("moves through the loop: planned → running → done with an outcome", async () => {
    const experiment = await create("alice", { text: "Timebox stand-up to 10 minutes" });
    const running = await patch("bob", experiment, { status: "running" }, experiment.etag);
    expect(running.status).toBe(200);
    expect(running.body).toMatchObject({ status: "running", closedAt: null });
    expect(running.headers.get("etag")).toBe(running.body.etag);
    expect(running.body.etag).not.toBe(experiment.etag);

    const back = await patch<Problem>("bob", experiment, { status: "planned" }, running.body.etag);
    expect(back.status).toBe(409);
    expect(fields(back.body)).toEqual(["status"]);

    const bare = await patch<Problem>("carol", experiment, { status: "done" }, running.body.etag);
    expect(bare.status).toBe(400);
    expect(fields(bare.body)).toEqual(["outcome"]);

    const done = await patch(
      "carol",
      experiment,
      { status: "done", outcome: "Stand-ups end on time" },
      running.body.etag,
    );
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: "done", outcome: "Stand-ups end on time" });
    expect(done.body.closedAt).not.toBeNull();

    const reopened = await patch<Problem>("alice", experiment, { status: "running" }, done.body.etag);
    expect(reopened.status).toBe(409);
    expect(fields(reopened.body)).toEqual(["status"]);
  });

  it.each([
    ["planned", "done"],
    ["dropped", "running"],
  ])("refuses %s → %s", async (from, to) => {
    let experiment = await create("bob", { text: `from ${from}` });
    if (from !== "planned")
      experiment = (await patch("bob", experiment, { status: from }, experiment.etag)).body;
    const response = await patch<Problem>(
      "bob",
      experiment,
      { status: to, outcome: "whatever" },
      experiment.etag,
    );
    expect(response.status).toBe(409);
    expect(fields(response.body)).toEqual(["status"]);
  });

  it("drops a planned experiment and closes it", async () => {
    const experiment = await create("bob", { text: "Try mob programming" });
    const dropped = await patch("carol", experiment, { status: "dropped" }, experiment.etag);
    expect(dropped.status).toBe(200);
    expect(dropped.body.closedAt).not.toBeNull();
  });

  it("needs a current If-Match: 428 without one, 412 with a stale one, 404 for no such experiment", async () => {
    const experiment = await create("bob", { text: "Rotate the facilitator" });
    const missing = await patch<Problem>("bob", experiment, { text: "Rotate the facilitator weekly" });
    expect(missing.status).toBe(428);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    const updated = await patch(
      "bob",
      experiment,
      { text: "Rotate the facilitator weekly" },
      experiment.etag,
    );
    expect(updated.status).toBe(200);
    const stale = await patch<Problem>("carol", experiment, { owner: "Carol" }, experiment.etag);
    expect(stale.status).toBe(412);
    expect(stale.headers.get("content-type")).toContain("application/problem+json");
    expect((await patch("bob", { id: randomUUID() }, { text: "x" }, '"1"')).status).toBe(404);
    expect((await patch("bob", { id: "not-a-uuid" }, { text: "x" }, '"1"')).status).toBe(404);
  });

  it("keeps the ETag when an update changes nothing", async () => {
    const experiment = await create("bob", { text: "Same again" });
    const same = await patch("bob", experiment, { text: "Same again", status: "planned" }, experiment.etag);
    expect(same.status).toBe(200);
    expect(same.body.etag).toBe(experiment.etag);
  });

  it("lets exactly one of two concurrent updates with the same ETag win", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const experiment = await create("alice", { text: `race ${attempt}` });
      const results = await Promise.all([
        patch("bob", experiment, { text: "bob's words" }, experiment.etag),
        patch("carol", experiment, { text: "carol's words" }, experiment.etag),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual([200, 412]);
      const winner = results.find((result) => result.status === 200)!.body;
      const stored = (await list("alice")).find((item) => item.id === experiment.id);
      expect(stored).toMatchObject({ text: winner.text, etag: winner.etag });
    }
  });
});

describe("listing and due check-backs", () => {
  it("lists newest first with an etag on every item, and filters by status", async () => {
    const older = await create("bob", { text: "older" });
    const newer = await create("bob", { text: "newer" });
    await patch("bob", newer, { status: "running" }, newer.etag);
    const all = (await list("carol")).map((item) => item.id);
    expect(all.indexOf(newer.id)).toBeLessThan(all.indexOf(older.id));
    expect(all.indexOf(older.id)).toBeGreaterThanOrEqual(0);
    const running = await list("carol", "?status=running");
    expect(running.every((item) => item.status === "running" && item.etag)).toBe(true);
    expect(running.map((item) => item.id)).toContain(newer.id);
    expect(running.map((item) => item.id)).not.toContain(older.id);
  });

  it("brings back what is due: past dates and next stand-ups from an earlier day, open only", async () => {
    // Three days either side of today in UTC is past or future in every time zone the scope might use.
    const today = todayIn("UTC");
    const past = await create("alice", { text: "past date", checkBackAt: addDays(today, -3) });
    const pastDateTime = await create("alice", {
      text: "past date-time",
      checkBackAt: `${addDays(today, -3)}T09:00:00+02:00`,
    });
    const future = await create("alice", { text: "future date", checkBackAt: addDays(today, 3) });
    const nextToday = await create("alice", {
      text: "next stand-up, set today",
      checkBackAt: "next-standup",
    });
    const noCheckBack = await create("alice", { text: "no check-back" });
    const droppedPast = await create("alice", { text: "dropped", checkBackAt: addDays(today, -3) });
    await patch("alice", droppedPast, { status: "dropped" }, droppedPast.etag);
    const runningPast = await create("alice", { text: "running", checkBackAt: addDays(today, -1) });
    await patch("alice", runningPast, { status: "running" }, runningPast.etag);

    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const backdated = async (text: string, dueOn: string | undefined) => {
      const doc: ExperimentDoc = {
        id: randomUUID(),
        pk: `${DEV_TENANT}|${TEAM}`,
        tid: DEV_TENANT,
        scope: TEAM,
        type: "experiment",
        text,
        owner: { oid: oids.alice, name: "Alice Example" },
        checkBackAt: "next-standup",
        ...(dueOn === undefined ? {} : { dueOn }),
        status: "planned",
        outcome: null,
        sourceAnswerId: null,
        roundId: null,
        createdBy: { oid: oids.alice, name: "Alice Example" },
        createdAt: threeDaysAgo,
        updatedAt: threeDaysAgo,
        closedAt: null,
        rev: 1,
      };
      await items.items.create(doc);
      return doc;
    };
    const nextBackdated = await backdated("next stand-up, set three days ago", addDays(today, -2));
    // As written before documents carried dueOn: the day is worked out from createdAt.
    const nextLegacy = await backdated("next stand-up, legacy document", undefined);

    const due = (await list("bob", "?due=true")).map((item) => item.id);
    for (const experiment of [past, pastDateTime, runningPast, nextBackdated, nextLegacy])
      expect(due).toContain(experiment.id);
    for (const experiment of [future, nextToday, noCheckBack, droppedPast])
      expect(due).not.toContain(experiment.id);

    const mine = new Set(
      [
        past,
        pastDateTime,
        runningPast,
        nextBackdated,
        nextLegacy,
        future,
        nextToday,
        noCheckBack,
        droppedPast,
      ].map((experiment) => experiment.id),
    );
    for (const item of await list("bob")) if (mine.has(item.id)) expect(item.due).toBe(due.includes(item.id));
    const notDue = (await list("bob", "?due=false")).map((item) => item.id);
    expect(notDue).toContain(future.id);
    expect(notDue).not.toContain(past.id);
    const duePlanned = (await list("bob", "?status=planned&due=true")).map((item) => item.id);
    expect(duePlanned).toContain(past.id);
    expect(duePlanned).not.toContain(runningPast.id);
  });
});

describe("days in the scope's time zone", () => {
  // Setting a fixture scope's time zone would change what other files on the shared server see,
  // so this runs against a Cosmos server and API of its own.
  let cosmos: LocalCosmos;
  let zoned: LocalHost;
  let eve: string;
  beforeAll(async () => {
    cosmos = await startCosmos();
    zoned = await startApi(cosmos.endpoint, { env: { COSMOS_DATABASE: "learningloop" } });
    eve = (await devToken(zoned.url, "eve")).token;
  });
  afterAll(async () => {
    await zoned?.close();
    await cosmos?.stop();
  });

  it("counts days in the scope's time zone", async () => {
    // A zone whose date differs from UTC's right now: one of these two always does.
    const zone = ["Pacific/Kiritimati", "Pacific/Pago_Pago"].find(
      (candidate) => todayIn(candidate) !== todayIn("UTC"),
    )!;
    const container = await openContainer(
      loadConfig({ AUTH_MODE: "dev", COSMOS_ENDPOINT: cosmos.endpoint }).cosmos,
    );
    const settings: ScopeDoc = {
      ...defaultSettings(EVE_TEAM),
      id: "settings",
      pk: `${OTHER_TENANT}|${EVE_TEAM}`,
      tid: OTHER_TENANT,
      scope: EVE_TEAM,
      type: "scope",
      timezone: zone,
      updatedAt: new Date().toISOString(),
      rev: 1,
    };
    await container.items.create(settings);
    const createThere = async (text: string, checkBackAt: string) => {
      const response = await request<ExperimentView>(zoned.url, "POST", experimentsPath(EVE_TEAM), {
        token: eve,
        body: { id: randomUUID(), text, checkBackAt },
      });
      expect(response.status).toBe(201);
      return response.body;
    };
    const zoneToday = todayIn(zone);
    const today = await createThere("today there", zoneToday);
    const tomorrow = await createThere("tomorrow there", addDays(zoneToday, 1));
    expect(today.due).toBe(true);
    expect(tomorrow.due).toBe(false);
    const due = await request<ExperimentsResponse>(
      zoned.url,
      "GET",
      `${experimentsPath(EVE_TEAM)}?due=true`,
      {
        token: eve,
      },
    );
    expect(due.body.items.map((item) => item.id)).toEqual([today.id]);
  });
});

describe("who may see and change the ledger", () => {
  it("lets every member create and update, and nobody outside see or touch anything", async () => {
    const experiment = await create("carol", { text: "secret-plan-1234" });
    for (const user of ["mallory", "eve"]) {
      const listing = await call<Problem>(user, "GET", experimentsPath());
      expect(listing.status).toBe(403);
      expect(listing.text).not.toContain("secret-plan-1234");
      const created = await call<Problem>(user, "POST", experimentsPath(), {
        id: randomUUID(),
        text: "intrude",
      });
      expect(created.status).toBe(403);
      const changed = await patch<Problem>(user, experiment, { text: "hijacked" }, experiment.etag);
      expect(changed.status).toBe(403);
      expect(changed.text).not.toContain("secret-plan-1234");
    }
    expect((await list("mallory", "", "team:other-team")).map((item) => item.id)).not.toContain(
      experiment.id,
    );
    expect((await list("eve", "", EVE_TEAM)).map((item) => item.id)).not.toContain(experiment.id);
    expect((await call(null, "GET", experimentsPath())).status).toBe(401);
    const stored = (await list("alice")).find((item) => item.id === experiment.id);
    expect(stored?.text).toBe("secret-plan-1234");
  });
});

describe("bad input is problem+json naming the field", () => {
  it.each([
    ["an unknown field", { text: "x", color: "red" }, "color"],
    ["missing text", {}, "text"],
    ["blank text", { text: "   " }, "text"],
    ["text over 500 characters", { text: "é".repeat(501) }, "text"],
    ["an owner that is a number", { text: "x", owner: 7 }, "owner"],
    ["an owner with an unknown field", { text: "x", owner: { name: "Dana", email: "d@x" } }, "owner.email"],
    ["an owner oid that is not a UUID", { text: "x", owner: { name: "Dana", oid: "dana" } }, "owner.oid"],
    ["a check-back that is not a date", { text: "x", checkBackAt: "tomorrow" }, "checkBackAt"],
    ["an impossible date", { text: "x", checkBackAt: "2026-02-30" }, "checkBackAt"],
    ["a sourceAnswerId that is not a UUID", { text: "x", sourceAnswerId: "a1" }, "sourceAnswerId"],
    ["a status on create", { text: "x", status: "running" }, "status"],
  ])("refuses a create with %s", async (_label, body, field) => {
    const response = await call<Problem>("bob", "POST", experimentsPath(), { id: randomUUID(), ...body });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(fields(response.body)).toContain(field);
  });

  it("refuses a create whose id is not a UUID", async () => {
    const response = await call<Problem>("bob", "POST", experimentsPath(), { id: "42", text: "x" });
    expect(response.status).toBe(400);
    expect(fields(response.body)).toEqual(["id"]);
  });

  it.each([
    ["an unknown status", { status: "finished" }, "status"],
    ["an unknown field", { id: randomUUID() }, "id"],
    ["an outcome over 2,000 characters", { outcome: "x".repeat(2001) }, "outcome"],
    ["a blank outcome", { outcome: "  " }, "outcome"],
    ["a check-back that is not a date", { checkBackAt: "soon" }, "checkBackAt"],
  ])("refuses an update with %s", async (_label, body, field) => {
    const experiment = await create("bob", { text: "to be updated badly" });
    const response = await patch<Problem>("bob", experiment, body, experiment.etag);
    expect(response.status).toBe(400);
    expect(fields(response.body)).toContain(field);
  });

  it.each([
    ["?status=finished", "query.status"],
    ["?due=yes", "query.due"],
    ["?sort=asc", "query.sort"],
  ])("refuses a listing with %s", async (query, field) => {
    const response = await call<Problem>("bob", "GET", `${experimentsPath()}${query}`);
    expect(response.status).toBe(400);
    expect(fields(response.body)).toEqual([field]);
  });
});
