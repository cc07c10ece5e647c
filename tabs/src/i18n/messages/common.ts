import type { Messages } from "../messages-type";

const en = {
  "app.title": "Learning Loop",
  "app.connecting": "Connecting to Teams…",
  "app.failed": "Learning Loop could not start: {message}",
  "app.outside": "Learning Loop runs inside Microsoft Teams. Add it to a meeting or a channel to use it.",
  "app.outsideDev": "Developing locally? Open the local Teams host page.",
  "error.load": "Could not load: {message}",
  "common.loading": "Loading…",
  "app.pageFailed": "This part of Learning Loop could not load. Reload to try again.",
  "app.reload": "Reload",
  "app.partFailed": "This part could not load. Check the connection, then reload the panel.",
} as const;

const de: Messages<typeof en> = {
  "app.title": "Learning Loop",
  "app.connecting": "Verbindung zu Teams wird hergestellt…",
  "app.failed": "Learning Loop konnte nicht starten: {message}",
  "app.outside":
    "Learning Loop läuft in Microsoft Teams. Fügen Sie es einer Besprechung oder einem Kanal hinzu.",
  "app.outsideDev": "Lokale Entwicklung? Öffnen Sie die lokale Teams-Hostseite.",
  "error.load": "Laden fehlgeschlagen: {message}",
  "common.loading": "Wird geladen…",
  "app.pageFailed":
    "Dieser Teil von Learning Loop konnte nicht geladen werden. Laden Sie neu, um es erneut zu versuchen.",
  "app.reload": "Neu laden",
  "app.partFailed":
    "Dieser Teil konnte nicht geladen werden. Prüfen Sie die Verbindung und laden Sie den Bereich neu.",
};

export const common = { en, de };
