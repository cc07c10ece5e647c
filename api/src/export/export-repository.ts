import type { Container } from "@azure/cosmos";
import type { ExperimentDoc, RoundDoc } from "../cosmos/documents";
import { queryInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/** Every round and experiment of a scope, in one query. */
export const listRoundsAndExperiments = (container: Container, at: Scoped) =>
  queryInScope<RoundDoc | ExperimentDoc>(container, at, {
    where: 'c.type = "round" OR c.type = "experiment"',
  });
