/**
 * The words on the cards, in one place (English; the tabs' i18n layer does not reach the API).
 * `{name}` placeholders are filled by `format`, with values the caller already escaped.
 */
export const CARD_STRINGS = {
  promptHeading: "Learning moment",
  afterActionHeading: "After-action review",
  summaryHeading: "Learning moment closed",
  checkBackHeading: "Check-back",
  digestHeading: "This week's learning in {scope}",
  digestPeriod: "{from} to {to}",
  refresh: "Refresh",
  answer: "Your answer",
  placeholder: "A sentence or two is plenty",
  answerRequired: "Write an answer first.",
  anonymous: "Answer anonymously",
  anonymousNote:
    "Anonymous hides your name, not your timing: in a group of fewer than three, while few have answered, or where answers show as they are sent, teammates may guess which answer is yours.",
  send: "Send answer",
  answered: "✓ You answered. Add more or edit in the Learning Loop side panel.",
  closed: "This learning moment is closed.",
  reviewIntro: "Four short questions: a sentence each is plenty. Answer the ones you can.",
  reviewAnswerLabel: "Your answer to question {number}",
  reviewPlaceholder: "One sentence",
  answerAtLeastOne: "Answer at least one question.",
  closeReview: "Close review",
  reviewClosedHeading: "After-action review closed",
  lessonTriedHeading: "Another team tried your lesson",
  lessonTriedDone: "{team} tried it and finished it:",
  lessonTriedDropped: "{team} tried it and dropped it:",
  lessonTriedSomeTeam: "A team",
  openHistory: "Open in history",
  openEvent: "Open {kind}",
  noAnswersYet: "No answers yet",
  oneAnswerSoFar: "1 answer so far",
  answersSoFar: "{count} answers so far",
  noAnswers: "No answers",
  oneAnswer: "1 answer",
  answers: "{count} answers",
  topAnswers: "Top answers",
  experiments: "We'll try",
  anonymousAuthor: "Anonymous",
  meToo: "{count} me too",
  insightful: "{count} insightful",
  owner: "Owner: {name}",
  noOwner: "No owner yet",
  checkBackOn: "check back {date}",
  checkBackLead: "Last time we said we'd try:",
  checkBackQuestion: "What happened? Record the outcome here or in Learning Loop.",
  outcomeLabel: "What happened?",
  outcomePlaceholder: "What did we learn?",
  outcomeRequired: "Write what happened first.",
  statusLabel: "The experiment is",
  statusRequired: "Choose where the experiment stands.",
  statusChoiceDone: "Done: we know what happened",
  statusChoiceRunning: "Still running",
  statusChoiceDropped: "Dropped",
  recordOutcome: "Record outcome",
  outcomeRecorded: "✓ Outcome recorded. The experiment is {status}.",
  experimentClosed: "This experiment is {status} already.",
  outcomeLine: "Outcome: {outcome}",
  onlyOwner: "Only {name} or a team owner can record the outcome here.",
  onlyTeamOwner: "Nobody is named as owner, so only a team owner can record the outcome here.",
  statusPlanned: "planned",
  statusRunning: "running",
  dueOn: "Due {date}",
  factRounds: "Learning moments",
  factAnswers: "Answers",
  factStarted: "Experiments started",
  factClosed: "Experiments closed",
  promptsAsked: "What we asked",
  outcomes: "What we learned from experiments",
  statusDone: "done",
  statusDropped: "dropped",
  eventKinds: {
    release: "Release",
    incident: "Incident",
    sprint: "Sprint",
    custom: "Event",
    deployment: "Deployment",
    build: "Build",
  },
} as const;

export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export function countLine(count: number, open: boolean): string {
  const s = CARD_STRINGS;
  if (count === 0) return open ? s.noAnswersYet : s.noAnswers;
  if (count === 1) return open ? s.oneAnswerSoFar : s.oneAnswer;
  return format(open ? s.answersSoFar : s.answers, { count });
}
