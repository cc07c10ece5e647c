import { ADMIN_ROLE } from "@learning-loop/contract";
import type { Identity } from "../auth/identity";
import type { Db } from "../cosmos/db";
import { DomainError } from "../domain/errors";
import { readFeedSettings, saveFeedSettings } from "./lesson-repository";

/** A tenant admin: the `LearningLoop.Admin` app role in the validated token's `roles` claim. */
export const isTenantAdmin = (identity: Identity): boolean => identity.roles?.includes(ADMIN_ROLE) ?? false;

export function requireTenantAdmin(identity: Identity): void {
  if (!isTenantAdmin(identity)) {
    throw new DomainError("forbidden", `Only a tenant admin (the ${ADMIN_ROLE} app role) may do this.`);
  }
}

/** On until a tenant admin turns it off. */
export async function feedEnabled(db: Db, tid: string): Promise<boolean> {
  return (await readFeedSettings(db, tid))?.feedEnabled ?? true;
}

export async function assertFeedEnabled(db: Db, tid: string): Promise<void> {
  if (!(await feedEnabled(db, tid))) {
    throw new DomainError("forbidden", "A tenant admin turned the lessons feed off.");
  }
}

export async function setFeedEnabled(db: Db, identity: Identity, enabled: boolean, now = new Date()) {
  requireTenantAdmin(identity);
  await saveFeedSettings(db, identity.tid, enabled, now);
}
