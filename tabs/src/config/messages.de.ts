import type { Messages } from "../i18n/messages-type";
import type { config } from "./messages";

export const de: Messages<typeof config> = {
  "config.title": "Einstellungen für Learning Loop",
  "config.loading": "Einstellungen dieses Teams werden geladen…",
  "config.loadFailedHelp":
    "Sie können die Registerkarte trotzdem hinzufügen und die Einstellungen später über die Einstellungen der Registerkarte ändern. Oder versuchen Sie es erneut.",
  "config.reload": "Einstellungen neu laden",
  "config.intro":
    "Diese Einstellungen gelten für alle in diesem Team oder Chat. Wählen Sie „Speichern“, um sie zu speichern und die Registerkarte hinzuzufügen.",
  "config.member":
    "Nur die Besitzer dieses Teams können diese Einstellungen ändern. Sie können die Registerkarte trotzdem hinzufügen: Wählen Sie „Speichern“.",
  "config.current": "Aktuelle Einstellungen",
  "config.name": "Name",
  "config.nameHint": "So nennt Learning Loop dieses Team in Karten und Exporten.",
  "config.rotation": "Fragen-Rotation",
  "config.rotationHint":
    "Die für das Stand-up des jeweiligen Wochentags vorgeschlagene Frage. Die Moderation kann immer eine andere wählen.",
  "config.customPrompts": "Fragen Ihres Teams",
  "config.unknownPrompt": "Eine Frage, die es nicht mehr gibt",
  "config.revealMode": "Standardmäßiges Aufdecken",
  "config.reveal.live": "Live",
  "config.reveal.live.hint": "Antworten sind sichtbar, sobald sie eintreffen",
  "config.reveal.afterAnswer": "Nach dem Antworten",
  "config.reveal.afterAnswer.hint": "man sieht die Antworten der anderen, sobald man selbst geantwortet hat",
  "config.reveal.onReveal": "Beim Aufdecken",
  "config.reveal.onReveal.hint":
    "Antworten bleiben verborgen, bis die Moderation sie aufdeckt (die Führungskraft spricht zuletzt)",
  "config.anonymousDefault": "Standardmäßig anonym antworten",
  "config.pulse": "Team-Puls",
  "config.pulse.off": "Aus (Besitzer können ihn trotzdem im Seitenbereich starten)",
  "config.pulse.monthly": "Monatlich (öffnet sich einmal im Monat von selbst)",
  "config.pulseHint":
    "Ein anonymer Puls zur psychologischen Sicherheit mit fünf Aussagen. Ergebnisse erscheinen nur als Durchschnitt des Teams, sobald mindestens 5 Personen geantwortet haben.",
  "config.notifications": "Benachrichtigungen",
  "config.notification.promptCard": "Fragekarte im Besprechungschat",
  "config.notification.roundSummary": "Zusammenfassung der Runde im Kanal",
  "config.notification.weeklyDigest": "Wöchentliche Übersicht",
  "config.notification.checkBackReminder": "Erinnerungen zum Nachfassen bei Experimenten",
  "config.notification.meetingNudge": "Hinweis in der Besprechung an alle, die noch nicht geantwortet haben",
  "config.notification.afterAction": "Karten zur Nachbetrachtung nach externen Ereignissen",
  "config.notification.lessonTried": "Karten, wenn ein anderes Team eine unserer Lektionen ausprobiert hat",
  "config.language": "Sprache der Team-Karten",
  "config.languageHint":
    "Die Karten, die Learning Loop in die Unterhaltung des Teams postet, sind in dieser Sprache. Die App selbst sieht jede Person in ihrer eigenen Teams-Sprache.",
  "config.timezone": "Zeitzone",
  "config.timezoneHint":
    "Legt fest, was „heute“ und „diese Woche“ für die Rotation, den Verlauf und die Auswertung bedeuten.",
  "config.retention": "Verlauf aufbewahren (Tage)",
  "config.retentionHint":
    "Leer lassen, um den Verlauf zu behalten, bis das Team ihn löscht; sonst {min} bis {max} Tage.",
  "config.retentionPlaceholder": "Bis zum Löschen behalten",
  "config.retentionForever": "Bis das Team ihn löscht",
  "config.retentionDays": "{count, plural, one {# Tag} other {# Tage}}",
  "config.saveHint": "Änderungen werden gespeichert, wenn Sie „Speichern“ wählen.",
  "config.yes": "Ja",
  "config.no": "Nein",
  "config.none": "Keine",
  "config.cancel": "Abbrechen",
  "config.deleting": "Wird gelöscht…",
  "config.problem.nameRequired": "Geben Sie dem Team einen Namen.",
  "config.problem.nameTooLong": "Der Name darf höchstens {nameMax} Zeichen lang sein.",
  "config.problem.retention":
    "Geben Sie eine ganze Zahl von {min} bis {max} Tagen ein oder lassen Sie das Feld leer.",
  "config.problem.timezone": "Wählen Sie eine Zeitzone aus der Liste.",
  "config.problem.unknownPrompt": "Diese Frage gibt es nicht mehr. Wählen Sie eine andere.",
  "config.save.stale":
    "Jemand anderes hat diese Einstellungen geändert, während Sie sie bearbeitet haben. Laden Sie sie neu und versuchen Sie es erneut.",
  "config.save.staleHelp":
    "Ihre Änderungen wurden nicht gespeichert, weil sich die Einstellungen inzwischen geändert haben.",
  "config.save.failed": "Die Einstellungen konnten nicht gespeichert werden.",
  "config.data": "Ihre Daten",
  "config.erase.explain":
    "Löschen Sie alles, was Sie in diesem Team oder Chat geschrieben haben: Ihre Antworten (auch anonyme) und Reaktionen. Wo Sie nur genannt werden, bei von Ihnen gestarteten Lernmomenten und Ihren Experimenten, wird Ihr Name entfernt.",
  "config.erase.button": "Meine Daten in diesem Team löschen",
  "config.erase.title": "Ihre Daten in diesem Team löschen?",
  "config.erase.confirm":
    "Ihre Antworten und Reaktionen hier werden endgültig gelöscht, und Ihr Name wird aus Lernmomenten und Experimenten entfernt. Das lässt sich nicht rückgängig machen.",
  "config.erase.confirmButton": "Meine Daten löschen",
  "config.erase.done":
    "Erledigt: {answers, plural, one {# Antwort} other {# Antworten}} und {reactions, plural, one {# Reaktion} other {# Reaktionen}} gelöscht; Ihr Name wurde aus {named, plural, one {# Eintrag} other {# Einträgen}} entfernt.",
  "config.purge.explain":
    "Als Besitzer können Sie alle Learning-Loop-Daten dieses Teams löschen: jeden Lernmoment, jede Antwort, jedes Experiment und jede Einstellung.",
  "config.purge.button": "Alle Learning-Loop-Daten dieses Teams löschen",
  "config.purge.title": "Alle Learning-Loop-Daten dieses Teams löschen?",
  "config.purge.confirm":
    "Die Lernmomente, Antworten, Reaktionen, Experimente, Fragen und Einstellungen aller Mitglieder dieses Teams werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.",
  "config.purge.typeName": "Geben Sie zur Bestätigung den Namen des Teams ein: {name}",
  "config.purge.confirmButton": "Alles löschen",
  "config.purge.done":
    "Alle Learning-Loop-Daten dieses Teams wurden gelöscht. Die Einstellungen sind wieder auf den Standardwerten.",
  "config.webhook.title": "Webhook für Nachbetrachtungen",
  "config.webhook.explain":
    "Werkzeuge wie Ihre Release-Pipeline oder Ihr Incident-System können eine Nachbetrachtung starten, wenn etwas passiert, indem sie an den Ereignis-Endpunkt von Learning Loop senden, signiert mit dem Geheimnis dieses Teams.",
  "config.webhook.rotate": "Neues Webhook-Geheimnis erstellen",
  "config.webhook.rotating": "Wird erstellt…",
  "config.webhook.confirm":
    "Ein neues Geheimnis ersetzt das aktuelle sofort: Werkzeuge mit dem alten Geheimnis funktionieren erst wieder, wenn sie das neue erhalten.",
  "config.webhook.confirmButton": "Geheimnis ersetzen",
  "config.webhook.once":
    "Kopieren Sie das Geheimnis jetzt und legen Sie es im Geheimnisspeicher Ihres Werkzeugs ab. Es wird nur dieses eine Mal angezeigt.",
  "config.webhook.secret": "Webhook-Geheimnis",
  "config.webhook.copy": "Geheimnis kopieren",
  "config.webhook.copied": "Kopiert.",
  "config.webhook.copyFailed":
    "Kopieren war hier nicht erlaubt. Markieren Sie das Geheimnis und drücken Sie Strg+C (⌘C auf dem Mac).",
  "config.webhook.hide": "Geheimnis ausblenden",
  "config.webhook.unsupported": "Dieser Learning-Loop-Server bietet noch keine Webhook-Geheimnisse an.",
  "config.webhook.noSecret": "Der Server hat ohne Geheimnis geantwortet.",
  "config.reviewLabel": "GitHub-Label, das eine Nachbetrachtung startet",
  "config.reviewLabelHint":
    "Ein Issue, das mit diesem Label geschlossen wird, startet eine Nachbetrachtung. Standard: incident.",
  "config.reviewTag": "Azure-DevOps-Tag, das eine Nachbetrachtung startet",
  "config.reviewTagHint":
    "Ein Arbeitselement mit diesem Tag, das auf „Closed“ oder „Done“ wechselt, startet eine Nachbetrachtung. Standard: incident.",
  "config.problem.label": "Verwenden Sie 1 bis 50 Zeichen, ohne Semikolon.",
  "config.sources.title": "Woher Nachbetrachtungen kommen",
  "config.sources.intro":
    "GitHub, Azure DevOps oder Ihre eigenen Werkzeuge können eine Nachbetrachtung starten, wenn etwas passiert. Jede Quelle sendet an ihre eigene Adresse unten, mit dem Webhook-Geheimnis dieses Teams.",
  "config.sources.noSecret":
    "Noch kein Webhook-Geheimnis: Ein Besitzer erstellt es unten und trägt es dann bei jeder Quelle ein.",
  "config.sources.url": "Adresse für {source}",
  "config.sources.copy": "Adresse kopieren",
  "config.sources.copyLabel": "Adresse kopieren für {source}",
  "config.sources.starts": "Ereignisse, die eine Nachbetrachtung starten:",
  "config.sources.github.name": "GitHub",
  "config.sources.github.secret":
    "Im Repository: Settings → Webhooks → Add webhook. Payload URL: diese Adresse; Content type: application/json; Secret: das Webhook-Geheimnis des Teams. Wählen Sie die Ereignisse Releases, Deployment statuses und Issues.",
  "config.sources.github.release": "Ein Release wird veröffentlicht",
  "config.sources.github.deployment": "Ein Deployment schlägt fehl",
  "config.sources.github.issue": "Ein Issue mit dem Label „{label}“ wird geschlossen",
  "config.sources.azureDevOps.name": "Azure DevOps",
  "config.sources.azureDevOps.secret":
    "Im Projekt: Projekteinstellungen → Service Hooks → Abonnement erstellen → Web Hooks. URL: diese Adresse; Kennwort für die Standardauthentifizierung: das Webhook-Geheimnis des Teams (beliebiger Benutzername). Oder senden Sie es im HTTP-Header X-LearningLoop-Secret.",
  "config.sources.azureDevOps.build": "Ein Build schlägt fehl (Build completed)",
  "config.sources.azureDevOps.deployment":
    "Ein Release-Deployment ist abgeschlossen (Release deployment completed)",
  "config.sources.azureDevOps.run": "Eine Pipeline-Ausführung ist abgeschlossen (Run state changed)",
  "config.sources.azureDevOps.workItem":
    "Ein Arbeitselement mit dem Tag „{tag}“ wechselt auf „Closed“ oder „Done“ (Work item updated)",
  "config.sources.generic.name": "Eigene Werkzeuge (signierte Ereignisse)",
  "config.sources.generic.secret":
    'Signieren Sie jede Anfrage mit dem Webhook-Geheimnis des Teams im Header {header}: t=<Unix-Sekunden>,v1=<Hex-HMAC-SHA256 von "<t>.<Body>">. Die README zeigt, wie.',
  "config.sources.generic.any":
    "Jedes Ereignis, das Sie senden (Release, Störung, Sprint, Deployment, Build oder anderes)",
  "config.sources.last.none": "Noch nichts empfangen.",
  "config.sources.last.started": "Letzte Zustellung {time}: Nachbetrachtung gestartet.",
  "config.sources.last.repeated": "Letzte Zustellung {time}: erneut gesendet, nichts Neues gestartet.",
  "config.sources.last.ignored": "Letzte Zustellung {time}: nichts gestartet ({reason}).",
  "config.sources.last.refused": "Zuletzt abgelehnt {time}: {reason}.",
};
