import type { MyExperimentView, MyExperimentsResponse } from "@learning-loop/contract";
import { todayIn } from "@learning-loop/contract";
import type { Identity, ScopeRole } from "../auth/identity";
import type { Db } from "../cosmos/db";
import type { Scoped } from "../cosmos/scoped";
import { decodeCursor, encodeCursor } from "../history/cursor";
import type { CursorSecret } from "../history/cursor";
import { readScopeSettings } from "../scopes/scope-settings";
import { dueOnOf } from "./check-back";
import { readExperiment } from "./experiment-repository";
import { ownerOf, toExperimentView } from "./experiment-view";
import { ownerPartition } from "./owned-index";
import { deleteOwned, pageOwned } from "./owned-repository";

export const MY_EXPERIMENTS_PAGE = 20;

/** The caller's role in each scope asked about (null: no longer a member). */
export type RolesLookup = (scopes: readonly string[]) => Promise<Map<string, ScopeRole | null>>;

const scopedIn = (tid: string, scope: string): Scoped => ({ tid, scope, pk: `${tid}|${scope}` });

/**
 * What the caller owns across their scopes, open ones first by due day: one query in the caller's
 * own partition for the page of pointers, then per pointer one point read of the experiment (the
 * truth: a pointer whose experiment is gone or has another owner now is dropped and deleted), and
 * per scope on the page one membership check and one settings read. Experiments of scopes the
 * caller no longer belongs to are left out (and kept, should they come back).
 */
export async function listMyExperiments(
  db: Db,
  identity: Identity,
  secret: CursorSecret,
  cursor: string | undefined,
  rolesIn: RolesLookup,
  now = new Date(),
): Promise<MyExperimentsResponse> {
  const mine = ownerPartition(identity.tid, identity.oid);
  const after = cursor ? decodeCursor(secret, mine.pk, cursor) : undefined;
  const pointers = await pageOwned(db, mine, after?.startedAt, MY_EXPERIMENTS_PAGE);
  const page = pointers.slice(0, MY_EXPERIMENTS_PAGE);
  const scopes = [...new Set(page.map((pointer) => pointer.experimentScope))];
  const roles = await rolesIn(scopes);
  const member = scopes.filter((scope) => roles.get(scope));
  const settings = new Map(
    await Promise.all(
      member.map(
        async (scope) => [scope, await readScopeSettings(db, scopedIn(identity.tid, scope))] as const,
      ),
    ),
  );
  const items = await Promise.all(
    page.map(async (pointer): Promise<MyExperimentView | null> => {
      const scope = pointer.experimentScope;
      const scopeSettings = settings.get(scope);
      if (!scopeSettings) return null;
      const doc = await readExperiment(db, scopedIn(identity.tid, scope), pointer.experimentId);
      if (!doc || ownerOf(doc.owner)?.oid !== identity.oid) {
        await deleteOwned(db, mine.pk, pointer.id);
        return null;
      }
      return {
        ...toExperimentView(doc, todayIn(scopeSettings.timezone, now)),
        scope,
        scopeName: scopeSettings.name,
        dueOn: dueOnOf(doc),
      };
    }),
  );
  const last = page.at(-1);
  return {
    items: items.filter((item): item is MyExperimentView => item !== null),
    nextCursor:
      pointers.length > MY_EXPERIMENTS_PAGE && last
        ? encodeCursor(secret, mine.pk, { startedAt: last.sortKey, id: last.id })
        : null,
  };
}
