import type { Catalog } from "../catalog-type";

/**
 * One language's catalog from its feature files (`messages.<language>.ts`, one export named after
 * the language), which the language's module gathers with `import.meta.glob` into one chunk.
 */
export function collect(modules: Record<string, unknown>, library: Catalog): Catalog {
  let catalog: Catalog = { ...library };
  for (const entries of Object.values(modules)) catalog = { ...catalog, ...(entries as Catalog) };
  return catalog;
}
