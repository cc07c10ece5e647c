/**
 * How the bot endpoint authenticates the Bot Connector. `botframework` (the default) validates
 * Bot Framework tokens for BOT_ID; `playground` skips token validation for the Microsoft 365
 * Agents Playground, which signs nothing. Playground mode is never on by default and refuses to
 * start where Azure settings are present, the way config.ts refuses AUTH_MODE=dev.
 */
export type BotAuth = "botframework" | "playground";

export interface BotConfig {
  auth: BotAuth;
  /** The bot's Entra app id (BOT_ID); empty when no bot is registered, and then nothing is sent. */
  appId: string;
  password: string | undefined;
  /** BOT_TENANT_ID: `botframework.com` for a multi-tenant bot, else the tenant of a single-tenant one. */
  tenantId: string | undefined;
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
  return {
    auth,
    appId: env.BOT_ID?.trim() ?? "",
    password: env.BOT_PASSWORD || undefined,
    tenantId: env.BOT_TENANT_ID || undefined,
    teamsAppId: env.TEAMS_APP_ID?.trim() || undefined,
    tabEndpoint: env.TAB_ENDPOINT?.replace(/\/+$/, "") || undefined,
    retry: {
      attempts: positiveInteger(env, "NOTIFY_RETRY_ATTEMPTS", 5),
      baseDelayMs: positiveInteger(env, "NOTIFY_RETRY_BASE_MS", 2000),
    },
    sendTimeoutMs: positiveInteger(env, "NOTIFY_SEND_TIMEOUT_MS", 15_000),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, not "${raw}".`);
  return value;
}
