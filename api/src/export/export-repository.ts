import type { Db } from "../cosmos/db";
import type { ExperimentDoc, RoundDoc } from "../cosmos/documents";
import { queryInScope } from "../cosmos/scoped";
import type { Scoped } from "../cosmos/scoped";

/** Every round and experiment of a scope, in one query. */
export const listRoundsAndExperiments = (db: Db, at: Scoped) =>
  queryInScope<RoundDoc | ExperimentDoc>(db, at, {
    where: 'c.type = "round" OR c.type = "experiment"',
  });
