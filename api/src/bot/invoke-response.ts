import type { CardJson } from "../cards/render";

const CARD_RESPONSE = "application/vnd.microsoft.card.adaptive";
const ERROR_RESPONSE = "application/vnd.microsoft.error";

export interface InvokeResponseActivity {
  type: "invokeResponse";
  value: { status: number; body: unknown };
}

/** A Universal Actions answer: the card this person sees from now on. */
export const cardResponse = (card: CardJson): InvokeResponseActivity => ({
  type: "invokeResponse",
  value: { status: 200, body: { statusCode: 200, type: CARD_RESPONSE, value: card } },
});

/** A Universal Actions error Teams shows the person under the card. */
export const errorResponse = (statusCode: number, message: string): InvokeResponseActivity => ({
  type: "invokeResponse",
  value: {
    status: 200,
    body: { statusCode, type: ERROR_RESPONSE, value: { code: String(statusCode), message } },
  },
});
