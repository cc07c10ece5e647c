import type { Messages } from "../i18n/messages-type";
import type { pulse } from "./messages";

export const de: Messages<typeof pulse> = {
  "pulse.title": "Team-Puls",
  "pulse.intro":
    "Anonym. Gezeigt wird nur der Durchschnitt des Teams, sobald mindestens 5 Personen geantwortet haben.",
  "pulse.closesAt": "Offen bis {date}.",
  "pulse.statement.mistakes": "Wenn man in diesem Team einen Fehler macht, wird er einem nicht vorgehalten.",
  "pulse.statement.problems": "Wir können Probleme und schwierige Themen miteinander ansprechen.",
  "pulse.statement.risk": "In diesem Team ist es sicher, ein Risiko einzugehen.",
  "pulse.statement.help": "Es ist leicht, andere in diesem Team um Hilfe zu bitten.",
  "pulse.statement.valued": "Meine Fähigkeiten und Talente werden hier geschätzt und genutzt.",
  "pulse.scale.1": "1 – Stimme überhaupt nicht zu",
  "pulse.scale.2": "2 – Stimme nicht zu",
  "pulse.scale.3": "3 – Weder noch",
  "pulse.scale.4": "4 – Stimme zu",
  "pulse.scale.5": "5 – Stimme voll zu",
  "pulse.scaleHint": "1 = stimme überhaupt nicht zu, 5 = stimme voll zu",
  "pulse.send": "Puls senden",
  "pulse.sending": "Wird gesendet…",
  "pulse.cancel": "Antworten behalten",
  "pulse.thanks": "Danke — Ihre Antworten sind anonym.",
  "pulse.change": "Antworten ändern",
  "pulse.hide": "Team-Puls ausblenden",
  "pulse.show": "Team-Puls anzeigen",
  "pulse.start": "Team-Puls starten",
  "pulse.starting": "Wird gestartet…",
  "pulse.startHint": "Fünf kurze Aussagen, anonym auf einer Skala von 1–5 beantwortet. 7 Tage offen.",
  "pulse.started": "Team-Puls gestartet.",
  "pulse.closed": "Dieser Team-Puls ist geschlossen.",
  "pulse.responses": "{count, plural, one {# Person hat geantwortet} other {# Personen haben geantwortet}}",
  "pulse.fewer": "Bisher haben weniger als 5 Personen geantwortet",
};
