import { loadAiConfig } from "./ai/ai-config";
import type { AiConfig } from "./ai/ai-config";
import { loadBotConfig } from "./bot/bot-config";
import type { BotConfig } from "./bot/bot-config";
import { TEAMS_CLIENT_APPS } from "./auth/token-validator";
import { loadLimitsConfig } from "./limits/limits-config";
import type { LimitsConfig } from "./limits/limits-config";
import { LOCAL_COSMOS_KEY } from "./local/cosmos-key";

export type AuthMode = "dev" | "entra";

export interface EntraConfig {
  /** The Entra app's client id: the audience of v2 tokens and the client of the on-behalf-of flow. */
  clientId: string;
  /** The tab's domain; v1 tokens carry `api://{domain}/{clientId}` as their audience. */
  domain: string | undefined;
  /** Credential of the on-behalf-of flow: a client secret, or a PEM file with certificate and key. */
  clientSecret: string | undefined;
  certificatePath: string | undefined;
  /** Where the token endpoint lives (`{authorityHost}/{tid}/oauth2/v2.0/token`). */
  authorityHost: string;
  /** The Microsoft identity platform's signing keys. */
  jwksUrl: string;
  /** Microsoft Graph, including the version segment. */
  graphBaseUrl: string;
  /** The client apps whose tokens are accepted (`azp`/`appid`): the Teams clients unless CLIENT_APPS says otherwise. */
  clientApps: string[];
}

export interface Config {
  authMode: AuthMode;
  cosmos: {
    endpoint: string;
    key: string;
    database: string;
    container: string;
    local: boolean;
    /**
     * Without a key (Azure's default: local auth is off), the client id of the user-assigned managed
     * identity the API signs in to Cosmos DB with (AZURE_CLIENT_ID, set by infra/azure.bicep).
     */
    managedIdentityClientId?: string | undefined;
    /** How long the SDK may spend retrying a throttled (429) request before the caller gets the 429. */
    throttleWaitSeconds: number;
  };
  entra: EntraConfig;
  /** Tenants served without a recorded bot installation (lower-case GUIDs), the app's home tenant included. */
  allowedTenants: string[];
  /** How long a tenant that passed the onboarding check is trusted without looking again. */
  tenantCacheMs: number;
  /** How long a membership decision is reused: positive answers, and (shorter) negative ones. */
  membershipCacheMs: number;
  membershipNegativeCacheMs: number;
  /** Secret for anonymous answers' owner proofs; must be stable across restarts in Azure. */
  anonymitySecret: string;
  /** The one origin browsers may call the API from (CORS); the tab's origin. */
  tabOrigin: string | undefined;
  /** The bot and its notifications (BOT_*, TEAMS_APP_ID, TAB_ENDPOINT, NOTIFY_*; docs/notifications.md). */
  bot: BotConfig;
  /** Where traces, metrics and logs go (TELEMETRY, APPLICATIONINSIGHTS_CONNECTION_STRING; docs/operations.md). */
  telemetry: TelemetryConfig;
  /** The API's own rate limits (RATE_LIMIT_*; limits/limits-config.ts). */
  limits: LimitsConfig;
  /** The AI partner's endpoint (AI_*; ai/ai-config.ts, docs/ai.md); undefined = AI off. */
  ai: AiConfig | undefined;
}

/** `off` loads no telemetry SDK; `console` prints to the console; `azure` sends to Application Insights. */
export type TelemetryMode = "off" | "console" | "azure";

export interface TelemetryConfig {
  mode: TelemetryMode;
  connectionString: string | undefined;
}

