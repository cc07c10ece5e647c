import { CosmosClient } from "@azure/cosmos";
import type { Container } from "@azure/cosmos";
import { ManagedIdentityCredential } from "@azure/identity";
import { Agent } from "node:https";
import type { Config } from "../config";
import { upgradeLocalContainer } from "../local/upgrade-container";
import { tracedHttpClient } from "./traced-http-client";

/**
 * A history page is one query ordered by the round's start with its id as tie-breaker, over every
 * document of the rounds (documents.ts `InRound`), which needs a composite index.
 */
export const INDEXING_POLICY = {
  compositeIndexes: [
    [
      { path: "/roundAt", order: "descending" as const },
      { path: "/roundId", order: "descending" as const },
    ],
    // The lesson feed's "most adopted" order (lessons/lesson-repository.ts).
    [
      { path: "/adoptedCount", order: "descending" as const },
      { path: "/sortKey", order: "descending" as const },
    ],
  ],
};

/**
 * The key locally (and with cosmosAuth = 'key'); otherwise, Azure's default with local auth
 * disabled, the API's user-assigned managed identity and only it: no environment, CLI or developer
 * credential is ever tried, so a missing role shows as that identity's 403, not as some other login.
 */
export function cosmosCredentials(
  config: Config["cosmos"],
): { key: string } | { aadCredentials: ManagedIdentityCredential } {
  if (config.key) return { key: config.key };
  if (!config.managedIdentityClientId) {
    throw new Error(
      "Cosmos DB needs COSMOS_KEY or AZURE_CLIENT_ID (the API's user-assigned managed identity).",
    );
  }
  return { aadCredentials: new ManagedIdentityCredential({ clientId: config.managedIdentityClientId }) };
}

/**
 * The SDK's own retries of a 429 fit a request's budget: by default it waits up to 30 s over nine
 * attempts, longer than a tab waits for an answer. Here it keeps retrying only while the waits
 * Cosmos asks for (`x-ms-retry-after-ms`) add up to less than `waitSeconds` (the SDK checks before
 * each wait, so the last wait may run past it by one interval), at most three times; a 429 still
 * left then reaches the caller as 429 with Retry-After (http/route.ts).
 */
export const throttleRetries = (waitSeconds: number) => ({
  maxRetryAttemptCount: 3,
  fixedRetryIntervalInMilliseconds: 0,
  maxWaitTimeInSeconds: waitSeconds,
});

/**
 * One CosmosClient per process (docs/architecture.md §8). Locally the Cosmos-protocol server uses a
 * self-signed certificate, so only for a loopback endpoint is certificate checking switched off.
 */
export async function openContainer(config: Config["cosmos"]): Promise<Container> {
  const client = new CosmosClient({
    endpoint: config.endpoint,
    ...cosmosCredentials(config),
    ...(config.local ? { agent: new Agent({ rejectUnauthorized: false, keepAlive: true }) } : {}),
    connectionPolicy: {
      requestTimeout: 10_000,
      enableEndpointDiscovery: !config.local,
      retryOptions: throttleRetries(config.throttleWaitSeconds),
    },
    httpClient: tracedHttpClient(),
  });
  if (!config.local) return client.database(config.database).container(config.container);
  // Locally the database is created on first start; in Azure the Bicep template owns it.
  const { database } = await client.databases.createIfNotExists({ id: config.database });
  const { container, resource } = await database.containers.createIfNotExists({
    id: config.container,
    partitionKey: { paths: ["/pk"] },
    indexingPolicy: INDEXING_POLICY,
  });
  if (!resource) return container;
  return upgradeLocalContainer(database, container, resource, INDEXING_POLICY.compositeIndexes);
}
