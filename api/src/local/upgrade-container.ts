import type { CompositePath, Container, ContainerDefinition, Database } from "@azure/cosmos";
import type { InRound } from "../cosmos/documents";

type Composite = CompositePath[][];

interface Stored extends Partial<InRound> {
  id: string;
  type?: string;
  startedAt?: string;
  [field: string]: unknown;
}

const sameIndexes = (a: Composite | undefined, b: Composite) =>
  JSON.stringify((a ?? []).map((set) => set.map(({ path, order }) => [path, order ?? "ascending"]))) ===
  JSON.stringify(b.map((set) => set.map(({ path, order }) => [path, order ?? "ascending"])));

/**
 * A local container kept from an earlier version (`.data/cosmos`) gets the current composite indexes
 * and the history sort key on every document of a round (documents.ts `InRound`). The local server
 * drops a container's items when its definition is replaced, so the items are read, the container
 * made anew, and the items written back. Local only: in Azure the Bicep template owns the index,
 * and no data predates it.
 */
export async function upgradeLocalContainer(
  database: Database,
  container: Container,
  definition: ContainerDefinition,
  compositeIndexes: Composite,
): Promise<Container> {
  if (sameIndexes(definition.indexingPolicy?.compositeIndexes, compositeIndexes)) return container;
  const { resources } = await container.items.readAll<Stored>().fetchAll();
  const starts = new Map<string, string>();
  for (const doc of resources) if (doc.type === "round" && doc.startedAt) starts.set(doc.id, doc.startedAt);
  await container.delete();
  const { container: fresh } = await database.containers.create({
    id: definition.id,
    partitionKey: definition.partitionKey,
    indexingPolicy: { ...definition.indexingPolicy, compositeIndexes },
  });
  for (const stored of resources) {
    const doc = Object.fromEntries(
      Object.entries(stored).filter(([field]) => !field.startsWith("_")),
    ) as Stored;
    const roundId = doc.type === "round" ? doc.id : doc.roundId;
    const roundAt = roundId ? starts.get(roundId) : undefined;
    await fresh.items.create(roundId && roundAt ? { ...doc, roundId, roundAt } : doc);
  }
  return fresh;
}
