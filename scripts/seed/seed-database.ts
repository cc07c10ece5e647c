import { loadConfig } from "../../api/src/config";
import { openContainer } from "../../api/src/cosmos/container";
import { buildDemoData } from "./demo-data";
import type { DemoOptions } from "./demo-data";
import { writeDemoData } from "./write";
import type { SeedResult } from "./write";

/**
 * Seeds the database the API would use with the same environment: COSMOS_ENDPOINT,
 * COSMOS_DATABASE, COSMOS_CONTAINER, COSMOS_KEY and ANONYMITY_SECRET mean what they mean to the API
 * (defaults: the local stack at https://localhost:8081, database learningloop, container items,
 * the dev anonymity secret), and the database and container are created the way the API creates them.
 */
export async function seedDatabase(
  env: NodeJS.ProcessEnv = process.env,
  options: Omit<DemoOptions, "anonymitySecret"> = {},
): Promise<SeedResult & { endpoint: string; database: string; container: string }> {
  const config = loadConfig({ AUTH_MODE: "dev", ...env });
  const container = await openContainer(config.cosmos);
  const data = buildDemoData({ ...options, anonymitySecret: config.anonymitySecret });
  const result = await writeDemoData(container, data);
  return {
    ...result,
    endpoint: config.cosmos.endpoint,
    database: config.cosmos.database,
    container: config.cosmos.container,
  };
}
