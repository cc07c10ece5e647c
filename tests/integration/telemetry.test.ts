import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import type { RoundView } from "@learning-loop/contract";
import { SpanKind } from "@opentelemetry/api";
import { InMemoryLogRecordExporter } from "@opentelemetry/sdk-logs";
import { MetricReader } from "@opentelemetry/sdk-metrics";
import type { ResourceMetrics } from "@opentelemetry/sdk-metrics";
import { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEV_TENANT, DEV_USERS } from "../../api/src/auth/dev-fixtures";
import type { LocalHost } from "../../api/src/local/http-host";
import { recordRequestLimited } from "../../api/src/telemetry/metrics";
import { startLocal } from "../../api/src/telemetry/sdk";
import type { StopTelemetry } from "../../api/src/telemetry/setup";
import { scopePath } from "../support/api-client";
import { FAKE_CLIENT_ID, startFakeEntra } from "../support/fake-entra";
import type { FakeEntra } from "../support/fake-entra";
import { member } from "../support/fake-graph";
import { mintToken } from "../support/fake-jwks";
import { startFakeConnector } from "../support/fake-connector";
import type { FakeConnector } from "../support/fake-connector";
import { eventually, startBotApi } from "../support/playground";
import { startApi } from "../support/stack";

/**
 * Telemetry through a realistic flow (docs/operations.md): the real route table on the local host,
 * the local Cosmos server, fakes of Entra ID (signing keys, on-behalf-of) and Microsoft Graph, and a
 * fake Bot Connector, with the same redaction, instrumentations and views as in Azure feeding
 * in-memory exporters. The spans, metrics and logs that would reach Application Insights must be
 * there, and must carry none of what people wrote, who they are, their tokens or their address.
 */

const TENANT = randomUUID();
const GROUP = randomUUID();
const TEAM = `team:${GROUP}`;
const owner = randomUUID();
const alex = randomUUID();
const OWNER_NAME = "Ottilie Canaryowner";
const ALEX_NAME = "Alexandru Canaryname";
const OWNER_UPN = "ottilie.canary@contoso-canary.example";
const ALEX_UPN = "alexandru.canary@contoso-canary.example";
const NAMED_TEXT = "CANARY-NAMED-7f3a we learned the deploy script lies";
const ANONYMOUS_TEXT = "CANARY-ANON-91c2 I broke the build and hid it";
const EXPERIMENT_TEXT = "CANARY-EXPERIMENT-55d0 pair on every deploy";
const SEARCH = "CANARYSEARCH4411";
/** Where the client says it is (a front end's X-Forwarded-For), and the loopback address it really calls from. */
const FORWARDED_IP = "203.0.113.77";
const CLIENT_IP = "127.0.0.93";
const USER_AGENT = "CanaryBrowser/9.9 (ottilie's laptop)";

