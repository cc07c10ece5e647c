import type { HttpRequest } from "@azure/functions";
import { scopeSchema } from "@learning-loop/contract";
import type { Identity } from "../auth/identity";
import { problemResponse } from "../http/problem";
import type { Handler, Route } from "../http/route";
import type { LimitsConfig } from "./limits-config";
import { createTokenBuckets } from "./token-buckets";
import type { Take } from "./token-buckets";

export type LimitKind = "member" | "scope";

export interface RateLimitOptions {
  config: LimitsConfig;
  /**
   * The caller of a request from its user token, or undefined without a valid one (the handler then
   * refuses the request itself, so an invalid token costs no bucket, least of all someone else's).
   */
  caller(req: HttpRequest): Promise<Identity | undefined>;
  now?: () => number;
  /** Called once per limited request: where a metric can count them. */
  onLimited?: (kind: LimitKind) => void;
}

export interface RateLimits {
  /** The route with its handler behind the limits; a limited request never reaches the handler. */
  apply(route: Route): Route;
}

/**
 * The API's rate limits, applied to every route in one place (routes.ts), before the handler:
 *
 * - routes with a user token (the default): per member (tenant + object id) over all scopes, and,
 *   when the route has a `{scope}`, per tenant and scope over all its members;
 * - `limit: "scope"` routes (signed events, no user token): per scope, in buckets of their own so
 *   that unsigned noise at a scope's event URL never slows its members;
 * - `limit: "none"` (health, dev tokens, the bot, whose callers are Azure and the Bot Connector).
 *
 * Past a limit the answer is 429 problem+json with Retry-After in whole seconds.
 */
export function createRateLimits(options: RateLimitOptions): RateLimits {
  const { config } = options;
  const now = options.now ?? Date.now;
  const members = createTokenBuckets(config.member, config.maxKeys);
  const scopes = createTokenBuckets(config.scope, config.maxKeys);
  const events = createTokenBuckets(config.events, config.maxKeys);

  const limited = (kind: LimitKind, take: Take & { allowed: false }) => {
    options.onLimited?.(kind);
    const detail =
      kind === "member"
        ? `You are sending requests faster than this app ever needs. Try again in ${take.retryAfterSeconds} s.`
        : `This team or chat is sending more requests than the service takes right now. Try again in ${take.retryAfterSeconds} s.`;
    return problemResponse(429, detail, undefined, { "retry-after": String(take.retryAfterSeconds) });
  };

  const scopeOf = (req: HttpRequest) => {
    const parsed = scopeSchema.safeParse(req.params.scope ?? "");
    return parsed.success ? parsed.data : undefined;
  };

  return {
    apply(route) {
      if (route.limit === "none") return route;
      const byScope = route.route.includes("{scope}");
      const handler: Handler =
        route.limit === "scope"
          ? async (req, context) => {
              const scope = scopeOf(req);
              const take = scope === undefined ? undefined : events.take(scope, now());
              return take?.allowed === false ? limited("scope", take) : route.handler(req, context);
            }
          : async (req, context) => {
              const caller = await options.caller(req);
              if (!caller) return route.handler(req, context);
              const at = now();
              const mine = members.take(`${caller.tid}|${caller.oid}`, at);
              if (!mine.allowed) return limited("member", mine);
              const scope = byScope ? scopeOf(req) : undefined;
              const theirs = scope === undefined ? undefined : scopes.take(`${caller.tid}|${scope}`, at);
              if (theirs?.allowed === false) return limited("scope", theirs);
              return route.handler(req, context);
            };
      return { ...route, handler };
    },
  };
}
