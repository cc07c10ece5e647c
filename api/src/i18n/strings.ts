/**
 * Every string the API puts in front of a person, in English: the Adaptive Cards, the bot's replies,
 * the card actions' error messages, the meeting nudge's title and the CSV export's header row.
 * Translations are `strings.<language>.ts` beside this file (docs/i18n.md). The message syntax is
 * contract/src/i18n/message-format.ts: `{name}` placeholders (values the caller already escaped)
 * and `{count, plural, …}` with the plural categories of the translation's own language.
 */
export const en = {
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
  answersSoFar: "{count, plural, =0 {No answers yet} one {# answer so far} other {# answers so far}}",
  answers: "{count, plural, =0 {No answers} one {# answer} other {# answers}}",
  topAnswers: "Top answers",
  experiments: "We'll try",
  anonymousAuthor: "Anonymous",
  meToo: "{count} me too",
  insightful: "{count} insightful",
  owner: "Owner: {name}",
  noOwner: "No owner yet",
  checkBackOn: "check back {date}",
  checkBackNextStandUp: "check back at the next stand-up",
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
  statusDone: "done",
  statusDropped: "dropped",
  dueOn: "Due {date}",
  factRounds: "Learning moments",
  factAnswers: "Answers",
  factStarted: "Experiments started",
  factClosed: "Experiments closed",
  promptsAsked: "What we asked",
  outcomes: "What we learned from experiments",
  eventKinds: {
    release: "Release",
    incident: "Incident",
    sprint: "Sprint",
    custom: "Event",
    deployment: "Deployment",
    build: "Build",
  },
  openEvent: {
    release: "Open the release",
    incident: "Open the incident",
    sprint: "Open the sprint",
    custom: "Open the event",
    deployment: "Open the deployment",
    build: "Open the build",
  },

  /** The meeting nudge: the title of the stage dialog it opens. */
  nudgeTitle: "Learning moment",

  /** The bot's reply to a message typed to it. */
  botHello:
    "I post Learning Loop's prompt cards, summaries, digests and check-back reminders here. Start a learning moment from the Learning Loop side panel in your meeting.",

  /** What a card shows when an action on it fails; the person reads it on the card. */
  actionNotValid: "This card action is not valid. Refresh the card and try again.",
  actionUnknown: "This card does not know that action. Refresh the card and try again.",
  actionRoundGone: "This learning moment no longer exists.",
  actionExperimentGone: "This experiment no longer exists.",
  actionWhoAreYou: "Teams did not say who you are; try again from Teams.",
  actionWrongConversation: "This card does not belong to this conversation.",
  actionAnswerLength: "Write an answer of 1 to {max} characters.",
  actionOutcomeLength: "Write what happened in 1 to {max} characters.",
  actionOnlyReviews: "Only an after-action review closes from its card.",
  actionOnlyOwnersClose:
    "Only the team's owners or the person who started this review can close it. Owners: open Learning Loop once in this team or chat, then try again.",
  actionStale: "Someone changed this a moment ago. Refresh the card and try again.",
  actionFailed: "That did not work. Refresh the card and try again.",

  /**
   * The CSV export's header row, one label per column. English keeps the column names scripts
   * rely on (`record,round_id,…`); a translation gives readable labels.
   */
  exportColumns: {
    record: "record",
    roundId: "round_id",
    roundStartedAt: "round_started_at",
    prompt: "prompt",
    answerId: "answer_id",
    text: "text",
    mode: "mode",
    author: "author",
    anonymous: "anonymous",
    createdAt: "created_at",
    meToo: "me_too",
    insightful: "insightful",
    status: "status",
    owner: "owner",
    checkBackAt: "check_back_at",
    outcome: "outcome",
  },
};

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** A translation: every key of the English strings, nested groups included (the catalog test checks placeholders). */
export type ApiStrings = Shape<typeof en>;
