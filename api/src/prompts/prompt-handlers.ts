import { createPromptSchema, promptsQuerySchema, updatePromptSchema } from "@learning-loop/contract";
import { requireIfMatch } from "../http/preconditions";
import { parseWith, readBody } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { addPrompt, listPrompts, removePrompt, updatePrompt } from "./prompt-service";

export function promptRoutes(services: Services): Route[] {
  return [
    {
      name: "listPrompts",
      methods: ["GET"],
      route: "scopes/{scope}/prompts",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const query = parseWith(promptsQuerySchema, Object.fromEntries(req.query), "query");
        const response = await listPrompts(await services.db(), access, query.kind);
        return json(200, response, { "cache-control": "private, no-cache" });
      },
    },
    {
      name: "addPrompt",
      methods: ["POST"],
      route: "scopes/{scope}/prompts",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const body = await readBody(req, createPromptSchema);
        const { created, prompt } = await addPrompt(await services.db(), access, body);
        return json(created ? 201 : 200, prompt, prompt.etag ? { etag: prompt.etag } : {});
      },
    },
    {
      name: "updatePrompt",
      methods: ["PATCH"],
      route: "scopes/{scope}/prompts/{id}",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const ifMatch = requireIfMatch(req);
        const body = await readBody(req, updatePromptSchema);
        const prompt = await updatePrompt(await services.db(), access, req.params.id ?? "", ifMatch, body);
        return json(200, prompt, prompt.etag ? { etag: prompt.etag } : {});
      },
    },
    {
      name: "removePrompt",
      methods: ["DELETE"],
      route: "scopes/{scope}/prompts/{id}",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const ifMatch = requireIfMatch(req);
        await removePrompt(await services.db(), access, req.params.id ?? "", ifMatch);
        return { status: 204, headers: {} };
      },
    },
  ];
}
