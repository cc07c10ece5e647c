import { z } from "zod";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import { viewerOf } from "../rounds/round-handlers";
import type { Services } from "../services";
import { readHistory } from "./history-service";

const historyQuery = z.strictObject({
  cursor: z.string().min(1).max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export function historyRoutes(services: Services): Route[] {
  return [
    {
      name: "history",
      methods: ["GET"],
      route: "scopes/{scope}/history",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const query = parseWith(historyQuery, Object.fromEntries(req.query), "query");
        const page = await readHistory(await services.container(), viewer, services.config.anonymitySecret, query);
        return json(200, page, { "cache-control": "private, no-cache" });
      },
    },
  ];
}
