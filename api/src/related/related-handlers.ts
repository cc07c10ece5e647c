import { relatedQuerySchema } from "@learning-loop/contract";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { relatedItems } from "./related-service";

export function relatedRoutes(services: Services): Route[] {
  return [
    {
      name: "related",
      methods: ["GET"],
      route: "scopes/{scope}/related",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const query = parseWith(relatedQuerySchema, Object.fromEntries(req.query));
        const related = await relatedItems(await services.db(), access, query);
        return json(200, related, { "cache-control": "private, no-cache" });
      },
    },
  ];
}
