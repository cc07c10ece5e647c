import { aiAskRequestSchema, aiTestableRequestSchema, uuid } from "@learning-loop/contract";
import { HttpError } from "../http/problem";
import { parseWith, readBody } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { AiFailure } from "./ai-failure";
import type { AiFailureKind } from "./ai-failure";
import { aiStatus, askHistory, makeTestable, synthesizeRound } from "./ai-service";

/** The status each kind of AI failure answers with (docs/ai.md); none is a 500. */
const STATUS: Record<AiFailureKind, number> = {
  off: 409,
  "not-ready": 409,
  budget: 429,
  busy: 503,
  timeout: 504,
  filtered: 422,
  refused: 422,
  failed: 502,
};

/** Runs a use of the AI partner; its failures leave as problem+json with a plain message. */
async function asProblem<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AiFailure)) throw error;
    const headers: Record<string, string> =
      error.retryAfterSeconds === undefined ? {} : { "retry-after": String(error.retryAfterSeconds) };
    throw new HttpError(STATUS[error.kind], error.message, undefined, headers);
  }
}

const NO_STORE = { "cache-control": "no-store" };

/** The AI partner's routes: members of the scope only, each use a person's explicit request. */
export function aiRoutes(services: Services): Route[] {
  const { ai } = services;
  return [
    {
      name: "aiStatus",
      methods: ["GET"],
      route: "scopes/{scope}/ai",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        return json(200, await aiStatus(await services.db(), access, ai), {
          "cache-control": "private, no-cache",
        });
      },
    },
    {
      name: "aiRoundSynthesis",
      methods: ["POST"],
      route: "scopes/{scope}/rounds/{roundId}/synthesis",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const roundId = parseWith(uuid, req.params.roundId ?? "", "roundId");
        const db = await services.db();
        return json(200, await asProblem(() => synthesizeRound(db, access, ai, roundId)), NO_STORE);
      },
    },
    {
      name: "aiTestable",
      methods: ["POST"],
      route: "scopes/{scope}/ai/testable",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const { text } = await readBody(req, aiTestableRequestSchema);
        const db = await services.db();
        return json(200, await asProblem(() => makeTestable(db, access, ai, text)), NO_STORE);
      },
    },
    {
      name: "aiAsk",
      methods: ["POST"],
      route: "scopes/{scope}/ai/ask",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const { question } = await readBody(req, aiAskRequestSchema);
        const db = await services.db();
        return json(200, await asProblem(() => askHistory(db, access, ai, question)), NO_STORE);
      },
    },
  ];
}
