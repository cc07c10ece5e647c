import type { Messages } from "../i18n/messages-type";

const en = {
  "config.title": "Learning Loop settings",
  "config.loading": "Loading this team's settings…",
  "config.loadFailedHelp":
    "You can still add the tab now and change the settings later from the tab's Settings. Or try loading them again.",
  "config.reload": "Reload the settings",
  "config.intro":
    "These settings apply to everyone in this team or chat. Select Save to store them and add the tab.",
  "config.member":
    "Only the owners of this team can change these settings. You can still add the tab: select Save.",
  "config.current": "Current settings",
  "config.name": "Name",
  "config.nameHint": "How Learning Loop names this team in cards and exports.",
  "config.rotation": "Prompt rotation",
  "config.rotationHint":
    "The prompt suggested for each weekday's stand-up. The facilitator can always pick another one.",
  "config.customPrompts": "Your team's prompts",
  "config.unknownPrompt": "A prompt that no longer exists",
  "config.revealMode": "Default reveal mode",
  "config.reveal.live": "Live",
  "config.reveal.live.hint": "answers are visible as they arrive",
  "config.reveal.afterAnswer": "After answering",
  "config.reveal.afterAnswer.hint": "people see the others' answers once they have answered",
  "config.reveal.onReveal": "On reveal",
  "config.reveal.onReveal.hint":
    "answers stay hidden until the facilitator reveals them (the leader speaks last)",
  "config.anonymousDefault": "Answer anonymously by default",
  "config.pulse": "Team pulse",
  "config.pulse.off": "Off (owners can still start one from the side panel)",
  "config.pulse.monthly": "Monthly (opens by itself once a month)",
  "config.pulseHint":
    "An anonymous psychological-safety pulse of five statements. Results show only as the team's average, once at least 5 people answered.",
  "config.notifications": "Notifications",
  "config.notification.promptCard": "Prompt card in the meeting chat",
  "config.notification.roundSummary": "Round summary in the channel",
  "config.notification.weeklyDigest": "Weekly digest",
  "config.notification.checkBackReminder": "Experiment check-back reminders",
  "config.notification.meetingNudge": "In-meeting nudge to people who have not answered",
  "config.notification.afterAction": "After-action review cards from outside events",
  "config.timezone": "Time zone",
  "config.timezoneHint":
    "Decides what “today” and “this week” mean for the rotation, the history and the insights.",
  "config.retention": "Keep history for (days)",
  "config.retentionHint":
    "Leave empty to keep the history until the team deletes it; otherwise {min} to {max} days.",
  "config.retentionPlaceholder": "Keep until deleted",
  "config.retentionForever": "Until the team deletes it",
  "config.retentionDays": "{count, plural, one {# day} other {# days}}",
  "config.saveHint": "Changes are stored when you select Save.",
  "config.yes": "Yes",
  "config.no": "No",
  "config.none": "None",
  "config.cancel": "Cancel",
  "config.deleting": "Deleting…",
  "config.problem.nameRequired": "Give the team a name.",
  "config.problem.nameTooLong": "Keep the name to {nameMax} characters.",
  "config.problem.retention": "Enter a whole number of days from {min} to {max}, or leave the field empty.",
  "config.problem.timezone": "Choose a time zone from the list.",
  "config.problem.unknownPrompt": "This prompt no longer exists. Choose another one.",
  "config.save.stale":
    "Someone else changed these settings while you were editing. Reload them and try again.",
  "config.save.staleHelp": "Your changes were not saved because the settings changed in the meantime.",
  "config.save.failed": "The settings could not be saved.",
  "config.data": "Your data",
  "config.erase.explain":
    "Delete everything you wrote in this team or chat: your answers (anonymous ones too) and reactions. Where you are only named, on learning moments you started and experiments you own, your name is removed.",
  "config.erase.button": "Delete my data in this team",
  "config.erase.title": "Delete your data in this team?",
  "config.erase.confirm":
    "Your answers and reactions here are deleted for good, and your name is removed from learning moments and experiments. This cannot be undone.",
  "config.erase.confirmButton": "Delete my data",
  "config.erase.done":
    "Done: {answers, plural, one {# answer} other {# answers}} and {reactions, plural, one {# reaction} other {# reactions}} deleted; your name was removed from {named, plural, one {# item} other {# items}}.",
  "config.purge.explain":
    "As an owner you can delete all of this team's Learning Loop data: every learning moment, answer, experiment and setting.",
  "config.purge.button": "Delete all of this team's Learning Loop data",
  "config.purge.title": "Delete all of this team's Learning Loop data?",
  "config.purge.confirm":
    "Everyone's learning moments, answers, reactions, experiments, prompts and settings for this team are deleted for good. This cannot be undone.",
  "config.purge.typeName": "To confirm, type the team's name: {name}",
  "config.purge.confirmButton": "Delete everything",
  "config.purge.done":
    "All of this team's Learning Loop data was deleted. The settings are back to their defaults.",
  "config.webhook.title": "After-action webhook",
  "config.webhook.explain":
    "Tools such as your release pipeline or incident system can start an after-action review when something happens, by posting to Learning Loop's events endpoint signed with this team's secret.",
  "config.webhook.rotate": "Create a new webhook secret",
  "config.webhook.rotating": "Creating…",
  "config.webhook.confirm":
    "A new secret replaces the current one at once: tools still using the old secret stop working until you give them the new one.",
  "config.webhook.confirmButton": "Replace the secret",
  "config.webhook.once":
    "Copy the secret now and store it in your tool's secret store. It is shown only this once.",
  "config.webhook.secret": "Webhook secret",
  "config.webhook.copy": "Copy secret",
  "config.webhook.copied": "Copied.",
  "config.webhook.copyFailed":
    "Copying was not allowed here. Select the secret and press Ctrl+C (⌘C on a Mac).",
  "config.webhook.hide": "Hide secret",
  "config.webhook.unsupported": "This Learning Loop server does not offer webhook secrets yet.",
  "config.webhook.noSecret": "The server answered without a secret.",
} as const;

const de: Messages<typeof en> = {
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
};

export const config = { en, de };
