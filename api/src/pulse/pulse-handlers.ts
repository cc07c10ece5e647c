import { pulseResponseSchema, startPulseSchema, uuid } from "@learning-loop/contract";
import type { CurrentPulseResponse, PulseResponded, PulseResultsResponse } from "@learning-loop/contract";
import { notFound } from "../domain/errors";
import { readBody } from "../http/request-body";
import { json } from "../http/response";
import type { Handler, Route } from "../http/route";
import type { Services } from "../services";
import { PulseConflict, pulseConflictResponse } from "./pulse-errors";
import { closePulse, currentPulse, pulseResults, respondToPulse, startPulse } from "./pulse-service";

const noCache = { "cache-control": "private, no-cache" };

/** The pulse's own 409s carry a `type` naming the rule; everything else goes to the route wrapper. */
const withPulseProblems =
  (handler: Handler): Handler =>
  async (req, context) => {
    try {
      return await handler(req, context);
    } catch (error) {
      if (error instanceof PulseConflict) return pulseConflictResponse(error);
      throw error;
    }
  };

/** Pulse ids are UUIDs, so anything else cannot name one. */
function pulseIdOf(id: string | undefined): string {
  if (!uuid.safeParse(id ?? "").success) throw notFound("The team pulse");
  return id ?? "";
}

export function pulseRoutes(services: Services): Route[] {
  const secret = services.config.anonymitySecret;
  return [
    {
      name: "getPulse",
      methods: ["GET"],
      route: "scopes/{scope}/pulse",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const response: CurrentPulseResponse = await currentPulse(await services.db(), access, secret);
        return json(200, response, noCache);
      },
    },
    {
      name: "startPulse",
      methods: ["POST"],
      route: "scopes/{scope}/pulses",
      handler: withPulseProblems(async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const body = await readBody(req, startPulseSchema);
        const { created, pulse } = await startPulse(await services.db(), access, secret, body.id);
        return json(created ? 201 : 200, pulse, noCache);
      }),
    },
    {
      name: "pulseResults",
      methods: ["GET"],
      route: "scopes/{scope}/pulses/results",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const response: PulseResultsResponse = await pulseResults(await services.db(), access);
        return json(200, response, noCache);
      },
    },
    {
      name: "respondToPulse",
      methods: ["PUT"],
      route: "scopes/{scope}/pulses/{id}/response",
      handler: withPulseProblems(async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const id = pulseIdOf(req.params.id);
        const body = await readBody(req, pulseResponseSchema);
        await respondToPulse(await services.db(), access, secret, id, body.scores);
        const response: PulseResponded = { responded: true };
        return json(200, response, noCache);
      }),
    },
    {
      name: "closePulse",
      methods: ["POST"],
      route: "scopes/{scope}/pulses/{id}/close",
      handler: withPulseProblems(async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const id = pulseIdOf(req.params.id);
        const pulse = await closePulse(await services.db(), access, secret, id);
        return json(200, pulse, noCache);
      }),
    },
  ];
}
