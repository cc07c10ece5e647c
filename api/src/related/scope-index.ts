import type {
  ExperimentStatus,
  LearningMode,
  RelatedKind,
  RevealMode,
  RoundStatus,
} from "@learning-loop/contract";
import MiniSearch from "minisearch";
import type { Query } from "minisearch";
import { detectLanguage, documentTerms, queryTerms } from "./text-analysis";
import type { IndexSourceDoc } from "./related-repository";

/** What the index keeps of an answer or experiment: enough to rank, filter and show it. */
export interface IndexEntry {
  kind: RelatedKind;
  id: string;
  roundId: string | null;
  roundAt: string | null;
  text: string;
  mode: LearningMode | null;
  /** An experiment's status and outcome. */
  status: ExperimentStatus | null;
  outcome: string | null;
  /** An answer's named author (never kept for anonymous answers); only to let people see their own. */
  authorOid: string | null;
  /** The answer an experiment came from. */
  sourceAnswerId: string | null;
  /** Sorts equally relevant items: when the outcome came (experiments) or the round started. */
  recency: string;
  ts: number;
}

export interface IndexRound {
  roundAt: string;
  promptText: string;
  status: RoundStatus;
  revealMode: RevealMode;
  revealed: boolean;
}

export interface Ranked {
  entry: IndexEntry;
  score: number;
  /** The index terms that matched. */
  terms: string[];
}

/** Relative difference under which two scores count as a tie (floating-point sums differ in the last bits). */
const TIE = 1e-9;

/**
 * Scoring is what a related request costs, and a query word held by many of the scope's documents
 * costs the most while weighing least in BM25. From `SELECTIVE_FROM` entries on, a query leaves out
 * words held by more than `COMMON_SHARE` of them (the team's own stopwords) and keeps at most its
 * `RAREST_WORDS` rarest words; a query of common words only keeps its rarest one.
 */
export const SELECTIVE_FROM = 2000;
export const COMMON_SHARE = 0.2;
export const RAREST_WORDS = 6;

/**
 * One scope's related-history index in memory: BM25 (MiniSearch's BM25+) over the stemmed, folded
 * terms of answers and of experiments with their outcomes, plus the rounds' reveal state.
 */
export class ScopeIndex {
  private readonly search = new MiniSearch<{ id: string; terms: string }>({
    fields: ["terms"],
    tokenize: (terms) => terms.split(" "),
    processTerm: (term) => term || null,
  });
  private readonly entries = new Map<string, IndexEntry>();
  private readonly rounds = new Map<string, IndexRound & { ts: number }>();
  /** Experiments by the answer they came from. */
  private readonly fromAnswer = new Map<string, string>();
  /** How many entries hold each term, and each entry's distinct terms (to count it out again). */
  private readonly docFreq = new Map<string, number>();
  private readonly termsOf = new Map<string, string[]>();
  /** The newest `_ts` applied, and when (this instance's clock, ms) it was first seen. */
  newestTs = 0;
  newestSeenAt = 0;
  /** Seconds before `newestTs` the next delta must reach back (a build's own duration, then none). */
  reachBack = 0;
  /** When the database was last asked for what changed (ms since the epoch). */
  checkedAt = 0;

  get size(): number {
    return this.entries.size;
  }

  entry(id: string): IndexEntry | undefined {
    return this.entries.get(id);
  }

  round(id: string | null): IndexRound | undefined {
    return id === null ? undefined : this.rounds.get(id);
  }

  /** The experiment made from an answer, if any. */
  experimentFrom(answerId: string): IndexEntry | undefined {
    const id = this.fromAnswer.get(answerId);
    return id === undefined ? undefined : this.entries.get(id);
  }

  /** Adds or replaces a document as read from the database; an older copy than the one kept is ignored. */
  apply(doc: IndexSourceDoc, now = Date.now()): void {
    if (doc._ts > this.newestTs) [this.newestTs, this.newestSeenAt] = [doc._ts, now];
    if (doc.type === "round") {
      const kept = this.rounds.get(doc.id);
      if (kept && kept.ts > doc._ts) return;
      const { roundAt, promptText, status, revealMode, revealed } = doc;
      this.rounds.set(doc.id, { roundAt, promptText, status, revealMode, revealed, ts: doc._ts });
      return;
    }
    const kept = this.entries.get(doc.id);
    if (kept && kept.ts > doc._ts) return;
    const entry = toEntry(doc);
    if (kept && sameEntry(kept, entry)) return;
    const indexed = entry.kind === "experiment" ? `${entry.text}\n${entry.outcome ?? ""}` : entry.text;
    const terms = documentTerms(indexed, detectLanguage(indexed));
    if (kept) this.remove(doc.id);
    this.entries.set(entry.id, entry);
    if (entry.sourceAnswerId) this.fromAnswer.set(entry.sourceAnswerId, entry.id);
    const distinct = [...new Set(terms)].filter((term) => term !== "");
    for (const term of distinct) this.docFreq.set(term, (this.docFreq.get(term) ?? 0) + 1);
    this.termsOf.set(entry.id, distinct);
    this.search.add({ id: entry.id, terms: terms.join(" ") });
  }

