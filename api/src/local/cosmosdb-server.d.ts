// Types for the internals of @vercel/cosmosdb-server@1.0.1 that cosmos-server.ts loads with
// require(). The version is pinned exactly, so these mirror lib/account and lib/routes as shipped;
// only the members cosmos-server.ts touches are declared.
import type { IncomingMessage, ServerResponse } from "node:http";

/** A resource as the server stores it: the client's body plus the system fields. */
export interface Resource {
  id: string;
  _rid: string;
  _self: string;
  _etag?: string;
  _ts?: number;
  [field: string]: unknown;
}

/** lib/account/item.js. read() is only undefined for lookups of missing ids, which we never do. */
export interface Item {
  read(): Resource;
}

/**
 * lib/account/items.js: a resource set. `_data` is keyed by _rid; `_ridCount` numbers the next
 * _rid; `_set` stores a complete resource and indexes it, without checks or new system fields.
 */
export interface Items<T extends Item> {
  _data: Map<string, T>;
  _ridCount: number;
  _set(resource: Resource): Resource;
  create(body: Record<string, unknown>): Resource;
}

export interface Collection extends Item {
  documents: Items<Item>;
  userDefinedFunctions: Items<Item>;
}

export interface Database extends Item {
  collections: Items<Collection>;
  collection(id: string): Collection;
}

export interface Account extends Item {
  databases: Items<Database>;
  database(id: string): Database;
}

/** lib/account/index.js (default export). host and port only feed the advertised locations. */
export type AccountConstructor = new (host: string, port: number) => Account;

export type ResponseBody = Record<string, unknown> | undefined;

export type RouteHandler = (
  account: Account,
  req: IncomingMessage,
  res: ServerResponse,
  params: Record<string, string>,
) => Promise<ResponseBody>;

/** lib/routes.js (default export): finds the handler for a request, undefined when none matches. */
export type Route = (
  req: IncomingMessage,
) => [params: Record<string, string>, handler: RouteHandler] | undefined;
