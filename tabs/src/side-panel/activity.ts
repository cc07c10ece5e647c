import { IDLE_AFTER_MS } from "./poll-schedule";

/*
 * When the person last touched the panel: polling slows down for someone who has walked away, and
 * picks up again the moment they come back.
 */

let lastInput = Date.now();
let installed = false;
const wakeListeners = new Set<() => void>();

function onInput() {
  const wasIdle = Date.now() - lastInput >= IDLE_AFTER_MS;
  lastInput = Date.now();
  if (wasIdle) for (const listener of wakeListeners) listener();
}

function install() {
  if (installed) return;
  installed = true;
  for (const type of ["pointerdown", "keydown", "wheel", "focusin"] as const) {
    window.addEventListener(type, onInput, { capture: true, passive: true });
  }
}

export const idleFor = (now = Date.now()) => now - lastInput;

/** Calls `listener` when the person comes back after being idle. */
export function onWake(listener: () => void): () => void {
  install();
  wakeListeners.add(listener);
  return () => wakeListeners.delete(listener);
}
