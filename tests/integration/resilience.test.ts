import type { Problem, RoundView } from "@learning-loop/contract";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalCosmos } from "../../api/src/local/cosmos-server";
import type { LocalCosmos } from "../../api/src/local/cosmos-server";
import { scopePath } from "../support/api-client";
import { openSession, TEAM } from "../support/api-session";
import { startApi } from "../support/stack";

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe("when the database goes away", () => {
  it("answers 503 with Retry-After, and recovers by itself when the database returns", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ll-outage-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    let cosmos: LocalCosmos = await startLocalCosmos({ port: 0, dataDir });
    const port = cosmos.port;
    const lines: string[] = [];
    const s = await openSession(await startApi(cosmos.endpoint, { log: (line) => lines.push(line) }));
    cleanup.push(() => s.api.close());

    const round = await s.startRound(TEAM);
    await s.answer("bob", TEAM, round.id, "before the outage");
    await cosmos.stop();

    const down = await s.call<Problem>("bob", "GET", `${scopePath(TEAM)}/rounds/${round.id}`);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBeTruthy();
    expect(down.headers.get("content-type")).toContain("application/problem+json");
    const health = await s.call<{ status: string }>(null, "GET", "health");
    expect(health.status).toBe(503);

    cosmos = await startLocalCosmos({ port, dataDir });
    cleanup.push(() => cosmos.stop());
    const back = await s.call<RoundView>("bob", "GET", `${scopePath(TEAM)}/rounds/${round.id}`);
    expect(back.status).toBe(200);
    expect(back.body.answers.map((answer) => answer.text)).toEqual(["before the outage"]);
    await s.answer("carol", TEAM, round.id, "after the outage");
    expect(lines.some((line) => / 503 /.test(line))).toBe(true);
  });
});

describe("logs", () => {
  it("carry ids and statuses, never answer text, tokens or anonymous authors", async () => {
    const { cosmosEndpoint } = await import("vitest").then(({ inject }) => ({
      cosmosEndpoint: inject("cosmosEndpoint"),
    }));
    const lines: string[] = [];
    const s = await openSession(await startApi(cosmosEndpoint, { log: (line) => lines.push(line) }));
    cleanup.push(() => s.api.close());
    const round = await s.startRound(TEAM);
    await s.answer("bob", TEAM, round.id, "a very private thought", { anonymous: true });
    await s.call("bob", "POST", `${scopePath(TEAM)}/rounds/${round.id}/answers`, {
      id: "not-a-uuid",
      text: "oops",
    });
    await s.call("bob", "GET", `${scopePath(TEAM)}/export?format=csv`);
    const log = lines.join("\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of [
      "a very private thought",
      "oops",
      s.oids.bob,
      "Bob Example",
      s.tokens.bob.slice(20, 60),
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
