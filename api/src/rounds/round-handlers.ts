import type { HttpRequest } from "@azure/functions";
import { REVIEWS_LIMIT, startRoundSchema } from "@learning-loop/contract";
import { z } from "zod";
import { readBody, parseWith } from "../http/request-body";
import { json, notModified } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { closeRound, currentRound, openReviews, pollRound, revealRound, startRound } from "./round-service";
import type { Viewer } from "./round-view";

const noCache = { "cache-control": "private, no-cache" };

export async function viewerOf(services: Services, req: HttpRequest): Promise<Viewer> {
  return {
    access: await services.authorizer.scopeAccess(req),
    anonymitySecret: services.config.anonymitySecret,
  };
}

const reviewsQuery = z.strictObject({ status: z.literal("open").optional() });

const currentQuery = z.object({ meetingId: z.string().min(1).max(500).optional() });

export function roundRoutes(services: Services): Route[] {
  return [
    {
      name: "startRound",
      methods: ["POST"],
      route: "scopes/{scope}/rounds",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const body = await readBody(req, startRoundSchema);
        const { created, round } = await startRound(await services.db(), viewer, body);
        if (created) services.notifications.roundStarted(viewer.access, round);
        return json(created ? 201 : 200, round, { etag: round.etag, ...noCache });
      },
    },
    {
      name: "currentRound",
      methods: ["GET"],
      route: "scopes/{scope}/rounds/current",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const query = parseWith(currentQuery, Object.fromEntries(req.query));
        const round = await currentRound(await services.db(), viewer, query.meetingId);
        return json(200, round, { etag: round.etag, ...noCache });
      },
    },
    {
      // The after-action reviews waiting for the team: the side panel shows them beside the day's round.
      name: "openReviews",
      methods: ["GET"],
      route: "scopes/{scope}/reviews",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        parseWith(reviewsQuery, Object.fromEntries(req.query));
        const items = await openReviews(await services.db(), viewer, REVIEWS_LIMIT);
        return json(200, { items }, noCache);
      },
    },
    {
      name: "getRound",
      methods: ["GET"],
      route: "scopes/{scope}/rounds/{roundId}",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const result = await pollRound(
          await services.db(),
          viewer,
          req.params.roundId ?? "",
          req.headers.get("if-none-match"),
        );
        if (result.notModified) return notModified(result.etag);
        return json(200, result.round, { etag: result.round.etag, ...noCache });
      },
    },
    {
      name: "closeRound",
      methods: ["POST"],
      route: "scopes/{scope}/rounds/{roundId}/close",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const { round, changed } = await closeRound(await services.db(), viewer, req.params.roundId ?? "");
        if (changed) services.notifications.roundClosed(viewer.access, round);
        return json(200, round, { etag: round.etag, ...noCache });
      },
    },
    {
      name: "revealRound",
      methods: ["POST"],
      route: "scopes/{scope}/rounds/{roundId}/reveal",
      handler: async (req) => {
        const viewer = await viewerOf(services, req);
        const round = await revealRound(await services.db(), viewer, req.params.roundId ?? "");
        return json(200, round, { etag: round.etag, ...noCache });
      },
    },
  ];
}
