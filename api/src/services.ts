import type { Db } from "./cosmos/db";
import { createAuthorizer, scopeRoleOf } from "./auth/authorize";
import type { Authorizer } from "./auth/authorize";
import { DEV_TENANT, OTHER_TENANT } from "./auth/dev-fixtures";
import { DEV_CLIENT_ID, createDevTokenIssuer } from "./auth/dev-keys";
import type { DevTokenIssuer } from "./auth/dev-keys";
import { createGraphMembership } from "./auth/graph-membership";
import { devMembership } from "./auth/membership";
import type { MembershipDirectory } from "./auth/membership";
import type { ScopeRole } from "./auth/identity";
import { cachedMembership } from "./auth/membership-cache";
import { createOboTokenSource } from "./auth/obo";
import { TEAMS_CLIENT_APPS, createEntraKeySource, createTokenValidator } from "./auth/token-validator";
import type { TokenValidator } from "./auth/token-validator";
import type { Config } from "./config";
import { createAiModel } from "./ai/ai-model";
import type { AiPartner } from "./ai/ai-service";
import { openContainer } from "./cosmos/container";
import { dbOf } from "./cosmos/db";
import { HttpError } from "./http/problem";
import { createRateLimits } from "./limits/rate-limits";
import type { LimitKind, RateLimits } from "./limits/rate-limits";
import { createMeetingLookup } from "./bot/channel-meetings";
import { createNotifier } from "./notifications/notifier";
import type { NotificationService } from "./notifications/notifier";
import { createTenantGate } from "./tenants/tenant-gate";
import { isTenantRecorded } from "./tenants/tenant-repository";
import { operatorLog } from "./telemetry/logger";
import { recordRequestLimited } from "./telemetry/metrics";
import { isVerifiedOwner } from "./scopes/verified-owners";

/** Everything a handler needs, made once per process. */
export interface Services {
  config: Config;
  authorizer: Authorizer;
  db(): Promise<Db>;
  /** Only in AUTH_MODE=dev. */
  devTokens: DevTokenIssuer | undefined;
  /**
   * A person's role in a scope without their token, for card actions (the bot sees who clicked,
   * not their role): the dev fixtures in dev mode; in Entra mode, where only Graph on the user's
   * behalf could say, "owner" while the API's last check of them as an owner is recent
   * (scopes/verified-owners.ts), else "member".
   */
  cardRoles: (tid: string, oid: string, scope: string) => Promise<ScopeRole | null>;
  /** The bot endpoint and everything it sends (notifications/notifier.ts). */
  notifications: NotificationService;
  /** The API's rate limits, applied to every route by routes.ts. */
  limits: RateLimits;
  /** The AI partner: no model unless AI_ENDPOINT is configured (docs/ai.md). */
  ai: AiPartner;
}

export interface ServiceOptions {
  /** Where auth and notification problems worth an operator's attention go (ids and error codes only). */
  log?: (line: string) => void;
  /** The clock of the membership, tenant and Graph token caches and the rate limits; tests pass one they move. */
  now?: () => number;
  /** Told of every request the rate limits refuse (a metric can count them). */
  onLimited?: (kind: LimitKind) => void;
}

export async function createServices(config: Config, options: ServiceOptions = {}): Promise<Services> {
  // Every operator line is also a structured record with the invocation it belongs to (telemetry/logger.ts).
  const log = operatorLog(options.log ?? ((line: string) => console.warn(line)));
  const db = lazyDb(config);
  const devTokens = config.authMode === "dev" ? await createDevTokenIssuer() : undefined;
  const validate = devTokens
    ? createTokenValidator({ keys: devTokens.keys, clientId: DEV_CLIENT_ID, clientApps: TEAMS_CLIENT_APPS })
    : entraValidator(config, log);
  const membership: MembershipDirectory = devTokens
    ? devMembership
    : cachedMembership(
        createGraphMembership({
          graphBaseUrl: config.entra.graphBaseUrl,
          tokens: createOboTokenSource(config.entra, log, options.now),
          log,
        }),
        {
          positiveMs: config.membershipCacheMs,
          negativeMs: config.membershipNegativeCacheMs,
          now: options.now,
        },
      );
  // The dev fixture tenants stay served in dev mode whatever else is configured (docs/architecture.md §2).
  const allowed = devTokens ? [DEV_TENANT, OTHER_TENANT, ...config.allowedTenants] : config.allowedTenants;
  const tenants = createTenantGate({
    allowed,
    isRecorded: async (tid) => isTenantRecorded(await db(), tid),
    cacheMs: config.tenantCacheMs,
    now: options.now,
  });
  const notifications = createNotifier({ bot: config.bot, db, log });
  // Channel meetings' organizers through the bot's meeting details (Entra mode: the fixtures have none).
  const meetings = devTokens
    ? undefined
    : createMeetingLookup({
        db,
        messenger: notifications.bot.messenger,
        cacheMs: config.membershipCacheMs,
        now: options.now,
        log,
      });
  const authorizer = createAuthorizer(validate, membership, tenants, meetings);
  return {
    config,
    authorizer,
    db,
    devTokens,
    cardRoles: devTokens
      ? async (tid, oid, scope) => scopeRoleOf(await devMembership.roleIn({ tid, oid, name: "" }, scope, ""))
      : async (tid, oid, scope) =>
          (await isVerifiedOwner(await db(), { tid, scope, pk: `${tid}|${scope}` }, oid))
            ? "owner"
            : "member",
    notifications,
    ai: { config: config.ai, model: config.ai ? createAiModel(config.ai) : undefined },
    limits: createRateLimits({
      config: config.limits,
      caller: (req) => authorizer.authenticate(req).catch(() => undefined),
      now: options.now,
      onLimited: options.onLimited ?? recordRequestLimited,
    }),
  };
}

/** Entra mode without a client id cannot tell its own tokens from anyone's: it refuses them all. */
function entraValidator(config: Config, log: (line: string) => void): TokenValidator {
  if (!config.entra.clientId) {
    log("auth: AAD_APP_CLIENT_ID is not set; every request is refused with 503");
    return async () => {
      throw new HttpError(503, "Sign-in is not configured on this server.", undefined, {
        "retry-after": "300",
      });
    };
  }
  return createTokenValidator({
    keys: createEntraKeySource(config.entra.jwksUrl),
    clientId: config.entra.clientId,
    domain: config.entra.domain,
    clientApps: config.entra.clientApps,
  });
}

/**
 * Opens the container on first use and keeps it; a failed open is forgotten so that the API
 * recovers by itself once the database is reachable again.
 */
function lazyDb(config: Config): () => Promise<Db> {
  let pending: Promise<Db> | undefined;
  return () => {
    pending ??= openContainer(config.cosmos)
      .then(dbOf)
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
    return pending;
  };
}
