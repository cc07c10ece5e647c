import { pingDb } from "../cosmos/db";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";

export function healthRoutes(services: Services): Route[] {
  return [
    {
      name: "health",
      methods: ["GET"],
      route: "health",
      // Not rate-limited: platform health probes call it.
      limit: "none",
      handler: async () => {
        const started = Date.now();
        try {
          await pingDb(await services.db());
          return json(200, { status: "ok", cosmos: { status: "ok", latencyMs: Date.now() - started } });
        } catch {
          return json(503, { status: "degraded", cosmos: { status: "unreachable" } }, { "retry-after": "5" });
        }
      },
    },
  ];
}
