import type { Messages } from "../i18n/messages-type";
import type { auth } from "./messages";

export const de: Messages<typeof auth> = {
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
  "problem.text.network": "Die Verbindung ist fehlgeschlagen. Prüfen Sie sie und versuchen Sie es erneut.",
  "problem.text.invalid": "Das wurde nicht angenommen. Prüfen Sie Ihre Eingabe und versuchen Sie es erneut.",
  "problem.text.forbidden":
    "Das ist hier nicht möglich. Fragen Sie bei Bedarf eine Teambesitzerin oder einen Teambesitzer.",
  "problem.text.notFound":
    "Das gibt es nicht mehr. Vielleicht wurde es gelöscht; laden Sie neu, um den aktuellen Stand zu sehen.",
  "problem.text.conflict":
    "Das passt nicht zu einer Änderung, die inzwischen gemacht wurde. Laden Sie neu und versuchen Sie es erneut.",
  "problem.text.stale": "Jemand hat das gerade geändert. Laden Sie neu und versuchen Sie es erneut.",
  "problem.text.tooLarge": "Das ist zu lang zum Senden. Kürzen Sie es und versuchen Sie es erneut.",
  "problem.text.other": "Etwas ist schiefgelaufen. Versuchen Sie es gleich noch einmal.",
  "auth.page.title": "Anmeldung bei Learning Loop",
  "auth.page.working": "Anmeldung läuft…",
  "auth.page.done": "Angemeldet. Sie können dieses Fenster schließen.",
  "auth.page.failed": "Die Anmeldung wurde nicht abgeschlossen: {reason}",
  "auth.page.outsideTeams":
    "Diese Seite gehört zur Anmeldung bei Learning Loop und funktioniert nur, wenn Teams sie öffnet.",
};
