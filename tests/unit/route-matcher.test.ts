import { describe, expect, it } from "vitest";
import { createMatcher } from "../../api/src/local/route-matcher";
import type { Route } from "../../api/src/http/route";

const route = (name: string, template: string, methods: Route["methods"] = ["GET"]): Route => ({
  name,
  route: template,
  methods,
  handler: async () => ({ status: 200, headers: {} }),
});

describe("local host route matching", () => {
  const match = createMatcher([
    route("getRound", "scopes/{scope}/rounds/{roundId}"),
    route("currentRound", "scopes/{scope}/rounds/current"),
    route("startRound", "scopes/{scope}/rounds", ["POST"]),
  ]);

  it("prefers literal segments over parameters, as the Functions host does", () => {
    const found = match("GET", "scopes/team%3Adev-team/rounds/current");
    expect(found).toMatchObject({ route: { name: "currentRound" }, params: { scope: "team:dev-team" } });
  });

  it("decodes parameters and tells a wrong method from an unknown path", () => {
    const found = match("GET", "scopes/chat%3A19%3Astandup-meeting%40thread.v2/rounds/r1");
    expect(found).toMatchObject({ params: { scope: "chat:19:standup-meeting@thread.v2", roundId: "r1" } });
    expect(match("DELETE", "scopes/x/rounds")).toBe("method");
    expect(match("GET", "nowhere")).toBeUndefined();
  });
});
