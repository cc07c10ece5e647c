import { z } from "zod";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import { viewerOf } from "../rounds/round-handlers";
import type { Services } from "../services";
import { exportCsv, exportScope } from "./export-service";
import { requestLanguage } from "../i18n/request-language";
import { wordsFor } from "../i18n/words";

const exportQuery = z.strictObject({ format: z.enum(["csv", "json"]).default("json") });

export function exportRoutes(services: Services): Route[] {
  return [
    {
      name: "exportScope",
      methods: ["GET"],
      route: "scopes/{scope}/export",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const { format } = parseWith(exportQuery, Object.fromEntries(req.query));
        const data = await exportScope(await services.db(), viewer);
        const name = `learning-loop-${viewer.access.scope.replace(/[^A-Za-z0-9-]+/g, "-")}-${data.exportedAt.slice(0, 10)}.${format}`;
        const headers = {
          "content-disposition": `attachment; filename="${name}"`,
          "cache-control": "private, no-store",
        };
        if (format === "json") return json(200, data, headers);
        return {
          status: 200,
          headers: { ...headers, "content-type": "text/csv; charset=utf-8" },
          // The header row in the language of the person exporting (docs/i18n.md).
          body: exportCsv(data, wordsFor(requestLanguage(req) ?? "en")),
        };
      },
    },
  ];
}
