import { createAnswerSchema, reactionKindSchema, updateAnswerSchema } from "@learning-loop/contract";
import { requireIfMatch } from "../http/preconditions";
import { parseWith, readBody } from "../http/request-body";
import { json } from "../http/response";
import { setReaction } from "../reactions/reaction-service";
import type { Route } from "../http/route";
import { viewerOf } from "../rounds/round-handlers";
import type { Services } from "../services";
import { deleteAnswer, editAnswer } from "./answer-edit";
import { submitAnswer } from "./answer-service";

export function answerRoutes(services: Services): Route[] {
  return [
    {
      name: "submitAnswer",
      methods: ["POST"],
      route: "scopes/{scope}/rounds/{roundId}/answers",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const body = await readBody(req, createAnswerSchema);
        const { created, answer } = await submitAnswer(
          await services.db(),
          viewer,
          req.params.roundId ?? "",
          body,
        );
        return json(created ? 201 : 200, answer, { etag: answer.etag });
      },
    },
    {
      name: "editAnswer",
      methods: ["PATCH"],
      route: "scopes/{scope}/rounds/{roundId}/answers/{answerId}",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const ifMatch = requireIfMatch(req);
        const body = await readBody(req, updateAnswerSchema);
        const { roundId = "", answerId = "" } = req.params;
        const answer = await editAnswer(await services.db(), viewer, roundId, answerId, ifMatch, body);
        return json(200, answer, { etag: answer.etag });
      },
    },
    {
      name: "deleteAnswer",
      methods: ["DELETE"],
      route: "scopes/{scope}/rounds/{roundId}/answers/{answerId}",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const { roundId = "", answerId = "" } = req.params;
        await deleteAnswer(await services.db(), viewer, roundId, answerId, req.headers.get("if-match"));
        return { status: 204, headers: {} };
      },
    },
    {
      name: "reaction",
      methods: ["PUT", "DELETE"],
      route: "scopes/{scope}/rounds/{roundId}/answers/{answerId}/reactions/{kind}",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const kind = parseWith(reactionKindSchema, req.params.kind, "kind");
        const { roundId = "", answerId = "" } = req.params;
        await setReaction(await services.db(), viewer, roundId, answerId, kind, req.method === "PUT");
        return { status: 204, headers: {} };
      },
    },
  ];
}
