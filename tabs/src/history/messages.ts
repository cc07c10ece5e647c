import type { Messages } from "../i18n/messages-type";

const en = {
  "history.title": "Learning history",
  "history.empty": "No learning moments yet. Start one in a meeting's side panel.",
  "history.more": "Load more",
  "history.round": "Learning moment: {prompt}",
} as const;

const de: Messages<typeof en> = {
  "history.title": "Lernverlauf",
  "history.empty": "Noch keine Lernmomente. Starten Sie einen im Seitenbereich einer Besprechung.",
  "history.more": "Mehr laden",
  "history.round": "Lernmoment: {prompt}",
};

export const history = { en, de };