  /**
   * Where the next delta starts (seconds, inclusive). A write gets its `_ts` when it commits, so a
   * second whose writes this instance has seen may still gain some for a moment: it is asked again
   * until it has been seen for two seconds (measured on this instance's clock, so clock skew
   * between the instance and the database does not matter).
   */
  deltaSince(now = Date.now()): number {
    const settled = now - this.newestSeenAt >= 2000;
    return (settled ? this.newestTs + 1 : this.newestTs) - this.reachBack;
  }

  /** Forgets an answer or experiment that no longer exists. */
  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const term of this.termsOf.get(id) ?? []) {
      const count = (this.docFreq.get(term) ?? 1) - 1;
      if (count > 0) this.docFreq.set(term, count);
      else this.docFreq.delete(term);
    }
    this.termsOf.delete(id);
    if (entry.sourceAnswerId && this.fromAnswer.get(entry.sourceAnswerId) === id)
      this.fromAnswer.delete(entry.sourceAnswerId);
    this.search.discard(id);
  }

  /** The query words worth scoring (see `SELECTIVE_FROM`): all of them in a small scope. */
  selective(words: string[][]): string[][] {
    if (this.entries.size < SELECTIVE_FROM) return words;
    const known = words
      .map((terms) => ({ terms, frequency: wordFrequency(this.docFreq, terms) }))
      .filter((word) => word.frequency > 0)
      .sort((a, b) => a.frequency - b.frequency);
    const rare = known.filter((word) => word.frequency <= COMMON_SHARE * this.entries.size);
    return (rare.length > 0 ? rare.slice(0, RAREST_WORDS) : known.slice(0, 1)).map((word) => word.terms);
  }

  /**
   * The entries related to `text` that `admit` lets through, most related first (BM25); equally
   * related ones newest first. At most `limit`.
   */
  rank(text: string, admit: (entry: IndexEntry) => boolean, limit: number): Ranked[] {
    const words = this.selective(queryTerms(text));
    if (words.length === 0 || this.entries.size === 0) return [];
    const query: Query = {
      combineWith: "OR",
      queries: words.map((terms) => ({ combineWith: "OR", queries: terms })),
    };
    const results = this.search.search(query, {
      filter: (result) => {
        const entry = this.entries.get(result.id as string);
        return entry !== undefined && admit(entry);
      },
    });
    // MiniSearch returns its results by score, best first: only the head can reach the top `limit`
    // (those, and any tied with the last of them, which recency may move up), so only the head is
    // sorted. Sorting every match (tens of thousands for common words) cost most of a request.
    const head: Ranked[] = [];
    for (const result of results) {
      const last = head[limit - 1];
      if (last && !tied(result.score, last.score)) break;
      head.push({ entry: this.entries.get(result.id as string)!, score: result.score, terms: result.terms });
    }
    return head.sort(byRelevanceThenRecency).slice(0, limit);
  }
}

/** How many entries hold any of a query word's terms, at most (the most frequent of them). */
function wordFrequency(docFreq: ReadonlyMap<string, number>, terms: string[]): number {
  return Math.max(0, ...terms.map((term) => docFreq.get(term) ?? 0));
}

const sameEntry = (a: IndexEntry, b: IndexEntry) =>
  a.ts === b.ts &&
  a.text === b.text &&
  a.outcome === b.outcome &&
  a.status === b.status &&
  a.mode === b.mode &&
  a.authorOid === b.authorOid &&
  a.roundId === b.roundId;

const tied = (a: number, b: number) => Math.abs(a - b) <= TIE * Math.max(Math.abs(a), Math.abs(b));

export function byRelevanceThenRecency(a: Ranked, b: Ranked): number {
  if (!tied(a.score, b.score)) return b.score - a.score;
  return a.entry.recency < b.entry.recency ? 1 : a.entry.recency > b.entry.recency ? -1 : 0;
}

function toEntry(doc: Exclude<IndexSourceDoc, { type: "round" }>): IndexEntry {
  const roundId = doc.roundId ?? null;
  const roundAt = doc.roundAt ?? null;
  if (doc.type === "answer") {
    return {
      kind: "answer",
      id: doc.id,
      roundId,
      roundAt,
      text: doc.text,
      mode: doc.mode ?? null,
      status: null,
      outcome: null,
      authorOid: doc.anonymous ? null : (doc.author?.oid ?? null),
      sourceAnswerId: null,
      recency: roundAt ?? "",
      ts: doc._ts,
    };
  }
  return {
    kind: "experiment",
    id: doc.id,
    roundId,
    roundAt,
    text: doc.text,
    mode: null,
    status: doc.status,
    outcome: doc.outcome ?? null,
    authorOid: null,
    sourceAnswerId: doc.sourceAnswerId ?? null,
    recency: doc.closedAt ?? roundAt ?? doc.createdAt,
    ts: doc._ts,
  };
}
