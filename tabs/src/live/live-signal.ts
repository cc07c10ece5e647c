/**
 * The one thing the live channel carries: "round R is now at version N or later". No answer text,
 * no identity: on a signal, each client asks the API with its own conditional GET, so what it may
 * see is still decided there (docs/architecture.md §6).
 */
export interface RoundSignal {
  roundId: string;
  /** A lower bound: the round is at this version or later. */
  version: number;
}

const ROUND_ID = /^[\w-]{1,100}$/;

/** A signal from the wire, or null for anything else (the channel is shared with other clients' code). */
export function parseSignal(value: unknown): RoundSignal | null {
  if (typeof value !== "object" || value === null) return null;
  const { roundId, version } = value as Partial<RoundSignal>;
  if (typeof roundId !== "string" || !ROUND_ID.test(roundId) || roundId === "current") return null;
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 0) return null;
  return { roundId, version };
}

/** The round's version from its ETag (`"<version>-<viewer>"`, api/src/rounds/round-view.ts), or null. */
export function versionOf(etag: string | null | undefined): number | null {
  const match = /^(?:W\/)?"(\d+)-/.exec(etag ?? "");
  return match ? Number(match[1]) : null;
}

/** Writes that change what a round looks like: starting, answering, editing, reacting, closing, revealing. */
const ROUND_WRITE =
  /^scopes\/[^/]+\/rounds(?:\/([^/]+)(?:\/(?:close|reveal|answers(?:\/[^/]+(?:\/reactions\/[^/]+)?)?))?)?$/;

/**
 * The round a successful write changed, from its path and (for round writes) the round the API
 * answered with; null for writes that change no round (a nudge, a setting).
 */
export function signalForWrite(
  path: string,
  answer: { etag: string | null; data: unknown },
  knownVersion: (roundId: string) => number | null,
): RoundSignal | null {
  const match = ROUND_WRITE.exec(path.split("?")[0] ?? "");
  if (!match) return null;
  const data = answer.data as { id?: unknown; etag?: unknown; status?: unknown } | undefined;
  const roundId = match[1] ? decodeURIComponent(match[1]) : typeof data?.id === "string" ? data.id : null;
  if (roundId === null || roundId === "current") return null;
  // A round write answers with the round: its version is exact.
  const exact = typeof data?.status === "string" ? versionOf(answer.etag) : null;
  if (exact !== null) return { roundId, version: exact };
  // An answer or reaction moved the round past what this client last saw.
  return { roundId, version: (knownVersion(roundId) ?? 0) + 1 };
}
