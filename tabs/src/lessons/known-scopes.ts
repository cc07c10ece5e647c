/**
 * The teams and meetings this person opened Learning Loop's history tab in, on this device: where the
 * personal app ("Learning from other teams", which has no team of its own) can start an adopted
 * lesson. No API lists a person's scopes (membership lives in Teams); the API still checks
 * membership on every adoption, so a stale entry only costs a refused try.
 */
export interface KnownScope {
  scope: string;
  name: string;
}

const KEY = "learning-loop.known-scopes";
const MAX = 20;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function knownScopes(): KnownScope[] {
  const raw = storage()?.getItem(KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (entry): entry is KnownScope =>
        typeof entry === "object" &&
        entry !== null &&
        typeof (entry as KnownScope).scope === "string" &&
        typeof (entry as KnownScope).name === "string",
    );
  } catch {
    return [];
  }
}

/** Remembers a scope (most recent first, its current name); called when its history tab opens. */
export function rememberScope(scope: string, name: string) {
  const next = [{ scope, name }, ...knownScopes().filter((entry) => entry.scope !== scope)].slice(0, MAX);
  try {
    storage()?.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the personal app then offers fewer teams.
  }
}
