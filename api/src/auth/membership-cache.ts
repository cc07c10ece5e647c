import type { ScopeMember } from "@learning-loop/contract";
import type { DirectoryRole } from "./identity";
import type { MembershipDirectory } from "./membership";

export interface MembershipCacheOptions {
  /** How long a "member" or "owner" answer is reused (docs/architecture.md §4: at most ten minutes). */
  positiveMs: number;
  /** How long a "not a member" answer is reused; shorter, so that someone just added gets in soon. */
  negativeMs: number;
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  role: DirectoryRole | null;
  until: number;
}

/**
 * Reuses membership decisions per (tid, oid, scope, channel meeting). Failures are never cached, and concurrent
 * requests for the same decision share one lookup, so a panel's parallel calls cost Graph one.
 */
export function cachedMembership(
  inner: MembershipDirectory,
  options: MembershipCacheOptions,
): MembershipDirectory {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 10_000;
  const decided = new Map<string, Entry>();
  const pending = new Map<string, Promise<DirectoryRole | null>>();
  const counted = new Map<string, { count: Promise<number>; until: number }>();
  const listed = new Map<string, { members: Promise<ScopeMember[]>; until: number }>();
  return {
    /** The member list, like the count: per (tid, scope), shared while loading, failures not kept. */
    members(identity, scope, userToken) {
      const key = `${identity.tid}|${scope}`;
      const entry = listed.get(key);
      if (entry && entry.until > now()) return entry.members;
      const members = inner.members(identity, scope, userToken);
      listed.delete(key);
      if (listed.size >= maxEntries) listed.delete(listed.keys().next().value!);
      listed.set(key, { members, until: now() + options.positiveMs });
      members.catch(() => listed.get(key)?.members === members && listed.delete(key));
      return members;
    },
    /**
     * Group sizes change rarely and say nothing about the caller: kept per (tid, scope) as long as
     * a role, and shared while being counted, so the panels opening at a meeting's start ask once.
     */
    memberCount(identity, scope, userToken, upTo) {
      const key = `${identity.tid}|${scope}|${upTo}`;
      const entry = counted.get(key);
      if (entry && entry.until > now()) return entry.count;
      const count = inner.memberCount(identity, scope, userToken, upTo);
      counted.delete(key);
      if (counted.size >= maxEntries) counted.delete(counted.keys().next().value!);
      counted.set(key, { count, until: now() + options.positiveMs });
      // A failed count is not kept: the next request asks again.
      count.catch(() => counted.get(key)?.count === count && counted.delete(key));
      return count;
    },
    async roleIn(identity, scope, userToken, meeting) {
      const key = `${identity.tid}|${identity.oid}|${scope}|${meeting ?? ""}`;
      const entry = decided.get(key);
      if (entry && entry.until > now()) return entry.role;
      const running = pending.get(key);
      if (running) return running;
      const lookup = inner.roleIn(identity, scope, userToken, meeting).then(
        (role) => {
          pending.delete(key);
          const ttl = role ? options.positiveMs : options.negativeMs;
          decided.delete(key);
          if (ttl > 0) {
            // Oldest first: a Map iterates in insertion order.
            if (decided.size >= maxEntries) decided.delete(decided.keys().next().value!);
            decided.set(key, { role, until: now() + ttl });
          }
          return role;
        },
        (error: unknown) => {
          pending.delete(key);
          throw error;
        },
      );
      pending.set(key, lookup);
      return lookup;
    },
  };
}
