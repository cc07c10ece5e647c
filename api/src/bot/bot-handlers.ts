import { uuid } from "@learning-loop/contract";
import { parseWith } from "../http/request-body";
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
      // From the side panel: a targeted in-meeting notification to those who have not answered.
      name: "nudgeRound",
      methods: ["POST"],
      route: "scopes/{scope}/rounds/{roundId}/nudge",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const roundId = parseWith(uuid, req.params.roundId ?? "", "roundId");
        const result = await notifications.nudge(access, roundId);
        return json(result.status === "queued" ? 202 : 200, result);
      },
    },
  ];
}
