import { authentication } from "@microsoft/teams-js";
import { forgetAuthToken } from "../teams/auth-token";

/** The sign-in window Teams opens; Entra's consent page fits this size. */
export const SIGN_IN_WINDOW = { width: 600, height: 535 };

/**
 * Runs the consent flow: Teams opens auth-start.html in a window of its own (a popup on the web,
 * a native window on desktop and mobile), which goes through Entra ID and comes back to
 * auth-end.html, which reports the result. Afterwards the next token Teams hands out covers what
 * was consented to. Must start from a user action: browsers block popups otherwise.
 */
export async function signInWithConsent(): Promise<void> {
  await authentication.authenticate({ url: signInUrl(), ...SIGN_IN_WINDOW });
  forgetAuthToken();
}

/**
 * teams-js accepts only https sign-in URLs. In Teams the tab is always https; only the local dev
 * server is plain http, and the local Teams host page maps the https form back to its own origin.
 */
function signInUrl(): string {
  const url = new URL("/auth-start.html", window.location.origin);
  if (import.meta.env.DEV && url.protocol === "http:") url.protocol = "https:";
  return url.href;
}
