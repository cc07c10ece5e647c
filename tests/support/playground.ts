import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, request as httpRequest } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import { DEV_TENANT, DEV_USERS } from "../../api/src/auth/dev-fixtures";
import { loadConfig } from "../../api/src/config";
import { startLocalHost } from "../../api/src/local/http-host";
import type { LocalHost } from "../../api/src/local/http-host";
import type { NotificationService } from "../../api/src/notifications/notifier";
import { createRoutes } from "../../api/src/routes";
import { createServices } from "../../api/src/services";
import type { Services } from "../../api/src/services";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const PLAYGROUND_BIN = join(repoRoot, "node_modules/.bin/agentsplayground");

/**
 * The Playground's conversations, made to match the dev fixtures (docs/architecture.md §2): its group chat
 * is the dev stand-up's meeting chat and its team is `team:dev-team`, its current user is alice and
 * its first two users are bob and carol, so the HTTP API (dev tokens) and the bot see the same people.
 */
export const PLAYGROUND_GROUP_CHAT = "19:standup-meeting@thread.v2";
export const PLAYGROUND_TEAM_CHANNEL = "19:dev-team-general@thread.skype";
export const PLAYGROUND_TEAM_GROUP = "dev-team";
const dev = (name: string) => DEV_USERS.find((user) => user.name === name)!;
export const PLAYGROUND_USERS = {
  alice: { id: "user-id-0", oid: dev("alice").oid },
  bob: { id: "user-id-1", oid: dev("bob").oid },
  carol: { id: "user-id-2", oid: dev("carol").oid },
  dana: { id: "user-id-3", oid: "d0000000-0000-4000-8000-000000000013" },
  erin: { id: "user-id-4", oid: "d0000000-0000-4000-8000-000000000014" },
  finn: { id: "user-id-5", oid: "d0000000-0000-4000-8000-000000000015" },
} as const;

const user = (key: keyof typeof PLAYGROUND_USERS, name: string) => ({
  id: PLAYGROUND_USERS[key].id,
  name,
  userPrincipleName: `${key}@example.com`,
  aadObjectId: PLAYGROUND_USERS[key].oid,
  givenName: name.split(" ")[0],
  surname: "Example",
  email: `${key}@example.com`,
});

/**
 * The Playground's config file (`.m365agentsplayground.yml`; JSON is valid YAML). The copy at the
 * repository root, which VS Code's Playground flow uses, must stay equal to it (app-package test).
 */
export const PLAYGROUND_CONFIG = {
  version: "0.1.1",
  tenantId: DEV_TENANT,
  bot: { id: "00000000-0000-4000-8000-000000000003", name: "Learning Loop" },
  currentUser: user("alice", "Alice Example"),
  users: [
    user("bob", "Bob Example"),
    user("carol", "Carol Example"),
    user("dana", "Dana Example"),
    user("erin", "Erin Example"),
    user("finn", "Finn Example"),
  ],
  personalChat: { id: "a:personal-chat-with-alice" },
  groupChat: { id: PLAYGROUND_GROUP_CHAT, name: "Daily stand-up" },
  team: {
    id: PLAYGROUND_TEAM_CHANNEL,
    name: "Dev team",
    aadGroupId: PLAYGROUND_TEAM_GROUP,
    channels: [{ id: "19:dev-team-retro@thread.skype", name: "Retro" }],
  },
};

/** One entry of the Playground's events recording (`--enable-events-recording`). */
export interface RecordedEvent {
  conversationId?: string;
  direction: string;
  activityName?: string;
  messageId?: string;
  request?: { url?: string; method?: string; body?: Record<string, unknown> };
  response?: { statusCode?: number; body?: unknown };
}

