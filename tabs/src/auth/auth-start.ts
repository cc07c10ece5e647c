import { app, authentication } from "@microsoft/teams-js";
import { loadLanguage, setLocale, t } from "../i18n/i18n";
import { STATE_KEY, authorizeUrl, randomToken, throwawayChallenge } from "./authorize-url";

/**
 * auth-start.html: the first page of the sign-in window Teams opens for
 * `authentication.authenticate`. It sends the user to Entra ID's consent page for this app; Entra
 * comes back to auth-end.html. No MSAL: one redirect, checked by `state` when it returns.
 */

const status = document.getElementById("status");
const say = (text: string) => {
  if (status) status.textContent = text;
};

async function start() {
  try {
    await app.initialize();
  } catch {
    say(t("auth.page.outsideTeams"));
    return;
  }
  const context = await app.getContext();
  setLocale(context.app.locale || "en-US");
  await loadLanguage().catch(() => undefined);
  document.title = t("auth.page.title");
  say(t("auth.page.working"));

  const state = randomToken();
  sessionStorage.setItem(STATE_KEY, state);
  const redirectUri = new URL("/auth-end.html", window.location.origin).href;
  const clientId = String(import.meta.env.VITE_AAD_APP_CLIENT_ID ?? "");
  if (!clientId) {
    if (import.meta.env.DEV) {
      // Locally there is no Entra app: answer the way Entra does after the user consented.
      window.location.replace(`${redirectUri}#${new URLSearchParams({ code: "dev-consent", state })}`);
      return;
    }
    authentication.notifyFailure(
      "Sign-in is not configured: the tab was built without VITE_AAD_APP_CLIENT_ID.",
    );
    return;
  }
  window.location.assign(
    authorizeUrl({
      clientId,
      tenant: context.user?.tenant?.id || "organizations",
      redirectUri,
      state,
      codeChallenge: await throwawayChallenge(),
      loginHint: context.user?.loginHint,
      authorityHost: String(import.meta.env.VITE_AAD_APP_OAUTH_AUTHORITY_HOST ?? ""),
    }),
  );
}

void start();
