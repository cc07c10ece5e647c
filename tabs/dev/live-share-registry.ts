import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";

/**
 * What Teams' Live Share service keeps for the local Teams host page (tabs/dev/host.ts): which
 * Fluid container belongs to which meeting (first writer wins, as `setFluidContainerId` promises),
 * and who each Fluid client is. In memory, in the Vite dev server, shared by every host page
 * it serves. `npm start` and the test stack add it to the dev server; `vite build` never sees it.
 *
 * - `GET  /dev/live-share/config`               the local Fluid service's address, or null
 * - `POST /dev/live-share/container/get`        `{ endpoint, meetingId }` → IFluidContainerInfo
 * - `POST /dev/live-share/container/set`        `{ endpoint, meetingId, containerId }` → IFluidContainerInfo
 * - `POST /dev/live-share/client/set`           `{ clientId, userId, displayName, roles }`
 * - `POST /dev/live-share/client/get`           `{ clientId }` → IClientInfo or null
 */

interface ClientInfo {
  userId: string;
  displayName: string;
  roles: string[];
}

const readJson = (request: IncomingMessage): Promise<Record<string, unknown>> =>
  new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      text += chunk;
      if (text.length > 10_000) request.destroy(new Error("body too large"));
    });
    request.on("end", () => {
      try {
        const value: unknown = JSON.parse(text || "{}");
        resolve(typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {});
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    request.on("error", reject);
  });

const send = (response: ServerResponse, status: number, body: unknown) => {
  response.statusCode = status;
  response.setHeader("content-type", "application/json");
  response.setHeader("cache-control", "no-store");
  response.end(JSON.stringify(body));
};

const text = (value: unknown) => (typeof value === "string" && value.length <= 500 ? value : null);

/** Only the local Fluid service on this machine is ever asked. */
const isLocalEndpoint = (endpoint: string) => /^http:\/\/(localhost|127\.0\.0\.1):\d{2,5}$/.test(endpoint);

/**
 * Whether the local Fluid service still has the container: after a restart it has forgotten it
 * (documents live in memory, summaries in a directory `npm start` empties). The summary history is
 * asked, not the document record, which a client reconnecting to the new process re-creates empty.
 */
async function exists(endpoint: string, containerId: string): Promise<boolean> {
  try {
    const response = await fetch(
      `${endpoint}/repos/local/commits?sha=${encodeURIComponent(containerId)}&count=1`,
    );
    if (!response.ok) return false;
    const commits: unknown = await response.json();
    return Array.isArray(commits) && commits.length > 0;
  } catch {
    return false;
  }
}

export function liveShareRegistry(options: { endpoint: string | null }): Plugin {
  const containers = new Map<string, string>();
  const clients = new Map<string, ClientInfo>();

  async function current(key: string, endpoint: string): Promise<string | null> {
    const id = containers.get(key);
    if (id === undefined) return null;
    if (await exists(endpoint, id)) return id;
    // The service restarted and forgot it: the next participant creates a new one.
    containers.delete(key);
    return null;
  }

  return {
    name: "learning-loop-live-share-registry",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use("/dev/live-share", (request, response, next) => {
        void (async () => {
          if (request.method === "GET" && request.url === "/config") {
            return send(response, 200, { endpoint: options.endpoint });
          }
          if (request.method !== "POST") return next();
          const body = await readJson(request);
          if (request.url === "/client/set" || request.url === "/client/get") {
            const clientId = text(body.clientId);
            if (!clientId) return send(response, 400, { error: "clientId" });
            if (request.url === "/client/get") return send(response, 200, clients.get(clientId) ?? null);
            const roles = Array.isArray(body.roles)
              ? body.roles.filter((role) => typeof role === "string")
              : [];
            clients.set(clientId, {
              userId: text(body.userId) ?? "",
              displayName: text(body.displayName) ?? "",
              roles: roles as string[],
            });
            return send(response, 200, roles);
          }
          const endpoint = text(body.endpoint);
          const meetingId = text(body.meetingId);
          if (!endpoint || !isLocalEndpoint(endpoint) || !meetingId) {
            return send(response, 400, { error: "endpoint and meetingId" });
          }
          const key = `${endpoint} ${meetingId}`;
          const existing = await current(key, endpoint);
          if (request.url === "/container/get") {
            return send(response, 200, {
              containerState: existing ? "AlreadyExists" : "NotFound",
              containerId: existing ?? undefined,
              shouldCreate: !existing,
              retryAfter: 0,
            });
          }
          if (request.url === "/container/set") {
            const containerId = text(body.containerId);
            if (!containerId) return send(response, 400, { error: "containerId" });
            // Checked again without a pause: two first participants may race to create it.
            const winner = existing ?? containers.get(key);
            if (winner) {
              return send(response, 200, {
                containerState: "AlreadyExists",
                containerId: winner,
                shouldCreate: false,
                retryAfter: 0,
              });
            }
            containers.set(key, containerId);
            return send(response, 200, {
              containerState: "Added",
              containerId,
              shouldCreate: false,
              retryAfter: 0,
            });
          }
          return next();
        })().catch((error: unknown) => send(response, 500, { error: String(error) }));
      });
    },
  };
}
