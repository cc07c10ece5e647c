import type { Messages } from "../i18n/messages-type";

/**
 * The team pulse's results in Insights: loaded with the full catalog (i18n/catalog.ts), not with
 * the side panel's first paint.
 */
const en = {
  "pulse.results.title": "Team pulse",
  "pulse.results.note":
    "The team's average agreement (1–5) with each statement. Shown only for closed pulses that at least 5 people answered; never per person.",
  "pulse.results.none": "No team pulse has closed with at least 5 answers yet.",
  "pulse.results.loading": "Loading team pulse results…",
  "pulse.results.table": "Team pulse results",
  "pulse.results.summary":
    "Team pulse trend over {count, plural, one {# pulse} other {# pulses}} with results, from {from} to {to}: overall average {first} then {last} (1–5).",
  "pulse.results.summaryOne": "Team pulse on {date}: overall average {value} (1–5).",
  "pulse.col.date": "Pulse of",
  "pulse.col.responses": "Responses",
  "pulse.col.overall": "Overall",
  "pulse.short.mistakes": "Mistakes",
  "pulse.short.problems": "Problems",
  "pulse.short.risk": "Risk",
  "pulse.short.help": "Help",
  "pulse.short.valued": "Valued",
  "pulse.row.fewer": "fewer than 5",
  "pulse.row.open": "open",
  "pulse.none": "—",
} as const;

const de: Messages<typeof en> = {
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

export const pulseResults = { en, de };
