import type { Messages } from "../i18n/messages-type";
import type { ai } from "./messages";

export const de: Messages<typeof ai> = {
  "ai.label": "Vorschlag der KI",
  "ai.note":
    "Prüfen und ändern Sie ihn nach Belieben. Nichts wird gepostet oder gespeichert, wenn Sie es nicht tun.",
  "ai.failed": "Die KI kann gerade nicht helfen.",
  "ai.copy": "Kopieren",
  "ai.copied": "Kopiert.",
  "ai.copyFailed": "Kopieren ging nicht. Markieren und kopieren Sie den Text selbst.",
  "ai.dismiss": "Verwerfen",
  "ai.remaining":
    "{count, plural, =0 {Heute keine KI-Vorschläge mehr für das Team.} one {Heute noch # KI-Vorschlag für das Team.} other {Heute noch # KI-Vorschläge für das Team.}}",
  "ai.themes.action": "Themen vorschlagen (KI)",
  "ai.themes.loading": "Die KI sucht die Themen dieser Runde…",
  "ai.themes.heading": "Themen, von der KI vorgeschlagen",
  "ai.themes.title": "Thema {number}: Titel",
  "ai.themes.summary": "Thema {number}: Zusammenfassung",
  "ai.themes.from": "{count, plural, one {Aus # Antwort:} other {Aus # Antworten:}}",
  "ai.themes.dismiss": "Die Themen der KI verwerfen",
  "ai.themes.copy": "Die Themen kopieren",
  "ai.testable.action": "Überprüfbar machen (KI)",
  "ai.testable.loading": "Die KI wird gefragt…",
  "ai.testable.signal": "Woran wir es merken: {signal}",
  "ai.testable.filled":
    "Vorschlag der KI: Text und Datum zum Nachfassen wurden ausgefüllt. Ändern Sie sie nach Belieben; gespeichert wird erst, wenn Sie das Experiment anlegen.",
  "ai.testable.undo": "Den Vorschlag der KI rückgängig machen",
  "ai.ask.heading": "Unsere Geschichte fragen (KI)",
  "ai.ask.question": "Frage an unsere Geschichte",
  "ai.ask.placeholder": "Was haben wir über Rufbereitschaft gelernt?",
  "ai.ask.submit": "Fragen",
  "ai.ask.loading": "Wir sehen in unserer Geschichte nach…",
  "ai.ask.answer": "Antwort der KI, nur aus unserer eigenen Geschichte",
  "ai.ask.nothing": "Unsere Geschichte enthält dazu noch nichts, daher wurde die KI nicht gefragt.",
  "ai.ask.sources": "Zitierte Runden",
  "ai.ask.answerFrom": "Antwort vom {date}",
  "ai.ask.experimentFrom": "Experiment vom {date}",
  "ai.ask.experiment": "Experiment",
  "ai.ask.open": "Diese Runde öffnen",
  "ai.ask.openNamed": "Die Runde vom {date} öffnen",
  "ai.ask.dismiss": "Die Antwort der KI verwerfen",
  "ai.config.label": "KI als Partner",
  "ai.config.hint":
    "Standardmäßig aus. Eingeschaltet können Mitglieder als KI gekennzeichnete Vorschläge erbitten: Themen einer geschlossenen Runde, ein überprüfbares Experiment, Antworten aus der eigenen Geschichte des Teams. Gesendet werden nur Fragen- und Antworttexte, nie Namen.",
  "ai.config.on": "An",
  "ai.config.off": "Aus",
};
