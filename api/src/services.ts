import type { Container } from "@azure/cosmos";
import { createRemoteJWKSet } from "jose";
import { createAuthorizer } from "./auth/authorize";
import type { Authorizer } from "./auth/authorize";
import { DEV_CLIENT_ID, createDevTokenIssuer } from "./auth/dev-keys";
import type { DevTokenIssuer } from "./auth/dev-keys";
import { devMembership, graphMembershipPending } from "./auth/membership";
import { createTokenValidator } from "./auth/token-validator";
import type { Config } from "./config";
import { openContainer } from "./cosmos/container";
import { silentNotifier } from "./notifications/notifier";
import type { Notifier } from "./notifications/notifier";

/** Everything a handler needs, made once per process. */
export interface Services {
  config: Config;
  authorizer: Authorizer;
  container(): Promise<Container>;
  /** Only in AUTH_MODE=dev. */
  devTokens: DevTokenIssuer | undefined;
  notifier: Notifier;
}

const MICROSOFT_KEYS = "https://login.microsoftonline.com/common/discovery/v2.0/keys";

export async function createServices(config: Config): Promise<Services> {
  const devTokens = config.authMode === "dev" ? await createDevTokenIssuer() : undefined;
  const validate = devTokens
    ? createTokenValidator({ keys: devTokens.keys, clientId: DEV_CLIENT_ID })
    : createTokenValidator({
        keys: createRemoteJWKSet(new URL(MICROSOFT_KEYS), {
          cooldownDuration: 5 * 60_000,
          cacheMaxAge: 24 * 3600_000,
        }),
        clientId: config.entra.clientId,
        domain: config.entra.domain,
      });
  return {
    config,
    authorizer: createAuthorizer(validate, devTokens ? devMembership : graphMembershipPending),
    container: lazyContainer(config),
    devTokens,
    notifier: silentNotifier,
  };
}

/**
 * Opens the container on first use and keeps it; a failed open is forgotten so that the API
 * recovers by itself once the database is reachable again.
 */
function lazyContainer(config: Config): () => Promise<Container> {
  let pending: Promise<Container> | undefined;
  return () => {
    pending ??= openContainer(config.cosmos).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
