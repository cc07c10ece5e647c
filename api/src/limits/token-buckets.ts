/**
 * One token bucket per key (a member, a scope): `burst` requests at once, refilled at `perMinute`.
 * Kept in memory per Functions instance (docs/architecture.md §4), bounded: at most `maxKeys`
 * buckets; past that, buckets that have refilled (they hold nothing a fresh one would not) go
 * first, then the fullest of the least recently used.
 */
export interface BucketRule {
  /** Requests per minute, sustained. 0 switches the rule off. */
  perMinute: number;
  /** Requests allowed at once on top of the sustained rate (the bucket's size). */
  burst: number;
}

/** How many of the least recently used buckets are looked at to make room for a new one. */
const EVICTION_WINDOW = 64;

export type Take = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

export interface TokenBuckets {
  /** Takes one token for `key` at time `now` (ms), or says how many whole seconds until one is back. */
  take(key: string, now: number): Take;
  /** Buckets held right now (for tests and the memory bound). */
  size(): number;
}

export function createTokenBuckets(rule: BucketRule, maxKeys: number): TokenBuckets {
  const buckets = new Map<string, Bucket>();
  const perMs = rule.perMinute / 60_000;
  const capacity = Math.max(1, rule.burst);

  const refilled = (bucket: Bucket, now: number) =>
    Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.at) * perMs);

  /**
   * At the cap, among the least recently used few: every bucket that has refilled goes, or else the
   * fullest one. A flooder's empty bucket is the last to go, so many new keys do not reset it.
   */
  function makeRoom(now: number) {
    if (buckets.size < maxKeys) return;
    let fullest: { key: string; tokens: number } | undefined;
    let looked = 0;
    for (const [key, bucket] of buckets) {
      if (looked++ >= EVICTION_WINDOW) break;
      const tokens = refilled(bucket, now);
      if (tokens >= capacity) buckets.delete(key);
      else if (!fullest || tokens > fullest.tokens) fullest = { key, tokens };
    }
    if (buckets.size >= maxKeys && fullest) buckets.delete(fullest.key);
  }

  return {
    take(key, now) {
      if (rule.perMinute <= 0) return { allowed: true };
      const known = buckets.get(key);
      if (known) buckets.delete(key);
      else makeRoom(now);
      const tokens = known ? refilled(known, now) : capacity;
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: now });
        return { allowed: true };
      }
      buckets.set(key, { tokens, at: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    },
    size: () => buckets.size,
  };
}
