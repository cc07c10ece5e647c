/**
 * The AI partner's settings for the whole deployment (docs/ai.md). Unset AI_ENDPOINT = AI off: no
 * client is made and nothing is ever sent anywhere. Each scope's owner still switches it on for
 * their team or chat (scope settings `ai`).
 */
export interface AiConfig {
  /** `azure`: Azure OpenAI (deployment-scoped paths, `api-version`); `openai`: any OpenAI-compatible `/chat/completions`. */
  provider: "azure" | "openai";
  /** Azure: the resource endpoint (`https://NAME.openai.azure.com`); OpenAI-compatible: the base URL with its version (`http://localhost:11434/v1`). */
  endpoint: string;
  /** `key` (AI_API_KEY) or `managedIdentity` (Azure only: the Function App's user-assigned identity). */
  auth: "key" | "managedIdentity";
  apiKey: string | undefined;
  /** The client id of the user-assigned identity (AZURE_CLIENT_ID) for `managedIdentity`. */
  managedIdentityClientId: string | undefined;
  /** The model (OpenAI-compatible) or the deployment's name (Azure). */
  model: string;
  /** Azure only. */
  apiVersion: string;
  /** How long one call to the model may take before the caller gets 504. */
  timeoutMs: number;
  /** Calls to the model per scope per UTC day. */
  dailyBudget: number;
}

export const DEFAULT_AI_API_VERSION = "2024-10-21";
export const DEFAULT_AI_TIMEOUT_MS = 20_000;
export const DEFAULT_AI_DAILY_BUDGET = 50;

const AZURE_HOST = /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i;

export function loadAiConfig(env: NodeJS.ProcessEnv): AiConfig | undefined {
  const raw = env.AI_ENDPOINT?.trim();
  if (!raw) return undefined;
  let endpoint: URL;
  try {
    endpoint = new URL(raw);
  } catch {
    throw new Error(`AI_ENDPOINT must be an absolute URL, not "${raw}".`);
  }
  const provider = (env.AI_PROVIDER?.trim() ||
    (AZURE_HOST.test(endpoint.hostname) || env.AI_API_VERSION ? "azure" : "openai")) as AiConfig["provider"];
  if (provider !== "azure" && provider !== "openai") {
    throw new Error(`AI_PROVIDER must be "azure" or "openai", not "${provider}".`);
  }
  const apiKey = env.AI_API_KEY?.trim() || undefined;
  const auth = (env.AI_AUTH?.trim() ||
    (apiKey ? "key" : provider === "azure" ? "managedIdentity" : "key")) as AiConfig["auth"];
  if (auth !== "key" && auth !== "managedIdentity") {
    throw new Error(`AI_AUTH must be "key" or "managedIdentity", not "${auth}".`);
  }
  if (auth === "managedIdentity" && provider !== "azure") {
    throw new Error("AI_AUTH=managedIdentity works only with Azure OpenAI (AI_PROVIDER=azure).");
  }
  if (auth === "key" && provider === "azure" && !apiKey) {
    throw new Error("AI_AUTH=key with Azure OpenAI needs AI_API_KEY.");
  }
  const model = env.AI_MODEL?.trim();
  if (!model) throw new Error("AI_ENDPOINT is set: AI_MODEL must name the model (or the Azure deployment).");
  return {
    provider,
    endpoint: endpoint.href.replace(/\/+$/, ""),
    auth,
    apiKey,
    managedIdentityClientId: env.AZURE_CLIENT_ID?.trim() || undefined,
    model,
    apiVersion: env.AI_API_VERSION?.trim() || DEFAULT_AI_API_VERSION,
    timeoutMs: whole(env, "AI_TIMEOUT_MS", DEFAULT_AI_TIMEOUT_MS, 100),
    dailyBudget: whole(env, "AI_DAILY_BUDGET", DEFAULT_AI_DAILY_BUDGET, 0),
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}".`);
  }
  return value;
}
