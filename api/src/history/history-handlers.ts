import { PROMPT_KINDS } from "@learning-loop/contract";
import { z } from "zod";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import { viewerOf } from "../rounds/round-handlers";
import type { Services } from "../services";
import { readHistory } from "./history-service";

const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });

/** `from`/`to` take a date or a date-time; a bare `to` date includes that whole day (UTC). */
const historyQuery = z.strictObject({
  cursor: z.string().min(1).max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  q: z.string().trim().min(1).max(200).optional(),
  mode: z.enum(PROMPT_KINDS).optional(),
  author: z.uuid().optional(),
  /** A library prompt's id or one of the scope's own prompts' (checked in the service). */
  promptId: z.string().trim().min(1).max(100).optional(),
  hasExperiments: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
  from: z.union([day, instant]).optional(),
  to: z.union([day, instant]).optional(),
});

const startOf = (value: string) => new Date(day.safeParse(value).success ? `${value}T00:00:00Z` : value);

export function historyRoutes(services: Services): Route[] {
  return [
    {
      name: "history",
      methods: ["GET"],
      route: "scopes/{scope}/history",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const { from, to, ...query } = parseWith(historyQuery, Object.fromEntries(req.query));
        const until =
          to && (day.safeParse(to).success ? new Date(startOf(to).getTime() + 86_400_000) : startOf(to));
        const page = await readHistory(await services.db(), viewer, services.config.anonymitySecret, {
          ...query,
          ...(from ? { from: startOf(from).toISOString() } : {}),
          ...(until ? { until: until.toISOString() } : {}),
        });
        return json(200, page, { "cache-control": "private, no-cache" });
      },
    },
  ];
}
