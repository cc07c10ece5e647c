import type { PromptsResponse } from "@learning-loop/contract";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { PROMPT_LIBRARY } from "./library";
import { DEFAULT_ROTATION, todaysPrompt } from "./rotation";

export function promptRoutes(services: Services): Route[] {
  return [
    {
      name: "listPrompts",
      methods: ["GET"],
      route: "scopes/{scope}/prompts",
      handler: async (req) => {
        await services.authorizer.scopeAccess(req);
        const response: PromptsResponse = {
          prompts: PROMPT_LIBRARY.map((entry) => ({ ...entry, source: "library" })),
          today: todaysPrompt(DEFAULT_ROTATION, "UTC"),
        };
        return json(200, response);
      },
    },
  ];
}
