import type { RoundDoc } from "../cosmos/documents";

/** How many rounds' starts an instance keeps: a few hundred bytes each. */
const KEPT = 20_000;

/**
 * A round's start never changes once the round exists, so each API instance remembers the starts
 * of the rounds it has seen (created, read, listed). An answer needs its round's start as its
 * history sort key (`roundAt`), and this lets a submit stay one create plus one patch: only the
 * first answer to a round this instance has never seen costs a point read.
 */
const starts = new Map<string, string>();

const key = (pk: string, roundId: string) => `${pk}\n${roundId}`;

export function rememberRoundStart(round: Pick<RoundDoc, "pk" | "id" | "startedAt">): void {
  const at = key(round.pk, round.id);
  starts.delete(at);
  starts.set(at, round.startedAt);
  // Oldest first out: a Map iterates in insertion order.
  if (starts.size > KEPT) starts.delete(starts.keys().next().value!);
}

/** The round's start if this instance has seen the round (round-repository.ts `roundStartOf`). */
export function knownRoundStart(pk: string, roundId: string): string | undefined {
  return starts.get(key(pk, roundId));
}
