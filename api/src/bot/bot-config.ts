/**
 * How the bot endpoint authenticates the Bot Connector. `botframework` (the default) validates
 * Bot Framework tokens for BOT_ID; `playground` skips token validation for the Microsoft 365
 * Agents Playground, which signs nothing. Playground mode is never on by default and refuses to
 * start where Azure settings are present, the way config.ts refuses AUTH_MODE=dev.
 */
export type BotAuth = "botframework" | "playground";

/**
 * How the bot signs in to send (BOT_CREDENTIAL). Multi-tenant bot registrations can no longer be
 * created, so the bot is either a single-tenant Entra app with a client secret (`secret`, locally
 * through a dev tunnel) or a user-assigned managed identity (`managedIdentity`, in Azure: the
 * Function App's identity, whose client id is BOT_ID). Both sign in within BOT_TENANT_ID.
 */
export type BotCredential = { kind: "secret"; password: string } | { kind: "managedIdentity" };

export interface BotConfig {
  auth: BotAuth;
  /**
   * The bot's app id (BOT_ID): a single-tenant Entra app's client id or the managed identity's
   * client id. Empty when no bot is registered, and then nothing is sent.
   */
  appId: string;
  /** The tenant of the bot's app or identity (BOT_TENANT_ID, a GUID); set whenever appId is, outside Playground mode. */
  tenantId: string | undefined;
  /** Undefined exactly when there is no appId or in Playground mode, which signs nothing. */
  credential: BotCredential | undefined;
  /** The Teams app id (the manifest's `id`), for deep links into the history tab. */
  teamsAppId: string | undefined;
  /** Where the tab is served, for the page a meeting nudge opens on the stage. */
  tabEndpoint: string | undefined;
  /** Failed sends are retried this many times in all, waiting `baseDelayMs`, then 4x, 16x, … */
  retry: { attempts: number; baseDelayMs: number };
  /** A send with no answer after this long may or may not have posted; it is never repeated. */
  sendTimeoutMs: number;
}

/** Mirrors config.ts: settings that only exist in Azure or once the app is registered with Entra ID. */
const AZURE_SETTINGS = ["WEBSITE_SITE_NAME", "WEBSITE_INSTANCE_ID", "AAD_APP_CLIENT_ID"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const auth = (env.BOT_AUTH || "botframework") as BotAuth;
  if (auth !== "botframework" && auth !== "playground") {
    throw new Error(`BOT_AUTH must be "botframework" or "playground", not "${auth}".`);
  }
  if (auth === "playground") {
    const inAzure = AZURE_SETTINGS.filter((name) => env[name]);
    if (inAzure.length) {
      throw new Error(
        `Refusing to start: BOT_AUTH=playground skips Bot Framework token validation and is for local use only, and Azure settings are present (${inAzure.join(", ")}).`,
      );
    }
    // The Agents SDK only sends without a token outside production.
    if (env.NODE_ENV === "production") {
      throw new Error("Refusing to start: BOT_AUTH=playground cannot run with NODE_ENV=production.");
    }
  }
  const appId = env.BOT_ID?.trim() ?? "";
  const tenantId = env.BOT_TENANT_ID?.trim() || undefined;
  return {
    auth,
    appId,
    tenantId,
    credential: auth === "botframework" && appId ? botCredential(env, appId, tenantId) : undefined,
    teamsAppId: env.TEAMS_APP_ID?.trim() || undefined,
    tabEndpoint: env.TAB_ENDPOINT?.replace(/\/+$/, "") || undefined,
    retry: {
      attempts: positiveInteger(env, "NOTIFY_RETRY_ATTEMPTS", 5),
      baseDelayMs: positiveInteger(env, "NOTIFY_RETRY_BASE_MS", 2000),
    },
    sendTimeoutMs: positiveInteger(env, "NOTIFY_SEND_TIMEOUT_MS", 15_000),
  };
}

/** The credential of a registered bot; every way to get it wrong is named before the API starts. */
function botCredential(env: NodeJS.ProcessEnv, appId: string, tenantId: string | undefined): BotCredential {
  if (!GUID.test(appId)) throw new Error(`BOT_ID must be a client id (a GUID), not "${appId}".`);
  if (!tenantId || !GUID.test(tenantId)) {
    throw new Error(
      `BOT_TENANT_ID must be the tenant id (a GUID) of the bot's single-tenant app or managed identity, not "${tenantId ?? ""}". Multi-tenant bots (botframework.com) can no longer be registered; docs/deploy.md.`,
    );
  }
  const kind = env.BOT_CREDENTIAL || "secret";
  if (kind === "managedIdentity") {
    if (env.BOT_PASSWORD) {
      throw new Error(
        "BOT_PASSWORD is set, but BOT_CREDENTIAL=managedIdentity signs in without one; remove it.",
      );
    }
    return { kind };
  }
  if (kind !== "secret") {
    throw new Error(`BOT_CREDENTIAL must be "secret" or "managedIdentity", not "${kind}".`);
  }
  if (!env.BOT_PASSWORD) {
    throw new Error(
      "BOT_PASSWORD (the bot app's client secret) must be set with BOT_ID, or BOT_CREDENTIAL=managedIdentity where the bot is a managed identity.",
    );
  }
  return { kind, password: env.BOT_PASSWORD };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, not "${raw}".`);
  return value;
}
