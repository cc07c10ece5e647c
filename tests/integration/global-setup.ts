import type { TestProject } from "vitest/node";
import { startCosmos } from "../support/stack";

/** One in-memory Cosmos-protocol server for all integration test files; each file starts its own API. */
export default async function setup(project: TestProject) {
  const cosmos = await startCosmos();
  project.provide("cosmosEndpoint", cosmos.endpoint);
  return () => cosmos.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    cosmosEndpoint: string;
  }
}
