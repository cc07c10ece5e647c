import { NUDGE_PRESENT_MAX, nudgeRequestSchema, uuid } from "@learning-loop/contract";
import { MAX_BODY_BYTES, parseWith, readOptionalBody } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { invocationLog } from "../telemetry/logger";
import { onTurn } from "./bot-turns";

export function botRoutes(services: Services): Route[] {
  const { notifications } = services;
  return [
    {
      // The Bot Connector's endpoint: Bot Framework tokens, not Teams SSO tokens (docs/architecture.md §5).
      name: "botMessages",
      methods: ["POST"],
      route: "messages",
      // Not rate-limited here: the Bot Connector calls it (with a Bot Framework token, not a user's).
      limit: "none",
      handler: (req, context) =>
        notifications.bot.handle(req, (turn) =>
          onTurn(turn, {
            db: () => services.db(),
            roleOf: services.cardRoles,
            anonymitySecret: services.config.anonymitySecret,
            teamsAppId: services.config.bot.teamsAppId,
            log: invocationLog(context).info,
            roundClosed: (access, round) => notifications.roundClosed(access, round),
            lessonTried: (tried) => notifications.lessonTried(tried),
          }),
        ),
    },
    {
      // From the side panel: a targeted in-meeting notification to those who have not answered,
      // of them only those Live Share shows in the meeting when the panel names them (`present`).
      name: "nudgeRound",
      methods: ["POST"],
      route: "scopes/{scope}/rounds/{roundId}/nudge",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const roundId = parseWith(uuid, req.params.roundId ?? "", "roundId");
        // Room for a full `present` list (500 ids of 36 characters, quoted, with commas).
        const body = await readOptionalBody(req, nudgeRequestSchema, MAX_BODY_BYTES + NUDGE_PRESENT_MAX * 8);
        const result = await notifications.nudge(access, roundId, { present: body.present });
        return json(result.status === "queued" ? 202 : 200, result);
      },
    },
  ];
}
