import type { Db } from "../cosmos/db";
import type { PromptDoc } from "../cosmos/documents";
import { containerOf } from "../cosmos/db";
import { createOnce } from "../cosmos/create-once";
import { cosmosStatus } from "../cosmos/errors";
import { queryInScope, readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

export const readCustomPrompt = (db: Db, at: Scoped, id: string) =>
  readInScope<PromptDoc>(db, at, id, "prompt");

/** The scope's own prompts, oldest first. */
export const listCustomPrompts = (db: Db, at: Scoped) =>
  queryInScope<PromptDoc>(db, at, { where: 'c.type = "prompt"', orderBy: "c.createdAt ASC" });

/**
 * Creates a custom prompt, or reports what already holds its id (a replayed create, or an id
 * that some other document of the scope uses, in which case `prompt` is undefined).
 */
export async function createCustomPrompt(
  db: Db,
  doc: PromptDoc,
): Promise<{ created: boolean; prompt: PromptDoc | undefined }> {
  const created = await createOnce(db, doc);
  if (created) return { created: true, prompt: created };
  return { created: false, prompt: await readCustomPrompt(db, doc, doc.id) };
}

/**
 * Replaces a prompt only if nobody wrote it since it was read (Cosmos' own `_etag`). Undefined when
 * that race was lost or the prompt is gone. Not retried: a write that landed before its connection
 * failed would then lose to itself.
 */
export async function replaceCustomPrompt(db: Db, doc: PromptDoc): Promise<PromptDoc | undefined> {
  try {
    const { resource } = await containerOf(db)
      .item(doc.id, doc.pk)
      .replace<PromptDoc>(doc, { accessCondition: { type: "IfMatch", condition: doc._etag ?? "" } });
    return resource ?? doc;
  } catch (error) {
    const status = cosmosStatus(error);
    if (status === 412 || status === 404) return undefined;
    throw error;
  }
}

/** Deletes a prompt on condition it is still the version read; false when it changed or is gone. */
export async function deleteCustomPrompt(db: Db, doc: PromptDoc): Promise<boolean> {
  try {
    await containerOf(db)
      .item(doc.id, doc.pk)
      .delete({ accessCondition: { type: "IfMatch", condition: doc._etag ?? "" } });
    return true;
  } catch (error) {
    const status = cosmosStatus(error);
    if (status === 412 || status === 404) return false;
    throw error;
  }
}
