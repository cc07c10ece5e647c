/** "From our history" in the side panel and "Have we tried this before?" in the experiment dialog. */
export const memory = {
  "memory.title": "From our history",
  "memory.tried": "Have we tried this before?",
  "memory.loading": "Looking through our history…",
  "memory.none": "Nothing related in our history yet.",
  "memory.failed": "Our history could not be searched right now.",
  "memory.answer": "Answer from {date}",
  "memory.experiment": "Experiment",
  "memory.experimentFrom": "Experiment from {date}",
  "memory.status.planned": "Planned",
  "memory.status.running": "Running",
  "memory.status.done": "Done",
  "memory.status.dropped": "Dropped",
  "memory.outcome": "Outcome: {outcome}",
  "memory.noOutcome": "No outcome recorded yet.",
  "memory.open": "Open this round in history",
  "memory.openNamed": "Open the round of {date} in history",
} as const;
