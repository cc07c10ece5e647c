import type { Db } from "../cosmos/db";
import { containerOf } from "../cosmos/db";
import { createOnce } from "../cosmos/create-once";
import type { TenantDoc } from "../cosmos/documents";
import { withRetry } from "../cosmos/retry";

// Token validation lower-cases `tid`; activities may not, so both sides normalize the same way.
const tenantPk = (tid: string) => `${tid.toLowerCase()}|tenant`;

export async function recordTenant(db: Db, tid: string, now = new Date()): Promise<void> {
  tid = tid.toLowerCase();
  const doc: TenantDoc = {
    id: "tenant",
    pk: tenantPk(tid),
    tid,
    scope: "tenant",
    type: "tenant",
    installedAt: now.toISOString(),
  };
  // Already recorded (409) is as good as recorded now.
  await createOnce(db, doc);
}

export async function isTenantRecorded(db: Db, tid: string): Promise<boolean> {
  tid = tid.toLowerCase();
  const { resource } = await withRetry(() => containerOf(db).item("tenant", tenantPk(tid)).read<TenantDoc>());
  return resource?.type === "tenant" && resource.tid === tid;
}
