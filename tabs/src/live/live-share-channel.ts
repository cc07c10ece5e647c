import { LiveEvent, LivePresence, LiveShareClient, PresenceState } from "@microsoft/live-share";
import type { ILiveShareClientOptions, ILiveShareHost, ILiveShareJoinResults } from "@microsoft/live-share";
import { ConnectionState } from "fluid-framework";
import type { IFluidContainer } from "fluid-framework";
import { createLiveShareHost } from "../teams/live-share-host";
import { LocalTokenProvider } from "./local-token-provider";
import { JOIN_TIMEOUT_MS, rejoinDelay } from "./live-mode";
import { parseSignal } from "./live-signal";
import type { RoundSignal } from "./live-signal";
import { liveMode, receiveSignal, reportLive, setPresence, setSender } from "./live-status";
import { presentIds } from "./present-users";

/**
 * The meeting's Live Share session (loaded after the first render): joins the container Teams
 * keeps for the meeting, carries round signals both ways, marks this person present (for the
 * nudge, docs/notifications.md) and reports whether it is connected. It rejoins with backoff after
 * a failed join or a lost container; polling covers the gaps.
 */

/** A disconnected container that has not reconnected by itself after this long is replaced. */
const RECONNECT_GRACE_MS = 8_000;

// `presence` carries no data of ours: Live Share names each client by the user Teams says it is.
const schema = { initialObjects: { rounds: LiveEvent, presence: LivePresence } };

async function connectionFor(host: ILiveShareHost): Promise<ILiveShareClientOptions["connection"]> {
  const tenant = await host.getFluidTenantInfo();
  // The local Teams host page runs the Fluid local service; Teams itself names a real tenant.
  return tenant.tenantId === "local"
    ? { type: "local", endpoint: tenant.serviceEndpoint, tokenProvider: new LocalTokenProvider() }
    : undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Live Share join took over ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

let container: IFluidContainer | null = null;
let retry: ReturnType<typeof setTimeout> | undefined;
let grace: ReturnType<typeof setTimeout> | undefined;

function scheduleRejoin(host: ILiveShareHost) {
  clearTimeout(retry);
  retry = setTimeout(() => void join(host), rejoinDelay(liveMode().failures));
}

function drop(host: ILiveShareHost, event: "failed" | "disconnected") {
  setSender(null);
  setPresence(null);
  clearTimeout(grace);
  const old = container;
  container = null;
  if (old && !old.disposed) old.dispose();
  reportLive({ kind: event });
  scheduleRejoin(host);
}

/**
 * Marks this person present and, once that works, lets the panel read who else is. A container
 * made before presence was in the schema (an older version of the app started the meeting's
 * session) has none: then nobody is named and the nudge goes to every member, as without Live Share.
 */
async function startPresence(joined: IFluidContainer, services: ILiveShareJoinResults["services"]) {
  const presence = joined.initialObjects.presence as LivePresence | undefined;
  if (!presence) return;
  try {
    await withTimeout(presence.initialize(undefined, PresenceState.online), JOIN_TIMEOUT_MS);
  } catch (error) {
    console.warn("Live Share presence did not start; a nudge will name nobody.", error);
    return;
  }
  if (container !== joined) return;
  setPresence(() => {
    const connected = new Set<string>();
    for (const member of services.audience.getMembers().values()) {
      for (const connection of member.connections) connected.add(connection.id);
    }
    const users = presence.getUsers().map((user) => ({
      userId: user.userId,
      state: user.state,
      clientIds: user
        .getConnections()
        .filter((connection) => connection.state !== PresenceState.offline)
        .map((connection) => connection.clientId),
    }));
    return presentIds(users, connected);
  });
}

async function join(host: ILiveShareHost) {
  reportLive({ kind: "joining" });
  let joined: IFluidContainer;
  let services: ILiveShareJoinResults["services"];
  let rounds: LiveEvent<RoundSignal>;
  try {
    const client = new LiveShareClient(host, { connection: await connectionFor(host) });
    const result = await withTimeout(client.joinContainer(schema), JOIN_TIMEOUT_MS);
    joined = result.container;
    services = result.services;
    rounds = joined.initialObjects.rounds as LiveEvent<RoundSignal>;
    rounds.on("received", (event: unknown, local: boolean) => {
      const signal = local ? null : parseSignal(event);
      if (signal) receiveSignal(signal);
    });
    await withTimeout(rounds.initialize(), JOIN_TIMEOUT_MS);
  } catch (error) {
    console.warn("Live Share join failed; polling instead.", error);
    drop(host, "failed");
    return;
  }
  container = joined;
  const connected = () => {
    clearTimeout(grace);
    setSender((signal) => void rounds.send(signal).catch(() => undefined));
    reportLive({ kind: "connected" });
  };
  joined.on("connected", connected);
  joined.on("disconnected", () => {
    setSender(null);
    reportLive({ kind: "disconnected" });
    // Fluid reconnects by itself; if it cannot (the service lost the container), join afresh.
    clearTimeout(grace);
    grace = setTimeout(() => {
      if (container === joined && joined.connectionState !== ConnectionState.Connected)
        drop(host, "disconnected");
    }, RECONNECT_GRACE_MS);
  });
  joined.on("disposed", () => {
    if (container === joined) drop(host, "disconnected");
  });
  if (joined.connectionState === ConnectionState.Connected) connected();
  void startPresence(joined, services);
}

/** Joins the meeting's session through teams-js, or reports Live Share unavailable in this host. */
export function startLiveChannel(): void {
  // Teams answers the calls behind it; the local Teams host page answers them the same way.
  const host = createLiveShareHost();
  if (!host) {
    reportLive({ kind: "unavailable" });
    return;
  }
  window.addEventListener("offline", () => {
    if (container) drop(host, "disconnected");
  });
  window.addEventListener("online", () => {
    if (container) return;
    clearTimeout(retry);
    void join(host);
  });
  void join(host);
}
