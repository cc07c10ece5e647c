import { app, teamsCore } from "@microsoft/teams-js";

type Listener = (suspended: boolean) => void;

let suspended = false;
const listeners = new Set<Listener>();
let registered = false;

function setSuspended(next: boolean) {
  if (suspended === next) return;
  suspended = next;
  for (const listener of listeners) listener(next);
}

/** True while Teams keeps the side panel cached but out of sight: nothing should poll then. */
export const isSuspended = () => suspended;

export function onSuspendedChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves at once while the panel is in sight, else when Teams shows it again. */
export function whenInSight(): Promise<void> {
  if (!suspended) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = onSuspendedChange((now) => {
      if (now) return;
      stop();
      resolve();
    });
  });
}

function isCachingSupported(): boolean {
  try {
    return teamsCore.isSupported();
  } catch {
    // Thrown before initialization completed: no host to cache the panel.
    return false;
  }
}

/**
 * App caching for the side panel (Teams keeps the frame alive between openings): before Teams
 * hides the panel, polling pauses and the app says it is ready to be unloaded; when Teams shows
 * it again, polling resumes and the app reports success again as Teams expects.
 */
export function registerAppCaching() {
  if (registered) return;
  registered = true;
  if (!isCachingSupported()) return;
  teamsCore.registerBeforeUnloadHandler((readyToUnload) => {
    setSuspended(true);
    readyToUnload();
    return true;
  });
  teamsCore.registerOnLoadHandler(() => {
    setSuspended(false);
    app.notifySuccess();
  });
}
