import type { Container } from "@azure/cosmos";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";

/**
 * Tenants that installed the app's bot. A valid Entra token only proves the caller has *some*
 * tenant; the API serves tenants recorded here or listed in settings (docs/architecture.md §4). One small
 * document per tenant in a partition of its own, `{tid}|tenant`.
 */
export interface TenantDoc {
  id: "tenant";
  pk: string;
  tid: string;
  scope: "tenant";
  type: "tenant";
  installedAt: string;
}

// Token validation lower-cases `tid`; activities may not, so both sides normalize the same way.
const tenantPk = (tid: string) => `${tid.toLowerCase()}|tenant`;

export async function recordTenant(container: Container, tid: string, now = new Date()): Promise<void> {
  tid = tid.toLowerCase();
  const doc: TenantDoc = {
    id: "tenant",
    pk: tenantPk(tid),
    tid,
    scope: "tenant",
    type: "tenant",
    installedAt: now.toISOString(),
  };
  try {
    await withRetry(() => container.items.create(doc));
  } catch (error) {
    if (cosmosStatus(error) !== 409) throw error;
  }
}

export async function isTenantRecorded(container: Container, tid: string): Promise<boolean> {
  tid = tid.toLowerCase();
  const { resource } = await withRetry(() => container.item("tenant", tenantPk(tid)).read<TenantDoc>());
  return resource?.type === "tenant" && resource.tid === tid;
}
