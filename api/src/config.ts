import { LOCAL_COSMOS_KEY } from "./local/cosmos-key";

export type AuthMode = "dev" | "entra";

export interface Config {
  authMode: AuthMode;
  cosmos: { endpoint: string; key: string; database: string; container: string; local: boolean };
  entra: { clientId: string; domain: string | undefined };
  /** Secret for anonymous answers' owner proofs; must be stable across restarts in Azure. */
  anonymitySecret: string;
  tabOrigin: string | undefined;
}

/** Settings that only exist when the API runs in Azure or is registered with Entra ID. */
const AZURE_SETTINGS = ["WEBSITE_SITE_NAME", "WEBSITE_INSTANCE_ID", "AAD_APP_CLIENT_ID"];

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
  return {
    authMode,
    cosmos: {
      endpoint,
      key: env.COSMOS_KEY ?? (local ? LOCAL_COSMOS_KEY : ""),
      database: env.COSMOS_DATABASE ?? "learningloop",
      container: env.COSMOS_CONTAINER ?? "items",
      local,
    },
    entra: { clientId: env.AAD_APP_CLIENT_ID ?? "", domain: env.TAB_DOMAIN },
    anonymitySecret,
    tabOrigin: env.TAB_ORIGIN,
  };
}
