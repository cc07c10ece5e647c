import type { Container } from "@azure/cosmos";
import type { PromptDoc } from "../cosmos/documents";
import { cosmosStatus } from "../cosmos/errors";
import { withRetry } from "../cosmos/retry";

type Scoped = { pk: string; tid: string; scope: string };

export async function readCustomPrompt(
  container: Container,
  at: Scoped,
  id: string,
): Promise<PromptDoc | undefined> {
  const { resource } = await withRetry(() => container.item(id, at.pk).read<PromptDoc>());
  // The local server does not scope by partition key, so check the tenant and scope ourselves.
  if (!resource || resource.type !== "prompt" || resource.tid !== at.tid || resource.scope !== at.scope)
    return undefined;
  return resource;
}

/** The scope's own prompts, oldest first. */
export async function listCustomPrompts(container: Container, at: Scoped): Promise<PromptDoc[]> {
  const { resources } = await withRetry(() =>
    container.items
      .query<PromptDoc>(
        {
          query:
            'SELECT * FROM c WHERE c.pk = @pk AND c.tid = @tid AND c.scope = @scope AND c.type = "prompt" ORDER BY c.createdAt ASC',
          parameters: [
            { name: "@pk", value: at.pk },
            { name: "@tid", value: at.tid },
            { name: "@scope", value: at.scope },
          ],
        },
        { partitionKey: at.pk },
      )
      .fetchAll(),
  );
  return resources;
}

/**
 * Creates a custom prompt, or reports what already holds its id (a replayed create, or an id
 * that some other document of the scope uses, in which case `prompt` is undefined).
 */
export async function createCustomPrompt(
  container: Container,
  doc: PromptDoc,
): Promise<{ created: boolean; prompt: PromptDoc | undefined }> {
  try {
    const { resource } = await withRetry(() => container.items.create<PromptDoc>(doc));
    return { created: true, prompt: resource };
  } catch (error) {
    if (cosmosStatus(error) !== 409) throw error;
    return { created: false, prompt: await readCustomPrompt(container, doc, doc.id) };
  }
}
