import type { Messages } from "../i18n/messages-type";

const en = {
  "problem.signIn.title": "Sign in to continue",
  "problem.signIn.body":
    "Learning Loop needs your permission to use your Teams sign-in. Sign in to give it; the app then loads.",
  "problem.signIn.action": "Sign in",
  "problem.signIn.busy": "Signing in…",
  "problem.signIn.failed": "Sign-in did not finish ({reason}). Try again.",
  "problem.noAccess.title": "You don't have access to this team or chat",
  "problem.noAccess.body":
    "Learning Loop shows a team's learning only to its members. Ask a team owner or the meeting organizer to add you, then open the app again.",
  "problem.notOnboarded.title": "Learning Loop isn't set up for your organization",
  "problem.notOnboarded.body":
    "Your organization hasn't installed Learning Loop yet. Ask your Teams administrator to add the app, then try again.",
  "problem.unavailable.title": "Learning Loop can't be reached right now",
  "problem.unavailable.body": "The service is busy or unavailable. Try again in a moment.",
  "problem.generic.title": "Something went wrong",
  "problem.retry": "Try again",
  "auth.page.title": "Learning Loop sign-in",
  "auth.page.working": "Signing in…",
  "auth.page.done": "Signed in. You can close this window.",
  "auth.page.failed": "Sign-in did not finish: {reason}",
  "auth.page.outsideTeams":
    "This page is part of Learning Loop's sign-in and only works when Teams opens it.",
} as const;

const de: Messages<typeof en> = {
  "problem.signIn.title": "Melden Sie sich an, um fortzufahren",
  "problem.signIn.body":
    "Learning Loop benötigt Ihre Erlaubnis, Ihre Teams-Anmeldung zu verwenden. Melden Sie sich an und erteilen Sie sie; danach lädt die App.",
  "problem.signIn.action": "Anmelden",
  "problem.signIn.busy": "Anmeldung läuft…",
  "problem.signIn.failed": "Die Anmeldung wurde nicht abgeschlossen ({reason}). Versuchen Sie es erneut.",
  "problem.noAccess.title": "Sie haben keinen Zugriff auf dieses Team oder diesen Chat",
  "problem.noAccess.body":
    "Learning Loop zeigt das Lernen eines Teams nur seinen Mitgliedern. Bitten Sie eine Teambesitzerin, einen Teambesitzer oder die Person, die die Besprechung organisiert, Sie hinzuzufügen, und öffnen Sie die App dann erneut.",
  "problem.notOnboarded.title": "Learning Loop ist für Ihre Organisation nicht eingerichtet",
  "problem.notOnboarded.body":
    "Ihre Organisation hat Learning Loop noch nicht installiert. Bitten Sie Ihre Teams-Administration, die App hinzuzufügen, und versuchen Sie es dann erneut.",
  "problem.unavailable.title": "Learning Loop ist gerade nicht erreichbar",
  "problem.unavailable.body":
    "Der Dienst ist ausgelastet oder nicht verfügbar. Versuchen Sie es gleich noch einmal.",
  "problem.generic.title": "Etwas ist schiefgelaufen",
  "problem.retry": "Erneut versuchen",
  "auth.page.title": "Anmeldung bei Learning Loop",
  "auth.page.working": "Anmeldung läuft…",
  "auth.page.done": "Angemeldet. Sie können dieses Fenster schließen.",
  "auth.page.failed": "Die Anmeldung wurde nicht abgeschlossen: {reason}",
  "auth.page.outsideTeams":
    "Diese Seite gehört zur Anmeldung bei Learning Loop und funktioniert nur, wenn Teams sie öffnet.",
};

export const auth = { en, de };
