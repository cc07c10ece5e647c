import type { Db } from "../cosmos/db";
import type { Language, ScopeSettingsUpdate, ScopeSettingsView } from "@learning-loop/contract";
import { ownsTeamWide } from "../auth/authorize";
import type { ScopeAccess } from "../auth/identity";
import type { ScopeDoc } from "../cosmos/documents";
import type { Scoped } from "../cosmos/scoped";
import { DomainError } from "../domain/errors";
import { deleteEventSecretIndex } from "../events/event-secret-repository";
import { findPrompt } from "../prompts/find-prompt";
import { SETTINGS_ID, readScopeDoc, saveScopeDoc } from "./scope-repository";
import { purgeScope } from "./scope-purge";
import { defaultSettings, settingsOf } from "./scope-settings";
import { etagMatches, scopeEtag, toScopeView } from "./scope-view";
import { mergeSettings } from "./settings-merge";

/** Settings and purges are team-wide: a channel meeting's organizer does not own them (auth/authorize.ts). */
function requireOwner(access: ScopeAccess, action: string) {
  if (!ownsTeamWide(access)) throw new DomainError("forbidden", `Only an owner of this scope can ${action}.`);
}

/** The settings in force (stored, or the defaults at revision 0) and the caller's role. */
export async function getScope(db: Db, access: ScopeAccess): Promise<ScopeSettingsView> {
  const doc = await readScopeDoc(db, access);
  return toScopeView(
    access.scope,
    doc ? settingsOf(doc) : defaultSettings(access.scope),
    doc?.rev ?? 0,
    access.role,
  );
}

/**
 * Owner only. `ifMatch` must name the current revision (`"0"` while nothing is stored); the write
 * itself is conditional on Cosmos' `_etag`, so two saves from one revision cannot both win.
 */
export async function updateScope(
  db: Db,
  access: ScopeAccess,
  ifMatch: string,
  update: ScopeSettingsUpdate,
  now = new Date(),
  callerLanguage: Language | null = null,
): Promise<ScopeSettingsView> {
  requireOwner(access, "change its settings");
  const stored = await readScopeDoc(db, access);
  const rev = stored?.rev ?? 0;
  if (!etagMatches(ifMatch, scopeEtag(rev))) throw staleSettings();
  if (update.rotation) await checkRotation(db, access, update.rotation);
  if (update.nextPrompt && !(await findPrompt(db, access, update.nextPrompt))) {
    throw new DomainError(
      "invalid",
      "Must be the id of a library prompt or of one of this scope's prompts.",
      "nextPrompt",
    );
  }
  const doc: ScopeDoc = {
    id: SETTINGS_ID,
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "scope",
    ...mergeSettings(stored ? settingsOf(stored) : defaultSettings(access.scope), update, callerLanguage),
    updatedAt: now.toISOString(),
    rev: rev + 1,
  };
  const saved = await saveScopeDoc(db, doc, stored?._etag);
  if (!saved) throw staleSettings();
  return toScopeView(access.scope, settingsOf(saved), saved.rev, access.role);
}

/**
 * A round started with the scope's `nextPrompt`: that one-time suggestion is used up, so the
 * rotation suggests again. Conditional on the settings document as read; after a lost race it
 * tries once more, and if that fails too the suggestion stays (the next round can use it up).
 */
export async function consumeNextPrompt(db: Db, at: Scoped, promptId: string, now = new Date()) {
  for (let attempt = 0; attempt < 2; attempt++) {
    const stored = await readScopeDoc(db, at);
    if (!stored || stored.nextPrompt !== promptId) return;
    const { _etag, ...doc } = stored;
    const next = { ...doc, nextPrompt: null, rev: stored.rev + 1, updatedAt: now.toISOString() };
    if (await saveScopeDoc(db, next, _etag)) return;
  }
}

const staleSettings = () =>
  new DomainError("stale", "The settings changed since you read them. Reload them and try again.");

/** Every rotation entry must name a library prompt or one of this scope's own prompts. */
async function checkRotation(db: Db, access: ScopeAccess, rotation: readonly string[]) {
  const distinct = [...new Set(rotation)];
  const found = await Promise.all(distinct.map((id) => findPrompt(db, access, id)));
  const known = new Set(distinct.filter((_id, index) => found[index] !== undefined));
  const day = rotation.findIndex((id) => !known.has(id));
  if (day !== -1) {
    throw new DomainError(
      "invalid",
      "Must be the id of a library prompt or of one of this scope's prompts.",
      `rotation.${day}`,
    );
  }
}

/** Owner only: removes everything the scope holds. Idempotent. Returns how many documents went. */
export async function deleteScope(db: Db, access: ScopeAccess): Promise<number> {
  requireOwner(access, "delete it");
  const deleted = await purgeScope(db, access);
  // The index lives in a partition of its own (event-secret|{scope}), so the purge cannot reach it.
  await deleteEventSecretIndex(db, access);
  return deleted;
}
