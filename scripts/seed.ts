/**
 * `npm run seed`: fills the local stack with a quarter of the dev team's history (and a few weeks
 * of the stand-up chat's) so that the history tab, the board and the insights have something to
 * show. Safe to run again: documents have fixed ids and are upserted. Start the stack first
 * (`npm start`), or point COSMOS_ENDPOINT / COSMOS_DATABASE somewhere else.
 */
import { seedDatabase } from "./seed/seed-database";

const LABELS: Record<string, string> = {
  round: "rounds",
  answer: "answers",
  reaction: "reactions",
  experiment: "experiments",
  prompt: "custom prompt(s)",
  scope: "settings document",
};

try {
  const result = await seedDatabase();
  console.log(`Seeded ${result.endpoint}, database "${result.database}", container "${result.container}":`);
  for (const [scope, counts] of Object.entries(result.written)) {
    const parts = Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([type, count]) => `${count} ${LABELS[type] ?? type}`);
    console.log(`  ${scope}: ${parts.join(", ")}`);
  }
  for (const scope of result.keptSettings)
    console.log(`  ${scope}: kept its stored settings (an owner may have changed them)`);
  console.log("Open http://localhost:53000/dev/host.html?view=content to see the history.");
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Seeding failed: ${message}`);
  if (/ECONNREFUSED|fetch failed|ENOTFOUND/i.test(message)) {
    console.error("Is the local stack running? Start it with `npm start` in another terminal.");
  }
  process.exitCode = 1;
}
