import type { Container } from "@azure/cosmos";
import { withRetry } from "../../api/src/cosmos/retry";
import { readScopeDoc } from "../../api/src/scopes/scope-repository";
import type { DemoData, DemoDoc } from "./demo-data";
import { dbOf } from "../../api/src/cosmos/db";
import type { OwnedExperimentDoc } from "../../api/src/cosmos/documents";
import { ownerOf } from "../../api/src/experiments/experiment-view";
import { pointerFor } from "../../api/src/experiments/owned-index";

export interface SeedResult {
  /** Documents upserted, per scope and type. */
  written: DemoData["counts"];
  /** Scopes whose stored settings were kept (an owner had saved some). */
  keptSettings: string[];
}

const CONCURRENCY = 8;

/**
 * Writes the demo data: every document is upserted under its deterministic id, so a second run
 * replaces rather than duplicates. A scope's settings are only created where none are stored, so
 * running the seed again never undoes what an owner configured since.
 */
export async function writeDemoData(container: Container, data: DemoData): Promise<SeedResult> {
  const keptSettings: string[] = [];
  const toWrite: DemoDoc[] = [...data.docs];
  for (const settings of data.settings) {
    if (await readScopeDoc(dbOf(container), settings)) keptSettings.push(settings.scope);
    else toWrite.push(settings);
  }
  // Each experiment with a person as owner also gets its pointer in the owner's "My experiments".
  const pointers = data.docs.flatMap((doc) => {
    const oid = doc.type === "experiment" ? ownerOf(doc.owner)?.oid : null;
    return doc.type === "experiment" && oid ? [pointerFor(doc, oid)] : [];
  });
  const all: (DemoDoc | OwnedExperimentDoc)[] = [...toWrite, ...pointers];
  let next = 0;
  const worker = async () => {
    while (next < all.length) {
      const doc = all[next++]!;
      await withRetry(() => container.items.upsert(doc));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const written: SeedResult["written"] = {};
  for (const doc of toWrite) {
    const perScope = (written[doc.scope] ??= {
      round: 0,
      answer: 0,
      reaction: 0,
      experiment: 0,
      prompt: 0,
      scope: 0,
    });
    perScope[doc.type]++;
  }
  return { written, keptSettings };
}
