import type { Messages } from "../i18n/messages-type";
import type { pulseResults } from "./results-messages";

export const de: Messages<typeof pulseResults> = {
  "pulse.results.title": "Team-Puls",
  "pulse.results.note":
    "Die durchschnittliche Zustimmung des Teams (1–5) zu jeder Aussage. Nur für geschlossene Pulse mit mindestens 5 Antworten; nie pro Person.",
  "pulse.results.none": "Noch kein Team-Puls wurde mit mindestens 5 Antworten geschlossen.",
  "pulse.results.loading": "Ergebnisse des Team-Pulses werden geladen…",
  "pulse.results.table": "Ergebnisse des Team-Pulses",
  "pulse.results.summary":
    "Verlauf des Team-Pulses über {count, plural, one {# Puls} other {# Pulse}} mit Ergebnis, von {from} bis {to}: Gesamtdurchschnitt {first}, dann {last} (1–5).",
  "pulse.results.summaryOne": "Team-Puls vom {date}: Gesamtdurchschnitt {value} (1–5).",
  "pulse.col.date": "Puls vom",
  "pulse.col.responses": "Antworten",
  "pulse.col.overall": "Gesamt",
  "pulse.short.mistakes": "Fehler",
  "pulse.short.problems": "Probleme",
  "pulse.short.risk": "Risiko",
  "pulse.short.help": "Hilfe",
  "pulse.short.valued": "Wertschätzung",
  "pulse.row.fewer": "weniger als 5",
  "pulse.row.open": "offen",
  "pulse.none": "—",
};
