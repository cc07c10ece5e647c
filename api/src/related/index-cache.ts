import type { Db } from "../cosmos/db";
import type { Scoped } from "../cosmos/scoped";
import { indexSourcePages } from "./related-repository";
import { ScopeIndex } from "./scope-index";

/**
 * The related indexes this API instance holds, one per scope, built on a scope's first related
 * request from one paged query and kept current after that by the request's own query (see
 * related-service.ts). Bounded by entries: the least recently used scopes go first.
 */
export const KEPT_ENTRIES = 400_000;

/**
 * `_ts` has one-second resolution and a write may land in the second the last read saw; the next
 * delta asks again from a little before.
 */
export const DELTA_OVERLAP_SECONDS = 2;

/**
 * Documents per page of a build. Small enough that a page of compact documents (≈ 0.5 MB) stays
 * well inside Cosmos DB's 4 MB page and the client's 10 s request timeout on a slow local server.
 */
const BUILD_PAGE = 2000;

interface Held {
  index: Promise<ScopeIndex>;
  built?: ScopeIndex;
}

const byDb = new WeakMap<Db, Map<string, Held>>();

function heldIn(db: Db): Map<string, Held> {
  let held = byDb.get(db);
  if (!held) {
    held = new Map();
    byDb.set(db, held);
  }
  return held;
}

async function build(db: Db, at: Scoped): Promise<ScopeIndex> {
  const index = new ScopeIndex();
  const started = Date.now();
  index.checkedAt = started;
  for await (const page of indexSourcePages(db, at, BUILD_PAGE)) for (const doc of page) index.apply(doc);
  // A document written while the build read its pages may sit in a page already read, under a
  // `_ts` below the newest seen; it is no older than the build, which the first delta reaches back over.
  index.reachBack = Math.ceil((Date.now() - started) / 1000) + 1;
  return index;
}

/** The scope's index, built now if this instance has none (concurrent callers share one build). */
export async function indexFor(db: Db, at: Scoped): Promise<ScopeIndex> {
  const held = heldIn(db);
  let entry = held.get(at.pk);
  if (entry) {
    held.delete(at.pk);
    held.set(at.pk, entry); // most recently used last
  } else {
    const fresh: Held = { index: build(db, at) };
    held.set(at.pk, fresh);
    entry = fresh;
  }
  try {
    entry.built = await entry.index;
  } catch (error) {
    // A failed build is forgotten, so the next request tries again.
    if (held.get(at.pk) === entry) held.delete(at.pk);
    throw error;
  }
  evict(held, at.pk);
  return entry.built;
}

function evict(held: Map<string, Held>, keep: string): void {
  let total = 0;
  for (const entry of held.values()) total += entry.built?.size ?? 0;
  for (const [pk, entry] of held) {
    if (total <= KEPT_ENTRIES) break;
    if (pk === keep || !entry.built) continue;
    held.delete(pk);
    total -= entry.built.size;
  }
}

/** Drops a scope's index on this instance (its data was purged). */
export function forgetIndex(db: Db, pk: string): void {
  byDb.get(db)?.delete(pk);
}
