import { CosmosClient } from "@azure/cosmos";
import type { Container, JSONObject } from "@azure/cosmos";
import { Agent } from "node:https";
import { INDEXING_POLICY } from "../../api/src/cosmos/container";
import { LOCAL_COSMOS_KEY } from "../../api/src/local/cosmos-key";

/** The container name the API uses by default (api/src/config.ts). */
export const CONTAINER = "items";

/**
 * A CosmosClient of the bench's own, with a keep-alive agent: the raw-SDK baseline, the seeder and
 * the auditor that counts what the load test stored, all going around the API.
 */
export function benchClient(endpoint: string): CosmosClient {
  return new CosmosClient({
    endpoint,
    key: LOCAL_COSMOS_KEY,
    agent: new Agent({ rejectUnauthorized: false, keepAlive: true }),
    connectionPolicy: { requestTimeout: 30_000, enableEndpointDiscovery: false },
  });
}

/** The database and container exactly as the API creates them locally (api/src/cosmos/container.ts). */
export async function openBenchContainer(client: CosmosClient, database: string): Promise<Container> {
  const { database: db } = await client.databases.createIfNotExists({ id: database });
  const { container } = await db.containers.createIfNotExists({
    id: CONTAINER,
    partitionKey: { paths: ["/pk"] },
    indexingPolicy: INDEXING_POLICY,
  });
  return container;
}

/** Inserts documents of one partition in transactional batches of 100 (the SDK's limit per batch). */
export async function insertAll(container: Container, pk: string, docs: readonly object[]): Promise<void> {
  for (let start = 0; start < docs.length; start += 100) {
    const operations = docs.slice(start, start + 100).map((resourceBody) => ({
      operationType: "Create" as const,
      // Plain JSON documents; the SDK's JSONObject type has no way to say so of an interface.
      resourceBody: resourceBody as unknown as JSONObject,
    }));
    const response = await container.items.batch(operations, pk);
    const failed = response.result?.find((result) => result.statusCode >= 300);
    if (response.code !== 200 || failed) {
      throw new Error(
        `seeding failed at document ${start}: batch ${response.code}, operation ${failed?.statusCode}`,
      );
    }
  }
}
