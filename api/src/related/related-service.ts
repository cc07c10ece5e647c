import type { RelatedItem, RelatedQuery, RelatedResponse } from "@learning-loop/contract";
import type { ScopeAccess } from "../auth/identity";
import type { Db } from "../cosmos/db";
import { othersVisible } from "../rounds/round-view";
import { indexFor } from "./index-cache";
import { isFresh } from "./index-freshness";
import { changedOrListed } from "./related-repository";
import type { IndexEntry, Ranked, ScopeIndex } from "./scope-index";
import { matchedWords } from "./text-analysis";

/** Candidates checked against the database per round of checking, beyond those asked for. */
const EXTRA_CANDIDATES = 5;
/** Rounds of checking before the answer settles for what is confirmed. */
const ATTEMPTS = 3;

/**
 * The scope's own answers and experiments related to `text`, most related first (docs/memory.md).
 *
 * The instance's index for the scope answers the ranking. Unless it was checked within the last
 * second and nothing was written in the scope through this instance since, one query brings it up
 * to date (everything written since its newest `_ts`) and confirms the candidates still exist, so
 * nothing deleted on another instance, by erasure or by retention, shows for longer than that. Only what
 * the caller could see in history is admitted: experiments, and answers of rounds whose answers
 * are visible to every member (or the caller's own named answers).
 */
export async function relatedItems(
  db: Db,
  access: ScopeAccess,
  query: RelatedQuery,
): Promise<RelatedResponse> {
  const index = await indexFor(db, access);
  const admit = (entry: IndexEntry) => {
    if (query.kind && entry.kind !== query.kind) return false;
    if (query.excludeRoundId && entry.roundId === query.excludeRoundId) return false;
    if (entry.kind === "experiment") return true;
    const round = index.round(entry.roundId);
    return round !== undefined && (othersVisible(round, false) || entry.authorOid === access.oid);
  };

  const top = () => index.rank(query.text, admit, query.limit + EXTRA_CANDIDATES);
  if (isFresh(access.scope, index.checkedAt)) {
    return {
      items: top()
        .slice(0, query.limit)
        .map((result) => toItem(index, result)),
    };
  }
  const confirmed = new Set<string>();
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const candidates = top().map(({ entry }) => entry.id);
    const settled = candidates.slice(0, query.limit).every((id) => confirmed.has(id));
    // The first round always asks: it also brings in what was written since the index's newest write.
    if (attempt > 0 && settled) break;
    await refresh(
      db,
      access,
      index,
      candidates.filter((id) => !confirmed.has(id)),
      confirmed,
    );
  }
  const items = top()
    .filter(({ entry }) => confirmed.has(entry.id))
    .slice(0, query.limit)
    .map((result) => toItem(index, result));
  return { items };
}

async function refresh(
  db: Db,
  access: ScopeAccess,
  index: ScopeIndex,
  ids: string[],
  confirmed: Set<string>,
): Promise<void> {
  const linked = ids.flatMap((id) => {
    const experiment = index.experimentFrom(id);
    return experiment ? [experiment.id] : [];
  });
  const checkedAt = Date.now();
  const docs = await changedOrListed(db, access, index.deltaSince(), [...ids, ...linked]);
  const seen = new Set<string>();
  for (const doc of docs) {
    index.apply(doc);
    seen.add(doc.id);
    confirmed.add(doc.id);
  }
  for (const id of [...ids, ...linked]) if (!seen.has(id)) index.remove(id);
  index.checkedAt = checkedAt;
  index.reachBack = 0;
}

function toItem(index: ScopeIndex, { entry, terms }: Ranked): RelatedItem {
  const round = index.round(entry.roundId);
  const experiment = entry.kind === "answer" ? index.experimentFrom(entry.id) : undefined;
  const shown = entry.kind === "experiment" ? `${entry.text}\n${entry.outcome ?? ""}` : entry.text;
  return {
    kind: entry.kind,
    id: entry.id,
    roundId: entry.roundId,
    roundAt: entry.roundAt,
    promptText: round?.promptText ?? null,
    text: entry.text,
    mode: entry.mode,
    status: experiment?.status ?? entry.status,
    outcome: experiment?.outcome ?? entry.outcome,
    matched: matchedWords(shown, new Set(terms)),
  };
}
