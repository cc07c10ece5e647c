import type { AnswerView, ExperimentView, PromptView, RoundView, ScopeView } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { scopePath } from "../support/api-client";
import { openSession, TEAM } from "../support/api-session";
import type { ApiSession } from "../support/api-session";
import { startApi } from "../support/stack";
import { XSS_VECTORS, fitTo } from "../support/xss-corpus";

let s: ApiSession;
beforeAll(async () => {
  s = await openSession(await startApi(inject("cosmosEndpoint")));
});
afterAll(() => s.api.close());

/** The API stores and returns text as text: byte for byte (after trimming), never interpreted. */
describe("hostile text through the API", () => {
  it(`keeps ${XSS_VECTORS.length} vectors literal as answers, prompts, experiments and scope names`, async () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
    const round = await s.startRound(TEAM);
    const base = scopePath(TEAM);
    for (const vector of XSS_VECTORS) {
      const text = fitTo(vector, 1000).trim();
      const answer = await s.call<AnswerView>("bob", "POST", `${base}/rounds/${round.id}/answers`, {
        id: randomUUID(),
        text,
      });
      expect(answer.status, vector).toBe(201);
      expect(answer.body.text).toBe(text);

      const promptText = fitTo(vector, 300).trim();
      const prompt = await s.call<PromptView>("carol", "POST", `${base}/prompts`, { text: promptText });
      expect(prompt.status, vector).toBe(201);
      expect(prompt.body.text).toBe(promptText);

      const experimentText = fitTo(vector, 500).trim();
      const experiment = await s.call<ExperimentView>("carol", "POST", `${base}/experiments`, {
        id: randomUUID(),
        text: experimentText,
        sourceAnswerId: answer.body.id,
      });
      expect(experiment.status, vector).toBe(201);
      expect(experiment.body.text).toBe(experimentText);
    }
    const view = await s.call<RoundView>("carol", "GET", `${base}/rounds/${round.id}`);
    expect(view.body.answers.map((answer) => answer.text)).toEqual(
      XSS_VECTORS.map((vector) => fitTo(vector, 1000).trim()),
    );
    expect(view.body.experiments).toHaveLength(XSS_VECTORS.length);
    expect(view.headers.get("content-type")).toMatch(/^application\/json/);

    let etag = (await s.call<ScopeView>("alice", "GET", base)).headers.get("etag")!;
    for (const vector of XSS_VECTORS.slice(0, 20)) {
      const name = fitTo(vector, 100).trim();
      const saved = await s.call<ScopeView>("alice", "PUT", base, { name }, { "if-match": etag });
      expect(saved.status, vector).toBe(200);
      expect(saved.body.name).toBe(name);
      etag = saved.headers.get("etag")!;
    }
  }, 120_000);
});
