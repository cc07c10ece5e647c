import { CardFactory } from "@microsoft/agents-hosting";
import type { CardJson } from "./render";

/** A message activity carrying one Adaptive Card; `type` must be set or the SDK rejects it in the turn. */
export function cardMessage(card: CardJson): { type: "message"; attachments: object[] } {
  return { type: "message", attachments: [CardFactory.adaptiveCard(card)] };
}
