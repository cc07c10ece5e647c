import type { Messages } from "../i18n/messages-type";

/** Strings of the owner picker and "My experiments" (side panel dialog and history view). */
const en = {
  "owners.picker.placeholder": "Search your team, or type any name",
  "owners.picker.noMatch": "Nobody in this team or chat is called that. The name is kept as typed.",
  "owners.picker.failed": "People cannot be looked up right now. The name is kept as typed.",
  "owners.picker.picked": "{name} will be reminded when the check-back is due.",
  "owners.mine.title": "My experiments",
  "owners.mine.intro": "Experiments you own, in all your teams and meetings.",
  "owners.mine.loading": "Loading your experiments…",
  "owners.mine.empty": "You own no experiments yet. When the team tries something, pick yourself as owner.",
  "owners.mine.list": "Experiments you own",
  "owners.mine.more": "Show more",
  "owners.mine.scope": "In {name}",
  "owners.mine.due": "Check back {date}",
  "owners.mine.dueNow": "Due now: {date}",
  "owners.mine.noCheckBack": "No check-back day",
  "owners.mine.outcome": "Outcome: {outcome}",
  "owners.mine.openHistory": "Open in history",
  "owners.mine.openHistoryLabel": "Open in history: “{text}”",
  "owners.mine.close": "Close",
  "owners.status.planned": "Planned",
  "owners.status.running": "Running",
  "owners.status.done": "Done",
  "owners.status.dropped": "Dropped",
};

const de: Messages<typeof en> = {
  "owners.picker.placeholder": "Im Team suchen oder einen beliebigen Namen eingeben",
  "owners.picker.noMatch": "In diesem Team oder Chat heißt niemand so. Der Name bleibt wie eingegeben.",
  "owners.picker.failed": "Personen können gerade nicht gesucht werden. Der Name bleibt wie eingegeben.",
  "owners.picker.picked": "{name} wird erinnert, wenn das Nachfassen fällig ist.",
  "owners.mine.title": "Meine Experimente",
  "owners.mine.intro": "Experimente, für die du verantwortlich bist, in all deinen Teams und Besprechungen.",
  "owners.mine.loading": "Deine Experimente werden geladen…",
  "owners.mine.empty":
    "Du bist noch für kein Experiment verantwortlich. Wenn das Team etwas ausprobiert, trag dich als verantwortlich ein.",
  "owners.mine.list": "Experimente, für die du verantwortlich bist",
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

export const owners = { en, de };
