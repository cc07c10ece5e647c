import type { PulseView } from "@learning-loop/contract";
import type { PulseDoc, PulseResponseDoc } from "../cosmos/documents";
import { pulseStatus, visibleCount } from "./pulse-rules";

/** A pulse as the caller may see it: the count only from five up, and only their own scores. */
export function toPulseView(
  doc: PulseDoc,
  responses: number,
  mine: PulseResponseDoc | undefined,
  now: Date,
): PulseView {
  return {
    id: doc.pulseId,
    status: pulseStatus(doc, now),
    openedAt: doc.openedAt,
    closesAt: doc.closesAt,
    statements: [...doc.statements],
    responseCount: visibleCount(responses),
    responded: mine !== undefined,
    myScores: mine ? { ...mine.scores } : null,
  };
}