/** A reader the test collects from when it wants. */
class CollectingReader extends MetricReader {
  protected onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

const spans = new InMemorySpanExporter();
const logRecords = new InMemoryLogRecordExporter();
const reader = new CollectingReader();
const cleanup: (() => Promise<unknown>)[] = [];
const tokens: string[] = [];
let stopTelemetry: StopTelemetry;
let entra: FakeEntra;
let entraApi: LocalHost;
let botApi: LocalHost;
let connector: FakeConnector;

/** A call from CLIENT_IP with a forwarded address and a telling user agent, as a browser behind a proxy would make. */
function call<T>(
  api: LocalHost,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const url = new URL(`${api.url}/${path}`);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method,
        localAddress: CLIENT_IP,
        headers: {
          "user-agent": USER_AGENT,
          "x-forwarded-for": FORWARDED_IP,
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(payload ? { "content-type": "application/json" } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // a CSV or an empty body
          }
          resolve({ status: res.statusCode ?? 0, body: body as T });
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

async function tokenFor(oid: string, name: string, upn: string): Promise<string> {
  const token = await mintToken(entra.key, FAKE_CLIENT_ID, {
    tid: TENANT,
    oid,
    name,
    extra: { upn, preferred_username: upn, email: upn, ipaddr: FORWARDED_IP, unique_name: upn },
  });
  tokens.push(token);
  return token;
}

beforeAll(async () => {
  stopTelemetry = startLocal({ spans, metrics: reader, logs: logRecords });
  entra = await startFakeEntra("telemetry-1");
  connector = await startFakeConnector();
  cleanup.push(
    () => entra.close(),
    () => connector.close(),
  );
  entra.graph.teams.set(GROUP, [member(owner, TENANT, ["owner"]), member(alex, TENANT)]);
  entraApi = await startApi(inject("cosmosEndpoint"), {
    env: entra.env(TENANT),
    log: () => undefined,
  });
  ({ api: botApi } = await startBotApi(
    inject("cosmosEndpoint"),
    {
      BOT_AUTH: "playground",
      TEAMS_APP_ID: "00000000-0000-4000-8000-000000000001",
      TAB_ENDPOINT: "https://tab.example.com",
    },
    () => undefined,
  ));
  cleanup.push(
    () => entraApi.close(),
    () => botApi.close(),
  );
});

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  await stopTelemetry?.();
});

/** Everything exported, as text, the way an exporter would see it. */
async function dump(): Promise<string> {
  const { resourceMetrics } = await reader.collect();
  return JSON.stringify({
    spans: spans.getFinishedSpans().map((span) => ({
      name: span.name,
      kind: span.kind,
      attributes: span.attributes,
      events: span.events,
      links: span.links,
      status: span.status,
    })),
    metrics: resourceMetrics.scopeMetrics.map((scope) => scope.metrics),
    logs: logRecords.getFinishedLogRecords().map((record) => ({
      body: record.body,
      attributes: record.attributes,
      severity: record.severityText,
    })),
  });
}

function counter(metrics: ResourceMetrics, name: string): number {
  return metrics.scopeMetrics
    .flatMap((scope) => scope.metrics)
    .filter((metric) => metric.descriptor.name === name)
    .flatMap((metric) => metric.dataPoints as { value: number }[])
    .reduce((sum, point) => sum + point.value, 0);
}

const serverSpans = () => spans.getFinishedSpans().filter((span) => span.kind === SpanKind.SERVER);
const attribute = (span: ReadableSpan, name: string) => span.attributes[name];

describe("telemetry of a stand-up, end to end", () => {
  let round: RoundView;

  it("runs the flow: a round, named and anonymous answers, a reaction, an experiment, history, an export, a bot card", async () => {
    const ownerToken = await tokenFor(owner, OWNER_NAME, OWNER_UPN);
    const alexToken = await tokenFor(alex, ALEX_NAME, ALEX_UPN);
    const started = await call<RoundView>(entraApi, "POST", `${scopePath(TEAM)}/rounds`, {
      token: ownerToken,
      body: { id: randomUUID(), promptText: "What are we learning?", meetingId: "meeting-canary" },
    });
    expect(started.status).toBe(201);
    round = started.body;
    const answers = `${scopePath(TEAM)}/rounds/${round.id}/answers`;
    const named = randomUUID();
    expect(
      (await call(entraApi, "POST", answers, { token: alexToken, body: { id: named, text: NAMED_TEXT } }))
        .status,
    ).toBe(201);
    const anonymous = randomUUID();
    const anon = await call(entraApi, "POST", answers, {
      token: ownerToken,
      body: { id: anonymous, text: ANONYMOUS_TEXT, anonymous: true },
    });
    expect(anon.status).toBe(201);
    // A replay is not counted again.
    expect(
      (await call(entraApi, "POST", answers, { token: alexToken, body: { id: named, text: NAMED_TEXT } }))
        .status,
    ).toBe(200);
    expect(
      (await call(entraApi, "PUT", `${answers}/${anonymous}/reactions/me-too`, { token: alexToken })).status,
    ).toBe(204);
    expect(
      (
        await call(entraApi, "POST", `${scopePath(TEAM)}/experiments`, {
          token: alexToken,
          body: { id: randomUUID(), text: EXPERIMENT_TEXT, sourceAnswerId: anonymous, roundId: round.id },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(entraApi, "GET", `${scopePath(TEAM)}/history?q=${SEARCH}&author=${alex}`, {
          token: alexToken,
        })
      ).status,
    ).toBeLessThan(500);
    expect(
      (await call(entraApi, "GET", `${scopePath(TEAM)}/export?format=json`, { token: alexToken })).status,
    ).toBe(200);
    expect(
      (await call(entraApi, "POST", `${scopePath(TEAM)}/rounds/${round.id}/close`, { token: ownerToken }))
        .status,
    ).toBe(200);
    // Someone outside the team: Graph says no.
    const stranger = randomUUID();
    expect(
      (
        await call(entraApi, "GET", scopePath(TEAM), {
          token: await tokenFor(stranger, OWNER_NAME, OWNER_UPN),
        })
      ).status,
    ).toBe(403);

    // The bot: installed in the dev stand-up's chat (as Teams tells it), then a round there posts its card.
    const alice = DEV_USERS.find((user) => user.name === "alice")!;
    const chatId = "19:standup-meeting@thread.v2";
    const installed = await call(botApi, "POST", "messages", {
      body: {
        type: "installationUpdate",
        action: "add",
        id: randomUUID(),
        channelId: "msteams",
        serviceUrl: connector.url,
        timestamp: new Date().toISOString(),
        from: { id: "29:canary-user", aadObjectId: alice.oid, name: alice.displayName },
        recipient: { id: "28:00000000-0000-4000-8000-000000000003", name: "Learning Loop" },
        conversation: { id: chatId, conversationType: "groupChat", tenantId: DEV_TENANT },
        channelData: { tenant: { id: DEV_TENANT } },
      },
    });
    expect(installed.status).toBeLessThan(300);
    const devToken = await call<{ token: string }>(botApi, "GET", "dev/token?user=alice");
    tokens.push(devToken.body.token);
    const chatRound = await call<RoundView>(botApi, "POST", `${scopePath(`chat:${chatId}`)}/rounds`, {
      token: devToken.body.token,
      body: { promptText: "What did we try?" },
    });
    expect(chatRound.status).toBe(201);
    await eventually(async () =>
      connector.requests.some((post) => post.includes("/activities")) ? true : undefined,
    );
    // The connector has the card once it arrives; the send's span ends and its count is taken only
    // when the answer is back in the API, a moment later.
    await eventually(async () =>
      spans
        .getFinishedSpans()
        .some(
          (span) =>
            span.kind === SpanKind.CLIENT &&
            String(attribute(span, "url.full") ?? attribute(span, "http.url") ?? "").endsWith("/activities"),
        )
        ? true
        : undefined,
    );
    await eventually(async () =>
      counter((await reader.collect()).resourceMetrics, "learningloop.notifications.sent") >= 1
        ? true
        : undefined,
    );
    recordRequestLimited("member");
  });

  it("has a span per request, named by method and route template, with its status", () => {
    const names = serverSpans().map((span) => span.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "POST /api/scopes/{scope}/rounds",
        "POST /api/scopes/{scope}/rounds/{roundId}/answers",
        "PUT /api/scopes/{scope}/rounds/{roundId}/answers/{answerId}/reactions/{kind}",
        "POST /api/scopes/{scope}/experiments",
        "GET /api/scopes/{scope}/history",
        "GET /api/scopes/{scope}/export",
        "POST /api/scopes/{scope}/rounds/{roundId}/close",
        "POST /api/messages",
      ]),
    );
    const answerSpans = serverSpans().filter(
      (span) => attribute(span, "http.route") === "/api/scopes/{scope}/rounds/{roundId}/answers",
    );
    expect(answerSpans.map((span) => attribute(span, "http.response.status_code")).sort()).toEqual([
      200, 201, 201,
    ]);
    expect(serverSpans().find((span) => attribute(span, "http.response.status_code") === 403)).toBeDefined();
    for (const span of serverSpans()) {
      expect(attribute(span, "faas.invocation_id")).toMatch(/^[0-9a-f-]{36}$/);
      expect(attribute(span, "faas.name")).toBeTruthy();
    }
  });

  it("has Cosmos DB spans from the Azure SDK, inside the request spans", () => {
    const cosmos = spans
      .getFinishedSpans()
      .filter((span) => attribute(span, "az.namespace") === "Microsoft.DocumentDB");
    expect(cosmos.length).toBeGreaterThan(5);
    const requestIds = new Set(serverSpans().map((span) => span.spanContext().traceId));
    expect(cosmos.some((span) => requestIds.has(span.spanContext().traceId))).toBe(true);
  });

  it("has outgoing HTTP spans for the signing keys, Microsoft Graph and the Bot Connector, with template URLs", () => {
    const urls = spans
      .getFinishedSpans()
      .filter((span) => span.kind === SpanKind.CLIENT)
      .map((span) => String(attribute(span, "url.full") ?? attribute(span, "http.url") ?? ""));
    expect(urls).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/common\/discovery\/v2\.0\/keys$/),
        expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/teams\/\{id\}\/members$/),
        expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v3\/conversations\/\{id\}\/activities$/),
      ]),
    );
    for (const url of urls) expect(url).not.toMatch(/[?#]/);
  });

  it("counts answers (not replays), rounds, notifications and limited requests", async () => {
    const { resourceMetrics } = await reader.collect();
    expect(counter(resourceMetrics, "learningloop.answers.submitted")).toBe(2);
    expect(counter(resourceMetrics, "learningloop.rounds.started")).toBe(2);
    expect(counter(resourceMetrics, "learningloop.rounds.closed")).toBe(1);
    expect(counter(resourceMetrics, "learningloop.notifications.sent")).toBeGreaterThanOrEqual(1);
    expect(counter(resourceMetrics, "learningloop.notifications.failed")).toBe(0);
    expect(counter(resourceMetrics, "learningloop.requests.limited")).toBe(1);
  });

  it("writes structured logs with the invocation id and the function's name", () => {
    const records = logRecords.getFinishedLogRecords();
    const withInvocation = records.filter(
      (record) => record.attributes["faas.invocation_id"] && record.attributes["faas.name"],
    );
    expect(withInvocation.map((record) => String(record.body))).toEqual(
      expect.arrayContaining([expect.stringContaining("bot installed in chat scope")]),
    );
    const invocationIds = new Set(serverSpans().map((span) => String(attribute(span, "faas.invocation_id"))));
    const logged = withInvocation.map((record) => String(record.attributes["faas.invocation_id"]));
    expect(logged.every((id) => invocationIds.has(id))).toBe(true);
  });

  it("carries no text, names, oids, UPNs, tokens or addresses anywhere", async () => {
    const text = await dump();
    const forbidden = [
      NAMED_TEXT,
      ANONYMOUS_TEXT,
      EXPERIMENT_TEXT,
      "CANARY",
      SEARCH,
      OWNER_NAME,
      ALEX_NAME,
      "Canary",
      OWNER_UPN,
      ALEX_UPN,
      "contoso-canary",
      owner,
      alex,
      FORWARDED_IP,
      CLIENT_IP,
      USER_AGENT,
      "CanaryBrowser",
      "fake-graph.",
      ...DEV_USERS.flatMap((user) => [user.oid, user.displayName]),
      ...tokens,
      ...tokens.map((token) => token.split(".")[2]!),
    ];
    const found = forbidden.filter((value) => text.toLowerCase().includes(value.toLowerCase()));
    expect(found).toEqual([]);
  });
});
