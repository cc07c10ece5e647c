export const config = {
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
  "config.notification.lessonTried": "Cards when another team tried one of our lessons",
  "config.language": "Language of the team's cards",
  "config.languageHint":
    "The cards Learning Loop posts into the team's conversation speak this language. Everyone still sees the app in their own Teams language.",
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
  "config.reviewLabel": "GitHub issue label that starts a review",
  "config.reviewLabelHint":
    "An issue closed with this label starts an after-action review. Default: incident.",
  "config.reviewTag": "Azure DevOps work item tag that starts a review",
  "config.reviewTagHint":
    "A work item moved to Closed or Done with this tag starts an after-action review. Default: incident.",
  "config.problem.label": "Use 1 to 50 characters, without semicolons.",
  "config.sources.title": "Where after-action reviews come from",
  "config.sources.intro":
    "GitHub, Azure DevOps or your own tools can start an after-action review when something happens. Each sends to its own address below, with this team's webhook secret.",
  "config.sources.noSecret":
    "No webhook secret yet: an owner creates one below, then gives it to each source.",
  "config.sources.url": "{source} address",
  "config.sources.copy": "Copy address",
  "config.sources.copyLabel": "Copy address for {source}",
  "config.sources.starts": "Events that start a review:",
  "config.sources.github.name": "GitHub",
  "config.sources.github.secret":
    "In the repository: Settings → Webhooks → Add webhook. Payload URL: this address; Content type: application/json; Secret: the team's webhook secret. Choose the events Releases, Deployment statuses and Issues.",
  "config.sources.github.release": "A release is published",
  "config.sources.github.deployment": "A deployment fails or errors",
  "config.sources.github.issue": "An issue with the label “{label}” is closed",
  "config.sources.azureDevOps.name": "Azure DevOps",
  "config.sources.azureDevOps.secret":
    "In the project: Project settings → Service hooks → Create subscription → Web Hooks. URL: this address; Basic authentication password: the team's webhook secret (any user name). Or send it in the HTTP header X-LearningLoop-Secret.",
  "config.sources.azureDevOps.build": "A build fails (Build completed)",
  "config.sources.azureDevOps.deployment": "A release deployment completes (Release deployment completed)",
  "config.sources.azureDevOps.run": "A pipeline run completes (Run state changed)",
  "config.sources.azureDevOps.workItem":
    "A work item tagged “{tag}” moves to Closed or Done (Work item updated)",
  "config.sources.generic.name": "Your own tools (signed events)",
  "config.sources.generic.secret":
    'Sign each request with the team\'s webhook secret in the {header} header: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">. The README shows how.',
  "config.sources.generic.any": "Any event you send (release, incident, sprint, deployment, build or other)",
  "config.sources.last.none": "Nothing received yet.",
  "config.sources.last.started": "Last delivery {time}: started a review.",
  "config.sources.last.repeated": "Last delivery {time}: sent again, nothing new started.",
  "config.sources.last.ignored": "Last delivery {time}: started nothing ({reason}).",
  "config.sources.last.refused": "Last refused {time}: {reason}.",
} as const;
