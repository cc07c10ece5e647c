/**
 * A child process that hosts servers for the bench: the Cosmos-protocol server or API instances on
 * the built-in host, started with the tests' own helpers. Servers live here rather than in the
 * bench process so that the load generator and the servers it measures never share an event loop
 * (a busy server would otherwise delay the generator's timers and hide its own latency).
 *
 * Spoken to over IPC by ./processes.ts; exits when the parent goes away, so no server outlives a run.
 */
import type { LocalCosmos } from "../../api/src/local/cosmos-server";
import type { LocalHost } from "../../api/src/local/http-host";
import { startApi, startCosmos } from "../../tests/support/stack";
import type { WorkerReply, WorkerRequest } from "./protocol";

const cosmosServers: LocalCosmos[] = [];
const apis = new Map<string, LocalHost>();

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case "startCosmos": {
      const cosmos = await startCosmos();
      cosmosServers.push(cosmos);
      return { endpoint: cosmos.endpoint };
    }
    case "startApi": {
      const api = await startApi(request.endpoint, { env: request.env });
      apis.set(api.url, api);
      return { url: api.url, port: api.port };
    }
    case "stopApi": {
      await apis.get(request.url)?.close();
      apis.delete(request.url);
      return null;
    }
    case "cpuUsage":
      return process.cpuUsage();
    case "shutdown":
      await shutdown();
      return null;
  }
}

let stopping: Promise<void> | undefined;
function shutdown(): Promise<void> {
  stopping ??= (async () => {
    await Promise.allSettled([...apis.values()].map((api) => api.close()));
    apis.clear();
    await Promise.allSettled(cosmosServers.map((cosmos) => cosmos.stop()));
    cosmosServers.length = 0;
  })();
  return stopping;
}

const send = (reply: WorkerReply) => process.send?.(reply);

process.on("message", (message: WorkerRequest) => {
  handle(message).then(
    (value) => {
      send({ id: message.id, ok: true, value });
      if (message.op === "shutdown") process.disconnect();
    },
    (error: unknown) =>
      send({
        id: message.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});

// The bench process died or let go of us: stop every server and leave.
process.on("disconnect", () => {
  void shutdown().finally(() => process.exit(0));
});

send({ id: 0, ok: true, value: "ready" });
