import type { Messages } from "../i18n/messages-type";
import type { lessons } from "./messages";

export const de: Messages<typeof lessons> = {
  "lessons.tab": "Von anderen Teams",
  "lessons.title": "Von anderen Teams lernen",
  "lessons.intro":
    "Lektionen, die andere Teams Ihrer Organisation geteilt haben: was sie gelernt und was sie ausprobiert haben.",
  "lessons.feedOff": "Die Administratoren Ihrer Organisation haben den Lektionen-Feed ausgeschaltet.",
  "lessons.sort": "Reihenfolge",
  "lessons.sort.newest": "Neueste",
  "lessons.sort.adopted": "Am häufigsten übernommen",
  "lessons.search": "Lektionen durchsuchen",
  "lessons.mode": "Lernform",
  "lessons.mode.all": "Alle Lernformen",
  "lessons.list": "Lektionen",
  "lessons.loading": "Lektionen werden geladen…",
  "lessons.empty": "Noch keine passenden Lektionen.",
  "lessons.more": "Mehr laden",
  "lessons.fromTeam": "Von {team}",
  "lessons.teamHidden": "Team nicht angezeigt",
  "lessons.by": "Von {name}",
  "lessons.kind.answer": "Antwort",
  "lessons.kind.experiment": "Experiment",
  "lessons.outcome": "Ergebnis: {outcome}",
  "lessons.adopted": "{count, plural, one {Von # Team übernommen} other {Von # Teams übernommen}}",
  "lessons.tried": "{count, plural, one {Von # Team ausprobiert} other {Von # Teams ausprobiert}}",
  "lessons.triedList": "Wie die Versuche anderer Teams ausgingen",
  "lessons.triedBy": "{team}: {status}, {outcome}",
  "lessons.otherTeam": "Ein Team",
  "lessons.adopt": "In meinem Team ausprobieren",
  "lessons.adoptLabel": "In meinem Team ausprobieren: „{text}“",
  "lessons.adoptInto": "Team, in dem es ausprobiert wird",
  "lessons.adoptIntoHint":
    "Ihre Teams und Besprechungen, in denen Sie auf diesem Gerät den Verlauf von Learning Loop geöffnet haben. Öffnen Sie den Verlauf eines Teams einmal, um es hier hinzuzufügen.",
  "lessons.noScopes":
    "Öffnen Sie einmal den Verlauf von Learning Loop in einem Ihrer Teams: Dann können Sie Lektionen von hier aus dort ausprobieren.",
  "lessons.adopted.done": "Als Experiment in {team} gestartet.",
  "lessons.unpublish": "Veröffentlichung zurückziehen",
  "lessons.unpublishLabel": "Veröffentlichung zurückziehen: „{text}“",
  "lessons.unpublished": "Die Lektion wurde zurückgezogen.",
  "lessons.share": "Mit anderen Teams teilen",
  "lessons.shareLabel": "Mit anderen Teams teilen: „{text}“",
  "lessons.shareTitle": "Mit anderen Teams teilen",
  "lessons.shareIntro":
    "Alle in Ihrer Organisation können das dann unter „Von anderen Teams lernen“ lesen und in ihrem Team ausprobieren.",
  "lessons.showName": "Meinen Namen zeigen",
  "lessons.anonymousStays": "Ihre Antwort war anonym: Die Lektion bleibt anonym.",
  "lessons.teamNameHidden":
    "Die Besitzer Ihres Teams blenden den Teamnamen bei Lektionen aus: Er wird nicht angezeigt.",
  "lessons.hideTeam": "Den Teamnamen nicht zeigen",
  "lessons.publish": "Teilen",
  "lessons.cancel": "Abbrechen",
  "lessons.published": "Mit anderen Teams geteilt.",
  "lessons.publishingOff": "Die Besitzer Ihres Teams haben das Teilen mit anderen Teams ausgeschaltet.",
  "lessons.admin.heading": "Mandantenverwaltung",
  "lessons.admin.intro":
    "Sie haben die Administratorrolle von Learning Loop für Ihre Organisation: Was Sie hier ändern, gilt für alle Teams und Chats.",
  "lessons.admin.feed": "Lektionen-Feed für die gesamte Organisation",
  "lessons.admin.feedHint":
    "Solange er ausgeschaltet ist, sieht niemand in Ihrer Organisation Lektionen, und kein Team kann welche teilen oder ausprobieren.",
  "lessons.admin.feedNowOn": "Der Lektionen-Feed ist für die gesamte Organisation eingeschaltet.",
  "lessons.admin.feedNowOff": "Der Lektionen-Feed ist für die gesamte Organisation ausgeschaltet.",
  "lessons.admin.erase.heading": "Daten einer Person in allen Teams und Chats löschen",
  "lessons.admin.erase.intro":
    "Für eine Löschanfrage, zum Beispiel nachdem jemand gegangen ist: Learning Loop löscht die Daten der Person in allen Teams und Chats Ihrer Organisation, als hätte sie überall „Meine Daten löschen“ gewählt.",
  "lessons.admin.erase.oid": "Microsoft Entra-Objekt-ID der Person",
  "lessons.admin.erase.oidHint":
    "Öffnen Sie im Microsoft Entra Admin Center unter „Benutzer“ die Person und kopieren Sie ihre Objekt-ID.",
  "lessons.admin.erase.oidInvalid":
    "Die Microsoft Entra-Objekt-ID muss eine GUID sein, zum Beispiel {example}.",
  "lessons.admin.erase.button": "Daten dieser Person löschen…",
  "lessons.admin.erase.title": "Daten dieser Person überall löschen?",
  "lessons.admin.erase.confirm":
    "Alles, was diese Person geschrieben hat, wird in allen Teams und Chats Ihrer Organisation gelöscht: ihre Antworten (auch anonyme), Reaktionen, Antworten im Team-Puls und die aus ihren Antworten geteilten Lektionen. Wo sie nur genannt wird (von ihr gestartete Lernmomente, ihre Experimente, von ihr hinzugefügte Fragen, von ihr geteilte Lektionen), wird ihr Name entfernt; alles andere bleibt beim Team.",
  "lessons.admin.erase.who": "Objekt-ID",
  "lessons.admin.erase.final": "Das lässt sich nicht rückgängig machen.",
  "lessons.admin.erase.confirmButton": "Endgültig löschen",
  "lessons.admin.erase.busy": "Wird gelöscht…",
  "lessons.admin.erase.done":
    "Die Daten der Person mit der Objekt-ID {oid} wurden in allen Teams und Chats gelöscht.",
  "config.lessons.legend": "Von anderen Teams lernen",
  "config.lessons.publishing": "Mitglieder dürfen Antworten und Experimente mit anderen Teams teilen",
  "config.lessons.hideTeam": "Den Namen dieses Teams bei geteilten Lektionen ausblenden",
};
