import { z } from "zod";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { readInsights } from "./insights-service";

const insightsQuery = z.strictObject({ weeks: z.coerce.number().int().min(1).max(52).default(12) });

export function insightsRoutes(services: Services): Route[] {
  return [
    {
      name: "insights",
      methods: ["GET"],
      route: "scopes/{scope}/insights",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const { weeks } = parseWith(insightsQuery, Object.fromEntries(req.query));
        return json(200, await readInsights(await services.db(), access, weeks), {
          "cache-control": "private, no-cache",
        });
      },
    },
  ];
}
