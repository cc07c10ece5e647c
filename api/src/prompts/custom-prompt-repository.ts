import type { Db } from "../cosmos/db";
import type { PromptDoc } from "../cosmos/documents";
import { createOnce } from "../cosmos/create-once";
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
