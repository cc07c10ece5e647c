import type { SqlParameter, SqlQuerySpec } from "@azure/cosmos";
import type { Db } from "./db";
import { containerOf } from "./db";
import { withRetry } from "./retry";

/** Where a document lives: its tenant's scope, and the logical partition `{tid}|{scope}`. */
export interface Scoped {
  pk: string;
  tid: string;
  scope: string;
}

/**
 * A point read that also checks type, tenant and scope: the local Cosmos-protocol server does not
 * scope reads by partition, and an id alone must never reach another scope's document.
 */
export async function readInScope<T extends { type: string; tid: string; scope: string }>(
  db: Db,
  at: Scoped,
  id: string,
  type: T["type"],
): Promise<T | undefined> {
  const { resource } = await withRetry(() => containerOf(db).item(id, at.pk).read<T>());
  if (!resource || resource.type !== type || resource.tid !== at.tid || resource.scope !== at.scope)
    return undefined;
  return resource;
}

export interface ScopedQuery {
  /** Conditions ANDed after the partition, tenant and scope filters every query carries. */
  where: string;
  parameters?: SqlParameter[];
  /** Defaults to `*`. */
  select?: string;
  orderBy?: string;
  top?: number;
}

function scopedSpec(at: Scoped, query: ScopedQuery): SqlQuerySpec {
  const top = query.top === undefined ? "" : `TOP ${Math.trunc(query.top)} `;
  const order = query.orderBy ? ` ORDER BY ${query.orderBy}` : "";
  return {
    query: `SELECT ${top}${query.select ?? "*"} FROM c WHERE c.pk = @pk AND c.tid = @tid AND c.scope = @scope AND (${query.where})${order}`,
    parameters: [
      { name: "@pk", value: at.pk },
      { name: "@tid", value: at.tid },
      { name: "@scope", value: at.scope },
      ...(query.parameters ?? []),
    ],
  };
}

/** One query inside one scope's partition (docs/architecture.md §3: every query also filters on tenant and scope). */
export async function queryInScope<T>(
  db: Db,
  at: Scoped,
  query: ScopedQuery,
  /** Results per page the SDK asks for (its default is 100): for a query that may return many. */
  pageSize?: number,
): Promise<T[]> {
  const { resources } = await withRetry(() =>
    containerOf(db)
      .items.query<T>(scopedSpec(at, query), {
        partitionKey: at.pk,
        ...(pageSize === undefined ? {} : { maxItemCount: pageSize }),
      })
      .fetchAll(),
  );
  return resources;
}

/**
 * The same, read a page of up to `pageSize` results at a time, for a caller that stops reading once
 * it has what it needs (the pages are continuations of one query, not new queries).
 */
export async function* queryPagesInScope<T>(
  db: Db,
  at: Scoped,
  query: ScopedQuery,
  pageSize: number,
): AsyncGenerator<T[]> {
  const pages = containerOf(db).items.query<T>(scopedSpec(at, query), {
    partitionKey: at.pk,
    maxItemCount: pageSize,
  });
  while (pages.hasMoreResults()) {
    const { resources } = await withRetry(() => pages.fetchNext());
    if (resources.length > 0) yield resources;
  }
}
