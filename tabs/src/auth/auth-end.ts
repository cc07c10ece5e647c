import { app, authentication } from "@microsoft/teams-js";
import { loadLanguage, setLocale, t } from "../i18n/i18n";
import { STATE_KEY, readSignInResult } from "./authorize-url";

/**
 * auth-end.html: where Entra ID sends the sign-in window back. It checks the answer against the
 * `state` auth-start kept and tells Teams how it went; Teams then closes the window and resolves
 * (or rejects) the tab's `authentication.authenticate`. Nothing from the answer is passed on.
 */

const status = document.getElementById("status");
const say = (text: string) => {
  if (status) status.textContent = text;
};

async function finish() {
  const fragment = window.location.hash || window.location.search;
  const expected = sessionStorage.getItem(STATE_KEY);
  sessionStorage.removeItem(STATE_KEY);
  // The code never stays in the address bar or the history.
  window.history.replaceState(null, "", window.location.pathname);
  try {
    await app.initialize();
  } catch {
    say(t("auth.page.outsideTeams"));
    return;
  }
  const context = await app.getContext().catch(() => null);
  if (context) setLocale(context.app.locale || "en-US");
  await loadLanguage().catch(() => undefined);
  document.title = t("auth.page.title");
  const result = readSignInResult(fragment, expected);
  if (result.ok) {
    say(t("auth.page.done"));
    authentication.notifySuccess();
  } else {
    say(t("auth.page.failed", { reason: result.reason }));
    authentication.notifyFailure(result.reason);
  }
}

void finish();
