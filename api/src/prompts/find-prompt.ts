import type { Scoped } from "../cosmos/scoped";
import type { Db } from "../cosmos/db";
import type { PromptView } from "@learning-loop/contract";
import { uuid } from "@learning-loop/contract";
import { readCustomPrompt } from "./custom-prompt-repository";
import { findLibraryPrompt } from "./library";
import { customView, libraryView } from "./prompt-view";

/**
 * A prompt by id as this scope sees it: from the library (no database call), else one of the
 * scope's own prompts (one point read). Custom prompt ids are UUIDs, so anything else is not
 * worth a read and never reaches the database as a document id.
 */
export async function findPrompt(db: Db, at: Scoped, id: string): Promise<PromptView | undefined> {
  const entry = findLibraryPrompt(id);
  if (entry) return libraryView(entry);
  if (!uuid.safeParse(id).success) return undefined;
  const doc = await readCustomPrompt(db, at, id);
  return doc && customView(doc);
}