/** Settings that only exist when the API runs in Azure or is registered with Entra ID. */
const AZURE_SETTINGS = ["WEBSITE_SITE_NAME", "WEBSITE_INSTANCE_ID", "AAD_APP_CLIENT_ID"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** docs/architecture.md §4: membership decisions are reused for at most ten minutes. */
const MAX_MEMBERSHIP_CACHE_SECONDS = 600;

export const DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";
export const DEFAULT_JWKS_URL = "https://login.microsoftonline.com/common/discovery/v2.0/keys";
export const DEFAULT_GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const inAzure = AZURE_SETTINGS.filter((name) => env[name]);
  const authMode = (env.AUTH_MODE ?? (inAzure.length ? "entra" : "dev")) as AuthMode;
  if (authMode !== "dev" && authMode !== "entra") {
    throw new Error(`AUTH_MODE must be "dev" or "entra", not "${authMode}".`);
  }
  if (authMode === "dev" && inAzure.length) {
    throw new Error(
      `Refusing to start: AUTH_MODE=dev is for local use only, and Azure settings are present (${inAzure.join(", ")}).`,
    );
  }
  const endpoint = env.COSMOS_ENDPOINT ?? "https://localhost:8081";
  const local = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/?$/.test(endpoint);
  const anonymitySecret = env.ANONYMITY_SECRET ?? (authMode === "dev" ? "dev-only-anonymity-secret" : "");
  if (!anonymitySecret) throw new Error("ANONYMITY_SECRET must be set outside dev mode.");
  const membershipSeconds = seconds(env, "MEMBERSHIP_CACHE_SECONDS", MAX_MEMBERSHIP_CACHE_SECONDS);
  if (membershipSeconds > MAX_MEMBERSHIP_CACHE_SECONDS) {
    throw new Error(`MEMBERSHIP_CACHE_SECONDS must be at most ${MAX_MEMBERSHIP_CACHE_SECONDS}.`);
  }
  const negativeSeconds = Math.min(
    seconds(env, "MEMBERSHIP_NEGATIVE_CACHE_SECONDS", Math.min(60, membershipSeconds)),
    membershipSeconds,
  );
  const key = env.COSMOS_KEY ?? (local ? LOCAL_COSMOS_KEY : "");
  const managedIdentityClientId = env.AZURE_CLIENT_ID?.trim() || undefined;
  if (!key && !managedIdentityClientId) {
    throw new Error(
      "Set AZURE_CLIENT_ID (the client id of the API's user-assigned managed identity) or COSMOS_KEY to reach Cosmos DB.",
    );
  }
  return {
    authMode,
    cosmos: {
      endpoint,
      key,
      managedIdentityClientId,
      database: env.COSMOS_DATABASE ?? "learningloop",
      container: env.COSMOS_CONTAINER ?? "items",
      local,
      throttleWaitSeconds: seconds(env, "COSMOS_THROTTLE_WAIT_SECONDS", 2),
    },
    entra: {
      clientId: env.AAD_APP_CLIENT_ID ?? "",
      domain: env.TAB_DOMAIN || undefined,
      clientSecret: env.AAD_APP_CLIENT_SECRET || undefined,
      certificatePath: env.AAD_APP_CERTIFICATE_PATH || undefined,
      authorityHost: url(env, "AAD_APP_OAUTH_AUTHORITY_HOST", DEFAULT_AUTHORITY_HOST),
      jwksUrl: url(env, "ENTRA_JWKS_URL", DEFAULT_JWKS_URL),
      clientApps: clientApps(env.CLIENT_APPS),
      graphBaseUrl: url(env, "GRAPH_BASE_URL", DEFAULT_GRAPH_BASE_URL),
    },
    allowedTenants: allowedTenants(env),
    tenantCacheMs: seconds(env, "TENANT_CACHE_SECONDS", 300) * 1000,
    membershipCacheMs: membershipSeconds * 1000,
    membershipNegativeCacheMs: negativeSeconds * 1000,
    anonymitySecret,
    tabOrigin: env.TAB_ORIGIN ? originOf(env.TAB_ORIGIN) : undefined,
    bot: loadBotConfig(env),
    telemetry: telemetryConfig(env),
    limits: loadLimitsConfig(env),
    ai: loadAiConfig(env),
  };
}

/** Azure Monitor when a connection string is set (the Function App has one), otherwise off unless TELEMETRY says. */
function telemetryConfig(env: NodeJS.ProcessEnv): TelemetryConfig {
  const connectionString = env.APPLICATIONINSIGHTS_CONNECTION_STRING?.trim() || undefined;
  const mode = (env.TELEMETRY?.trim() || (connectionString ? "azure" : "off")) as TelemetryMode;
  if (mode !== "off" && mode !== "console" && mode !== "azure") {
    throw new Error(`TELEMETRY must be "off", "console" or "azure", not "${mode}".`);
  }
  if (mode === "azure" && !connectionString) {
    throw new Error("TELEMETRY=azure needs APPLICATIONINSIGHTS_CONNECTION_STRING.");
  }
  return { mode, connectionString };
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number of seconds, not "${raw}".`);
  return value;
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  try {
    return new URL(raw).href.replace(/\/+$/, "");
  } catch {
    throw new Error(`${name} must be an absolute URL, not "${raw}".`);
  }
}

function originOf(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    throw new Error(`TAB_ORIGIN must be an origin such as https://tab.example.com, not "${value}".`);
  }
}

/** ALLOWED_TENANTS, plus the tenant the Entra app is registered in (AAD_APP_TENANT_ID), which is onboarded by definition. */
function allowedTenants(env: NodeJS.ProcessEnv): string[] {
  const listed = tenantList(env.ALLOWED_TENANTS);
  const home = env.AAD_APP_TENANT_ID?.trim().toLowerCase();
  return home && GUID.test(home) && !listed.includes(home) ? [...listed, home] : listed;
}

/** CLIENT_APPS (comma-separated app ids), or the Teams clients the Entra app pre-authorizes. */
function clientApps(raw: string | undefined): string[] {
  const apps = (raw ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
  const invalid = apps.filter((value) => !GUID.test(value));
  if (invalid.length) throw new Error(`CLIENT_APPS must list app ids (GUIDs); not: ${invalid.join(", ")}.`);
  return apps.length ? apps.map((value) => value.toLowerCase()) : [...TEAMS_CLIENT_APPS];
}

function tenantList(raw: string | undefined): string[] {
  const tenants = (raw ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
  const invalid = tenants.filter((value) => !GUID.test(value));
  if (invalid.length) throw new Error(`ALLOWED_TENANTS must list tenant GUIDs; not: ${invalid.join(", ")}.`);
  return tenants.map((value) => value.toLowerCase());
}
