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
/** Who Live Share shows in the meeting right now, while its presence is joined (null when not). */
let presence: (() => string[] | null) | null = null;
const presenceListeners = new Set<Listener<boolean>>();
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

/** For the channel: how to read who is present, while its presence is joined (null when not). */
export function setPresence(read: (() => string[] | null) | null) {
  const changed = (read === null) !== (presence === null);
  presence = read;
  if (changed) for (const listener of presenceListeners) listener(read !== null);
}

/**
 * The Entra object ids of the people Live Share shows in the meeting (this person included), or
 * null while the channel is not live or knows no presence, or when more are there than a nudge
 * can name: then nobody can say who is there.
 */
export const presentUsers = (): string[] | null => (mode.phase === "live" && presence ? presence() : null);

/** Whether `presentUsers` can answer, and when that changes (with the live mode or the presence). */
export const knowsPresence = (): boolean => mode.phase === "live" && presence !== null;

export function onPresence(listener: () => void): () => void {
  presenceListeners.add(listener);
  modeListeners.add(listener);
  return () => {
    presenceListeners.delete(listener);
    modeListeners.delete(listener);
  };
}

/**
 * Live Share signals are best effort: one can be lost while a client's connection is busy (a
 * client joining, a starved CPU), and then the others learn of the change only from their safety
 * poll, up to LIVE_SAFETY_MS later. So each signal goes out once more after this long. Receivers
 * that already have the version ignore the repeat (use-round.ts), so it costs no API request.
 */
export const SIGNAL_REPEAT_MS = 1_500;

/** Tells the meeting that a round changed, now and once more shortly; a no-op while not live. */
export function sendRoundSignal(signal: RoundSignal) {
  noteVersion(signal.roundId, signal.version);
  sender?.(signal);
  setTimeout(() => sender?.(signal), SIGNAL_REPEAT_MS);
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
