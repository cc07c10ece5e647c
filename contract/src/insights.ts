import type { LearningMode } from "./common";

export interface WeekInsight {
  /** The Monday starting the week, in the scope's time zone. */
  weekStart: string;
  rounds: number;
  answers: number;
  anonymousAnswers: number;
  /** Distinct people who answered under their name; anonymous answers are never linked to anyone. */
  participants: number;
  experimentsStarted: number;
  experimentsClosedWithOutcome: number;
}

export interface InsightsResponse {
  timezone: string;
  weeks: WeekInsight[];
  /** Learning-mode balance of the window's answers. */
  modes: Record<LearningMode | "untagged", number>;
  experiments: { started: number; closedWithOutcome: number; dropped: number };
  /** Consecutive weeks, up to now, with at least one learning moment. */
  streakWeeks: number;
  /** After-action reviews started by outside events in the window. */
  reviews: ReviewInsights;
}

export interface ReviewInsights {
  /** Reviews started per calendar month in the scope's time zone, oldest first (`YYYY-MM`). */
  perMonth: { month: string; count: number }[];
  /** Median minutes from the event to its review starting, or null without reviews. */
  medianMinutesToStart: number | null;
  /** Median minutes from the event to its review being closed, or null without closed reviews. */
  medianMinutesToClose: number | null;
}
