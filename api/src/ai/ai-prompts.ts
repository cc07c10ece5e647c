import { z } from "zod";

/*
 * What the AI partner sends to the model and the shapes it accepts back (docs/ai.md). Only texts
 * travel: a round's prompt and its answers, an experiment's idea, a question and the history items
 * related to it. Items are named by short labels (A1, R1) made for the request; no id, name, oid,
 * anonymity flag or time of a person ever goes out.
 */

const COMMON =
  "You are a careful assistant to a team that reflects on its work in short stand-ups. " +
  "You suggest; people decide. Use only the texts given. Write in the language most of the texts are written in. " +
  "Never guess who wrote anything. Reply with one JSON object and nothing else.";

/** At most this many answers of a round go out (a round rarely has more). */
export const SYNTHESIS_ANSWERS_MAX = 100;
/** At most this many related history items go out with a question. */
export const ASK_CONTEXT_MAX = 12;

export const SYNTHESIS_SYSTEM =
  `${COMMON} Summarize the team's answers to a prompt as 1 to 5 themes. ` +
  'Reply as {"themes":[{"title":"...","summary":"...","answers":["A1","A3"]}]}: ' +
  "a title of at most 8 words, a summary of one or two sentences, and the labels of the answers the theme comes from " +
  "(only labels that were given; every theme cites at least one).";

export interface SynthesisInput {
  prompt: string;
  answers: { label: string; text: string; question?: string }[];
}

export const synthesisUser = (input: SynthesisInput) => JSON.stringify(input);

export const synthesisOutput = z.object({
  themes: z
    .array(
      z.object({
        title: z.string().trim().min(1),
        summary: z.string().trim().min(1),
        answers: z.array(z.string()),
      }),
    )
    .max(10),
});

export const TESTABLE_SYSTEM =
  `${COMMON} Turn the team's idea into a small, testable experiment. ` +
  'Reply as {"hypothesis":"If we ..., then ...","signal":"...","checkBackInDays":14}: ' +
  "a hypothesis of at most 400 characters, the one signal the team can watch to know whether it worked (at most 200 characters), " +
  "and after how many days (1 to 90) the team should check back.";

export const testableUser = (idea: string) => JSON.stringify({ idea });

export const testableOutput = z.object({
  hypothesis: z.string().trim().min(1),
  signal: z.string().trim().min(1),
  checkBackInDays: z.coerce.number().finite(),
});

export const ASK_SYSTEM =
  `${COMMON} Answer the team's question about its own past using only the history items given ` +
  "(answers and experiments from earlier stand-ups, each with a label). If they do not answer it, say so plainly. " +
  'Reply as {"answer":"...","citations":["R1","R4"]}: an answer of at most 5 sentences and the labels of the items it rests on ' +
  "(only labels that were given).";

export interface AskInput {
  question: string;
  history: {
    label: string;
    kind: "answer" | "experiment";
    day: string | null;
    prompt: string | null;
    text: string;
  }[];
}

export const askUser = (input: AskInput) => JSON.stringify(input);

export const askOutput = z.object({
  answer: z.string().trim().min(1),
  citations: z.array(z.string()),
});
