import { describe, expect, it } from "vitest";
import { hostQuery, parseHostOptions } from "../../tabs/dev/host-context";
import { ApiError, signInRequired } from "../../tabs/src/auth/api-error";
import { authorizeUrl, readSignInResult } from "../../tabs/src/auth/authorize-url";
import { describeProblem } from "../../tabs/src/auth/problem-kind";

const problem = (status: number, detail: string) => ({ type: "about:blank", title: "t", status, detail });

describe("what a failure means to the person", () => {
  it.each<[string, unknown, string]>([
    ["Teams refused a token", signInRequired("resourceRequiresConsent"), "signIn"],
    ["the API refused the token", new ApiError(401, problem(401, "The token has expired.")), "signIn"],
    ["the API asks for consent", new ApiError(401, undefined, { interactionRequired: true }), "signIn"],
    [
      "not a member",
      new ApiError(403, problem(403, "You are not a member of this team or meeting chat.")),
      "noAccess",
    ],
    [
      "tenant not onboarded (header)",
      new ApiError(403, problem(403, "x"), { problemType: "tenant-not-onboarded" }),
      "notOnboarded",
    ],
    [
      "tenant not onboarded (an error built without headers)",
      new ApiError(403, problem(403, "Your organization (tenant t) has not installed Learning Loop. Ask…")),
      "notOnboarded",
    ],
    ["service unavailable", new ApiError(503, problem(503, "busy")), "unavailable"],
    ["slow down", new ApiError(429, problem(429, "slow")), "unavailable"],
    ["network down", new TypeError("Failed to fetch"), "unavailable"],
    ["a conflict", new ApiError(409, problem(409, "Already exists.")), "generic"],
    ["anything else", new Error("boom"), "generic"],
  ])("%s → %s", (_label, error, kind) => {
    expect(describeProblem(error).kind).toBe(kind);
  });

  it("keeps the API's words for the generic case", () => {
    expect(describeProblem(new ApiError(409, problem(409, "Already exists."))).detail).toBe(
      "Already exists.",
    );
  });
});

describe("the consent request to Entra ID", () => {
  it("asks the user's tenant for consent with a code they cannot redeem", () => {
    const url = new URL(
      authorizeUrl({
        clientId: "6a2f6f0e-1c4e-4f59-9d36-0d7b1e0c1a11",
        tenant: "11111111-1111-4111-8111-111111111111",
        redirectUri: "https://tab.example/auth-end.html",
        state: "s1",
        codeChallenge: "c1",
        loginHint: "alice@example.test",
      }),
    );
    expect(url.origin + url.pathname).toBe(
      "https://login.microsoftonline.com/11111111-1111-4111-8111-111111111111/oauth2/v2.0/authorize",
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: "6a2f6f0e-1c4e-4f59-9d36-0d7b1e0c1a11",
      response_type: "code",
      response_mode: "fragment",
      redirect_uri: "https://tab.example/auth-end.html",
      scope: "openid profile https://graph.microsoft.com/.default",
      state: "s1",
      prompt: "consent",
      code_challenge: "c1",
      code_challenge_method: "S256",
      login_hint: "alice@example.test",
    });
  });

  it.each<[string, string | null, boolean]>([
    ["#code=abc&state=s1&session_state=x", "s1", true],
    ["#code=abc&state=other", "s1", false],
    ["#code=abc&state=s1", null, false],
    ["#state=s1", "s1", false],
    [
      "#error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent.%0D%0ATrace+ID%3A+x&state=s1",
      "s1",
      false,
    ],
  ])("reads %s (state %s) as ok=%s", (fragment, state, ok) => {
    expect(readSignInResult(fragment, state).ok).toBe(ok);
  });

  it("passes Entra's error on without the trace lines", () => {
    const result = readSignInResult(
      "#error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent.%0D%0ATrace+ID%3A+x",
      "s1",
    );
    expect(result).toEqual({ ok: false, reason: "access_denied: AADSTS65004: User declined to consent." });
  });
});

describe("the local Teams host's authFail parameter", () => {
  it("is read, kept in the host's own links, and refused when unknown", () => {
    const parsed = parseHostOptions("?authFail=consent", "http://localhost:53000");
    expect(parsed.options.authFail).toBe("consent");
    expect(hostQuery(parsed.options).get("authFail")).toBe("consent");
    expect(parseHostOptions("", "http://localhost:53000").options.authFail).toBeNull();
    const unknown = parseHostOptions("?authFail=mfa", "http://localhost:53000");
    expect(unknown.options.authFail).toBeNull();
    expect(unknown.problems.join(" ")).toMatch(/authFail/);
  });
});
