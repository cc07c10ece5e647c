import { z } from "zod";
import { uuid } from "./common";

/**
 * The team psychological-safety pulse: five statements in the product's own words, modelled on
 * Amy Edmondson's team psychological safety measure, all phrased positively so that a higher
 * score always means "safer". Ids are stable; the tab holds the texts in each language.
 */
export const PULSE_STATEMENTS = ["mistakes", "problems", "risk", "help", "valued"] as const;
export type PulseStatementId = (typeof PULSE_STATEMENTS)[number];

/** The English texts, for documentation and tests; the tab's message catalogs hold the shown ones. */
export const PULSE_STATEMENT_TEXT: Record<PulseStatementId, string> = {
  mistakes: "If you make a mistake on this team, it is not held against you.",
  problems: "We can bring up problems and tough issues with each other.",
  risk: "It is safe to take a risk on this team.",
  help: "It is easy to ask others on this team for help.",
  valued: "My skills and talents are valued and used here.",
};

/** No number about a pulse is shown until at least this many people answered it. */
export const PULSE_MINIMUM_RESPONSES = 5;
/** A pulse stays open this long after it starts. */
export const PULSE_OPEN_DAYS = 7;
export const PULSE_SETTINGS = ["off", "monthly"] as const;
export type PulseSetting = (typeof PULSE_SETTINGS)[number];
export const pulseSettingSchema = z.enum(PULSE_SETTINGS, { error: 'Must be "off" or "monthly".' });

export const pulseScoreSchema = z
  .number({ error: "Must be a whole number from 1 to 5." })
  .int("Must be a whole number from 1 to 5.")
  .min(1, "Must be a whole number from 1 to 5.")
  .max(5, "Must be a whole number from 1 to 5.");

export const pulseScoresSchema = z.strictObject(
  Object.fromEntries(PULSE_STATEMENTS.map((id) => [id, pulseScoreSchema])) as Record<
    PulseStatementId,
    typeof pulseScoreSchema
  >,
  { error: "Must be an object with a score for every statement." },
);
export type PulseScores = z.infer<typeof pulseScoresSchema>;

export const startPulseSchema = z.strictObject({ id: uuid });
export type StartPulseRequest = z.infer<typeof startPulseSchema>;

export const pulseResponseSchema = z.strictObject({ scores: pulseScoresSchema });
export type PulseResponseRequest = z.infer<typeof pulseResponseSchema>;

export type PulseStatus = "open" | "closed";

export interface PulseView {
  id: string;
  status: PulseStatus;
  openedAt: string;
  closesAt: string;
  /** Statement ids, in the order they are asked. */
  statements: PulseStatementId[];
  /** Null while fewer than five answered, so that the count never tells who answered in a small team. */
  responseCount: number | null;
  /** Whether the caller has answered (found by their keyed response id, never by a stored name). */
  responded: boolean;
  /** The caller's own scores, so they can change them while the pulse is open; nobody else's. */
  myScores: PulseScores | null;
}

export interface CurrentPulseResponse {
  /** The latest pulse (open or closed), or null before the first. */
  pulse: PulseView | null;
  /** True when the caller is an owner and a pulse may start now. */
  canStart: boolean;
  /** When the next pulse may start, or null when one may start now. */
  nextStartAt: string | null;
}

export interface PulseResult {
  id: string;
  openedAt: string;
  /** When it closed (closed by an owner, or its seven days ended); null while open. */
  closedAt: string | null;
  status: PulseStatus;
  enoughResponses: boolean;
  /** The numbers below exist only for a closed pulse with at least five responses. */
  responseCount: number | null;
  /** Each statement's mean, rounded to one decimal. */
  means: Record<PulseStatementId, number> | null;
  /** The mean of every score given, rounded to one decimal. */
  overall: number | null;
}

export interface PulseResultsResponse {
  minimumResponses: number;
  /** Oldest first. */
  pulses: PulseResult[];
}

export interface PulseResponded {
  responded: true;
}
