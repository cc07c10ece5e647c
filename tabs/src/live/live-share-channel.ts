import { LiveEvent, LiveShareClient } from "@microsoft/live-share";
import type { ILiveShareClientOptions, ILiveShareHost } from "@microsoft/live-share";
import { ConnectionState } from "fluid-framework";
import type { IFluidContainer } from "fluid-framework";
import { createLiveShareHost } from "../teams/live-share-host";
import { LocalTokenProvider } from "./local-token-provider";
import { JOIN_TIMEOUT_MS, rejoinDelay } from "./live-mode";
import { parseSignal } from "./live-signal";
import type { RoundSignal } from "./live-signal";
import { liveMode, receiveSignal, reportLive, setSender } from "./live-status";

/**
 * The meeting's Live Share session (loaded after the first render): joins the container Teams
 * keeps for the meeting, carries round signals both ways and reports whether it is connected. It
 * rejoins with backoff after a failed join or a lost container; polling covers the gaps.
 */

/** A disconnected container that has not reconnected by itself after this long is replaced. */
const RECONNECT_GRACE_MS = 8_000;

const schema = { initialObjects: { rounds: LiveEvent } };

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
  clearTimeout(grace);
  const old = container;
  container = null;
  if (old && !old.disposed) old.dispose();
  reportLive({ kind: event });
  scheduleRejoin(host);
}

async function join(host: ILiveShareHost) {
  reportLive({ kind: "joining" });
  let joined: IFluidContainer;
  let rounds: LiveEvent<RoundSignal>;
  try {
    const client = new LiveShareClient(host, { connection: await connectionFor(host) });
    const result = await withTimeout(client.joinContainer(schema), JOIN_TIMEOUT_MS);
    joined = result.container;
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
