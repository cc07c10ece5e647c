import type { Messages } from "../messages-type";
import type { common } from "./common";

export const de: Messages<typeof common> = {
  "app.title": "Learning Loop",
  "app.connecting": "Verbindung zu Teams wird hergestellt…",
  "app.failed": "Learning Loop konnte nicht starten: {message}",
  "app.outside":
    "Learning Loop läuft in Microsoft Teams. Fügen Sie es einer Besprechung oder einem Kanal hinzu.",
  "app.outsideDev": "Lokale Entwicklung? Öffnen Sie die lokale Teams-Hostseite.",
  "error.load": "Laden fehlgeschlagen: {message}",
  "common.loading": "Wird geladen…",
  "common.clearSearch": "Suche löschen",
  "app.pageFailed":
    "Dieser Teil von Learning Loop konnte nicht geladen werden. Laden Sie neu, um es erneut zu versuchen.",
  "app.reload": "Neu laden",
  "app.partFailed":
    "Dieser Teil konnte nicht geladen werden. Prüfen Sie die Verbindung und laden Sie den Bereich neu.",
};
