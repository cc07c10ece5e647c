import type { PromptKind, PromptView } from "@learning-loop/contract";

type LibraryPrompt = Omit<PromptView, "source">;

const prompt = (id: string, kind: PromptKind, text: string, hint: string): LibraryPrompt => ({
  id,
  kind,
  text,
  hint,
});

/**
 * The prompt library, from the seed article: its three weekly questions, the four after-action
 * review questions, and prompts for each mode of team learning (Edmondson & Harvey) and for
 * psychological safety.
 */
export const PROMPT_LIBRARY: readonly LibraryPrompt[] = [
  prompt(
    "weekly-learning",
    "weekly",
    "What are we learning this week?",
    "Go round quickly; small lessons count.",
  ),
  prompt(
    "weekly-growing",
    "weekly",
    "How are we growing together?",
    "Ask for one thing someone helped with.",
  ),
  prompt("weekly-next", "weekly", "What can we try next?", "Turn the best idea into an experiment."),

  prompt(
    "aar-intended",
    "afterAction",
    "What was supposed to happen?",
    "Agree on the plan before judging the result.",
  ),
  prompt("aar-actual", "afterAction", "What actually happened?", "Facts first, no blame."),
  prompt(
    "aar-difference",
    "afterAction",
    "Why was there a difference?",
    "Look for causes in the system, not people.",
  ),
  prompt("aar-next-time", "afterAction", "What will we do next time?", "End with one concrete change."),

  prompt(
    "exp-small-bet",
    "experimental",
    "What small bet could we try this week?",
    "Keep it cheap and reversible.",
  ),
  prompt(
    "exp-surprise",
    "experimental",
    "Which experiment surprised us lately?",
    "Surprises are where learning hides.",
  ),
  prompt(
    "exp-stop",
    "experimental",
    "What should we stop doing, as a trial?",
    "Try stopping for one week only.",
  ),
  prompt(
    "exp-measure",
    "experimental",
    "How will we know if our last change worked?",
    "Name one signal to watch.",
  ),
  prompt(
    "exp-prototype",
    "experimental",
    "What could we prototype instead of debate?",
    "A rough version beats a long thread.",
  ),

  prompt(
    "ctx-outside",
    "contextual",
    "What did we learn from outside the team this week?",
    "Customers, other teams, articles, talks.",
  ),
  prompt("ctx-customer", "contextual", "What did a customer teach us recently?", "Quote them if you can."),
  prompt(
    "ctx-expert",
    "contextual",
    "Whose expertise could help us with our current problem?",
    "Name a person or a team to ask.",
  ),
  prompt(
    "ctx-trend",
    "contextual",
    "Which change in our field should we pay attention to?",
    "One sentence on why it matters to us.",
  ),
  prompt(
    "ctx-data",
    "contextual",
    "What does our data say that we have not discussed yet?",
    "Bring one number.",
  ),

  prompt("vic-peer", "vicarious", "What did you learn from watching a teammate work?", "Thank them by name."),
  prompt(
    "vic-other-team",
    "vicarious",
    "What is another team doing that we could borrow?",
    "Borrowing is a skill.",
  ),
  prompt(
    "vic-mistake",
    "vicarious",
    "Whose mistake taught us something we can avoid?",
    "Share lessons, not blame.",
  ),
  prompt("vic-pair", "vicarious", "What did pairing or reviewing show you this week?", "Small tips welcome."),
  prompt(
    "vic-story",
    "vicarious",
    "What story from someone else changed how you work?",
    "Keep it to a minute.",
  ),

  prompt(
    "ref-assumption",
    "reflexive",
    "Which assumption of ours turned out to be wrong?",
    "Wrong assumptions are good news.",
  ),
  prompt(
    "ref-process",
    "reflexive",
    "What in how we work together slowed us down?",
    "Talk about the process, not people.",
  ),
  prompt(
    "ref-decision",
    "reflexive",
    "Which recent decision would we make differently now?",
    "What do we know now that we did not then?",
  ),
  prompt(
    "ref-goal",
    "reflexive",
    "Are we still working on what matters most?",
    "Check against the team's goal.",
  ),
  prompt("ref-habit", "reflexive", "Which team habit should we question?", "Pick one habit, not five."),

  prompt(
    "safe-question",
    "safety",
    "What question have you been hesitant to ask?",
    "Thank whoever answers first.",
  ),
  prompt("safe-help", "safety", "Where could you use help this week?", "Asking for help is a strength."),
  prompt(
    "safe-disagree",
    "safety",
    "What is something you see differently from the rest of us?",
    "The leader speaks last.",
  ),
  prompt(
    "safe-failure",
    "safety",
    "What did not go as planned, and what did it teach you?",
    "Celebrate the lesson.",
  ),
  prompt(
    "safe-unsaid",
    "safety",
    "What are we not talking about that we should?",
    "Consider the onReveal mode for this one.",
  ),
];

const byId = new Map(PROMPT_LIBRARY.map((entry) => [entry.id, entry]));

export const findLibraryPrompt = (id: string): LibraryPrompt | undefined => byId.get(id);
