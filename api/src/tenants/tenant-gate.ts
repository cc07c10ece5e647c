import { HttpError } from "../http/problem";

/**
 * Only tenants that installed the app (or are listed in settings) get past a valid token
 * (docs/architecture.md §4): a valid Entra signature only proves the caller has *some* tenant.
 */
export interface TenantGate {
  /** Resolves when the tenant is served; throws a 403 problem naming the tenant otherwise. */
  admit(tid: string): Promise<void>;
}

export interface TenantGateOptions {
  /** Lower-case tenant GUIDs served without a recorded installation. */
  allowed: Iterable<string>;
  /** Whether the bot recorded an installation in this tenant. */
  isRecorded(tid: string): Promise<boolean>;
  /** How long a positive answer is reused; negative ones are not kept, so onboarding takes effect at once. */
  cacheMs: number;
  now?: () => number;
}

/** Sent with the 403 so that the tab can tell "not onboarded" from "not a member". */
export const TENANT_NOT_ONBOARDED = "tenant-not-onboarded";
const MAX_CACHED = 10_000;

export function createTenantGate(options: TenantGateOptions): TenantGate {
  const allowed = new Set([...options.allowed].map((tid) => tid.toLowerCase()));
  const now = options.now ?? Date.now;
  const admittedUntil = new Map<string, number>();
  return {
    async admit(tid) {
      const key = tid.toLowerCase();
      if (allowed.has(key)) return;
      const until = admittedUntil.get(key);
      if (until !== undefined && until > now()) return;
      if (await options.isRecorded(key)) {
        admittedUntil.delete(key);
        if (admittedUntil.size >= MAX_CACHED) admittedUntil.delete(admittedUntil.keys().next().value!);
        admittedUntil.set(key, now() + options.cacheMs);
        return;
      }
      admittedUntil.delete(key);
      throw new HttpError(
        403,
        `Your organization (tenant ${key}) has not installed Learning Loop. Ask a Teams administrator to add the app to a team or meeting in your organization, then try again.`,
        undefined,
        { "x-problem-type": TENANT_NOT_ONBOARDED },
      );
    },
  };
}
