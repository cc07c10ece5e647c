import { observeWrites } from "../api/api-client";
import { initialLiveMode, nextLiveMode } from "./live-mode";
import type { LiveEvent, LiveMode } from "./live-mode";
import { signalForWrite } from "./live-signal";
import type { RoundSignal } from "./live-signal";

/**
 * The live channel as the rest of the tab sees it: its mode, the signals it brings and a way to
 * send one. Small and loaded with the first screen; Live Share itself (live-share-channel.ts) loads
 * after the first render and plugs in here.
 */

type Listener<T> = (value: T) => void;

let mode: LiveMode = initialLiveMode(Date.now());
let started = false;
const modeListeners = new Set<Listener<LiveMode>>();
const signalListeners = new Set<Listener<RoundSignal>>();
let sender: ((signal: RoundSignal) => void) | null = null;
/** The latest round version this tab has seen, per round: the base of the signal after a write. */
const versions = new Map<string, number>();

export const liveMode = (): LiveMode => mode;

export function onLiveMode(listener: Listener<LiveMode>): () => void {
  modeListeners.add(listener);
  return () => modeListeners.delete(listener);
}

export function onRoundSignal(listener: Listener<RoundSignal>): () => void {
  signalListeners.add(listener);
  return () => signalListeners.delete(listener);
}

/** For the channel: the phase changed. */
export function reportLive(event: LiveEvent, now = Date.now()) {
  const next = nextLiveMode(mode, event, now);
  if (next === mode) return;
  const changed = next.phase !== mode.phase;
  mode = next;
  if (changed) for (const listener of modeListeners) listener(mode);
}

/** For the channel: a signal arrived from another client. */
export function receiveSignal(signal: RoundSignal) {
  for (const listener of signalListeners) listener(signal);
}

/** For the channel: how to send, while connected (null when not). */
export function setSender(send: ((signal: RoundSignal) => void) | null) {
  sender = send;
}

/** Tells the meeting that a round changed; a no-op while the channel is not live. */
export function sendRoundSignal(signal: RoundSignal) {
  noteVersion(signal.roundId, signal.version);
  sender?.(signal);
}

export function noteVersion(roundId: string, version: number | null) {
  if (version !== null && version > (versions.get(roundId) ?? -1)) versions.set(roundId, version);
}

export const knownVersion = (roundId: string): number | null => versions.get(roundId) ?? null;

/** Marks the channel started, once per page: true for the first caller only. */
export function claimStart(): boolean {
  if (started) return false;
  started = true;
  return true;
}

// The writer tells the meeting once the API has acknowledged its write.
observeWrites((path, answer) => {
  const signal = signalForWrite(path, answer, knownVersion);
  if (signal) sendRoundSignal(signal);
});
