import type { BucketRule } from "./token-buckets";

/**
 * The API's own rate limits (docs/architecture.md §4 and §7), per Functions instance. The defaults
 * sit far above what people's tabs send:
 *
 * - One person's surfaces poll a round once a second each while it is open (side panel, stage;
 *   `tabs/src/side-panel/poll-schedule.ts`). Say four at once (desktop and web side panels, the
 *   stage, a phone): 4 a second, plus a page opening (about 5 GETs), answers sent one at a time by
 *   the outbox, reactions tapped. The member rule allows 20 a second sustained (5× that heaviest
 *   real pace, 20× one side panel) and 100 at once (all four surfaces opening together send about
 *   25).
 * - A scope's people together: one poll a second each. 1,000 a second sustained and 5,000 at once
 *   is a meeting of several hundred people, each with more than one surface open.
 * - A scope's signed events (a release or incident tool): a few an hour. 60 a minute, 30 at once.
 */
export interface LimitsConfig {
  /** Per member (tenant + object id), over every scope. */
  member: BucketRule;
  /** Per tenant and scope, over all its members. */
  scope: BucketRule;
  /** Per scope, for the routes without a user token that carry a scope (signed events). */
  events: BucketRule;
  /** Buckets kept per rule before the least recently used are dropped. */
  maxKeys: number;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  member: { perMinute: 1_200, burst: 100 },
  scope: { perMinute: 60_000, burst: 5_000 },
  events: { perMinute: 60, burst: 30 },
  maxKeys: 20_000,
};

/** RATE_LIMIT_{MEMBER,SCOPE,EVENTS}_{PER_MINUTE,BURST} and RATE_LIMIT_MAX_KEYS; PER_MINUTE=0 switches a rule off. */
export function loadLimitsConfig(env: NodeJS.ProcessEnv): LimitsConfig {
  const rule = (name: "MEMBER" | "SCOPE" | "EVENTS", fallback: BucketRule): BucketRule => ({
    perMinute: count(env, `RATE_LIMIT_${name}_PER_MINUTE`, fallback.perMinute, 0),
    burst: count(env, `RATE_LIMIT_${name}_BURST`, fallback.burst, 1),
  });
  return {
    member: rule("MEMBER", DEFAULT_LIMITS.member),
    scope: rule("SCOPE", DEFAULT_LIMITS.scope),
    events: rule("EVENTS", DEFAULT_LIMITS.events),
    maxKeys: count(env, "RATE_LIMIT_MAX_KEYS", DEFAULT_LIMITS.maxKeys, 100),
  };
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}".`);
  }
  return value;
}
