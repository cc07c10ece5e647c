import type { Container } from "@azure/cosmos";

declare const brand: unique symbol;

/**
 * The database as domain code sees it: an opaque handle to pass to repository functions. Only
 * `cosmos/` and the `*-repository.ts` files open it (`containerOf`), so no domain module can
 * query, read or write a document itself (docs/architecture.md, "Seams").
 */
export type Db = { readonly [brand]: true };

const containers = new WeakMap<Db, Container>();

/** Wraps an open container; `services.ts` and the tests do this once per container. */
export function dbOf(container: Container): Db {
  const db = Object.freeze({}) as Db;
  containers.set(db, container);
  return db;
}

/** The container behind a handle, for `cosmos/` and the repositories only. */
export function containerOf(db: Db): Container {
  const container = containers.get(db);
  if (!container) throw new TypeError("Not a database handle made by dbOf.");
  return container;
}

/** Reads the container's own metadata: the health check's proof that the database answers. */
export async function pingDb(db: Db): Promise<void> {
  await containerOf(db).read();
}
