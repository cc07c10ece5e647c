import { createAnswerSchema } from "@learning-loop/contract";
import { readBody } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import { viewerOf } from "../rounds/round-handlers";
import type { Services } from "../services";
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
          await services.container(),
          viewer,
          req.params.roundId ?? "",
          body,
        );
        return json(created ? 201 : 200, answer, { etag: answer.etag });
      },
    },
  ];
}