export interface Playground {
  url: string;
  port: number;
  /** Everything the Playground recorded so far, in order. */
  recording(): Promise<RecordedEvent[]>;
  /** Messages the bot posted (or updated) in a conversation, as the Playground's connector received them. */
  botMessages(conversationId: string): Promise<RecordedEvent[]>;
  /** The Playground's own API, as its web UI calls it. */
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts the real Microsoft 365 Agents Playground (`agentsplayground -e … -c msteams -p … --dt`)
 * against a bot endpoint, in a temporary directory holding its config file and events recording.
 */
export async function startPlayground(options: {
  botEndpoint: string;
  serviceUrl?: string;
}): Promise<Playground> {
  const dir = await mkdtemp(join(tmpdir(), "playground-"));
  await writeFile(join(dir, ".m365agentsplayground.yml"), JSON.stringify(PLAYGROUND_CONFIG, null, 2));
  const recordingFile = join(dir, "events.log");
  const port = await freePort();
  const args = ["-e", options.botEndpoint, "-c", "msteams", "-p", String(port), "--dt", "--er"];
  if (options.serviceUrl) args.push("--su", options.serviceUrl);
  const child: ChildProcess = spawn(PLAYGROUND_BIN, args, {
    cwd: dir,
    env: { ...process.env, M365_AGENTS_PLAYGROUND_RECORDING_FILE: recordingFile, BROWSER: "none" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Should the test process end without closing it, the Playground goes with it.
  const stopChild = () => child.kill("SIGKILL");
  process.once("exit", stopChild);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the Playground exited: ${output.slice(-500)}`);
    const pong = await fetch(`${url}/_debug/ping`).then(
      (response) => response.text(),
      () => "",
    );
    if (pong === "pong") break;
    if (Date.now() > deadline) throw new Error(`the Playground did not start: ${output.slice(-500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const recording = async (): Promise<RecordedEvent[]> => {
    const text = await readFile(recordingFile, "utf8").catch(() => "");
    return text
      .split(/\n---\n/)
      .map((chunk) => chunk.trim())
      .filter(Boolean)
      .map((chunk) => JSON.parse(chunk) as RecordedEvent);
  };
  return {
    url,
    port,
    recording,
    async botMessages(conversationId) {
      return (await recording()).filter(
        (event) =>
          event.conversationId === conversationId &&
          /^(POST|PUT)$/i.test(event.request?.method ?? "") &&
          /\/v3\/conversations\/[^/]+\/activities/.test(event.request?.url ?? "") &&
          event.request?.body?.type === "message",
      );
    },
    async call(method, path, body) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: the caller looks at the text.
      }
      return { status: response.status, body: parsed };
    },
    async close() {
      process.off("exit", stopChild);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A request the fault-injecting connector proxy saw. */
export interface ProxiedRequest {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

/**
 * Sits between the bot and the Playground's mock Bot Connector (`--su` points activities at it):
 * forwards everything, can fail the next posts to simulate a connector outage, and answers the
 * meeting-notification call Teams has and the Playground does not (`/v1/meetings/{id}/notification`).
 */
export interface ConnectorProxy {
  url: string;
  requests: ProxiedRequest[];
  /** The next `count` POSTs of new activities get `status` without reaching the Playground. */
  failNextPosts(count: number, status: number): void;
  setTarget(connectorUrl: string): void;
  close(): Promise<void>;
}

export async function startConnectorProxy(): Promise<ConnectorProxy> {
  let target = "";
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  const requests: ProxiedRequest[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      let body: unknown;
      try {
        body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
      } catch {
        body = raw.toString("utf8");
      }
      const path = (req.url ?? "/").replace(/^\/_connector/, "");
      const seen = (status: number) => requests.push({ method: req.method ?? "GET", path, status, body });
      if (req.method === "POST" && /^\/v1\/meetings\/[^/]+\/notification/.test(path)) {
        seen(202);
        res.writeHead(202, { "content-type": "application/json" }).end("{}");
        return;
      }
      if (
        req.method === "POST" &&
        /^\/v3\/conversations\/[^/]+\/activities\/?$/.test(path) &&
        failures.count > 0
      ) {
        failures = { ...failures, count: failures.count - 1 };
        seen(failures.status);
        res.writeHead(failures.status, { "content-type": "application/json" }).end('{"error":"injected"}');
        return;
      }
      const forward = httpRequest(
        `${target}${path}`,
        { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
        (upstream) => {
          seen(upstream.statusCode ?? 502);
          res.writeHead(upstream.statusCode ?? 502, upstream.headers);
          upstream.pipe(res);
        },
      );
      forward.on("error", () => {
        seen(502);
        res.writeHead(502).end();
      });
      forward.end(raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/_connector`,
    requests,
    failNextPosts(count, status) {
      failures = { count, status };
    },
    setTarget(connectorUrl) {
      target = connectorUrl.replace(/\/+$/, "");
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** An API on a free port whose bot settings come from `botEnv` instead of the process. */
export async function startBotApi(
  cosmosEndpoint: string,
  botEnv: NodeJS.ProcessEnv,
  log: (line: string) => void = () => undefined,
): Promise<{ api: LocalHost; services: Services; notifications: NotificationService }> {
  const config = loadConfig({
    ...botEnv,
    AUTH_MODE: "dev",
    COSMOS_ENDPOINT: cosmosEndpoint,
    COSMOS_DATABASE: `test-${randomUUID()}`,
  });
  const services = await createServices(config, { log });
  const { notifications } = services;
  const api = await startLocalHost(createRoutes(services), { port: 0 });
  return { api, services, notifications };
}

/** Waits until `check` returns something other than undefined. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
