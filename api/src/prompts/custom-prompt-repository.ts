import type { Container } from "@azure/cosmos";
import type { PromptDoc } from "../cosmos/documents";
import { createOnce } from "../cosmos/create-once";
import { queryInScope, readInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

export const readCustomPrompt = (container: Container, at: Scoped, id: string) =>
  readInScope<PromptDoc>(container, at, id, "prompt");

/** The scope's own prompts, oldest first. */
export const listCustomPrompts = (container: Container, at: Scoped) =>
  queryInScope<PromptDoc>(container, at, { where: 'c.type = "prompt"', orderBy: "c.createdAt ASC" });

/**
 * Creates a custom prompt, or reports what already holds its id (a replayed create, or an id
 * that some other document of the scope uses, in which case `prompt` is undefined).
 */
export async function createCustomPrompt(
  container: Container,
  doc: PromptDoc,
): Promise<{ created: boolean; prompt: PromptDoc | undefined }> {
  const created = await createOnce(container, doc);
  if (created) return { created: true, prompt: created };
  return { created: false, prompt: await readCustomPrompt(container, doc, doc.id) };
}
