import type { Messages } from "../i18n/messages-type";
import type { owners } from "./messages";

export const de: Messages<typeof owners> = {
  "owners.picker.open": "Personen anzeigen",
  "owners.picker.placeholder": "Im Team suchen oder einen beliebigen Namen eingeben",
  "owners.picker.noMatch": "In diesem Team oder Chat heißt niemand so. Der Name bleibt wie eingegeben.",
  "owners.picker.failed": "Personen können gerade nicht gesucht werden. Der Name bleibt wie eingegeben.",
  "owners.picker.picked": "{name} wird erinnert, wenn das Nachfassen fällig ist.",
  "owners.mine.title": "Meine Experimente",
  "owners.mine.intro": "Experimente, für die Sie verantwortlich sind, in all Ihren Teams und Besprechungen.",
  "owners.mine.loading": "Ihre Experimente werden geladen…",
  "owners.mine.empty":
    "Sie sind noch für kein Experiment verantwortlich. Wenn das Team etwas ausprobiert, tragen Sie sich als verantwortlich ein.",
  "owners.mine.list": "Experimente, für die Sie verantwortlich sind",
  "owners.mine.more": "Mehr anzeigen",
  "owners.mine.scope": "In {name}",
  "owners.mine.due": "Nachfassen am {date}",
  "owners.mine.dueNow": "Jetzt fällig: {date}",
  "owners.mine.noCheckBack": "Kein Termin zum Nachfassen",
  "owners.mine.outcome": "Ergebnis: {outcome}",
  "owners.mine.openHistory": "Im Verlauf öffnen",
  "owners.mine.openHistoryLabel": "Im Verlauf öffnen: „{text}“",
  "owners.mine.close": "Schließen",
  "owners.status.planned": "Geplant",
  "owners.status.running": "Läuft",
  "owners.status.done": "Erledigt",
  "owners.status.dropped": "Verworfen",
};
