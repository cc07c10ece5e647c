import { aiRoutes } from "./ai/ai-handlers";
import { answerRoutes } from "./answers/answer-handlers";
import { botRoutes } from "./bot/bot-handlers";
import { devRoutes } from "./dev/dev-token-handlers";
import { eventRoutes } from "./events/event-handlers";
import { experimentRoutes } from "./experiments/experiment-handlers";
import { exportRoutes } from "./export/export-handlers";
import { healthRoutes } from "./health/health-handlers";
import { historyRoutes } from "./history/history-handlers";
import { insightsRoutes } from "./insights/insights-handlers";
import { lessonRoutes } from "./lessons/lesson-handlers";
import { memberRoutes } from "./members/members-handlers";
import { guarded } from "./http/route";
import type { Route } from "./http/route";
import { privacyRoutes } from "./privacy/privacy-handlers";
import { promptRoutes } from "./prompts/prompt-handlers";
import { pulseRoutes } from "./pulse/pulse-handlers";
import { notingWrites } from "./related/index-freshness";
import { relatedRoutes } from "./related/related-handlers";
import { roundRoutes } from "./rounds/round-handlers";
import { scopeRoutes } from "./scopes/scope-handlers";
import { tracedHandler } from "./telemetry/request-span";
import { sourceRoutes } from "./events/source-handlers";
import type { Services } from "./services";

/** Every route of the API, in one place; both the Functions host and the local host serve this table. */
export function createRoutes(services: Services): Route[] {
  return [
    ...healthRoutes(services),
    ...devRoutes(services),
    ...promptRoutes(services),
    ...roundRoutes(services),
    ...answerRoutes(services),
    ...historyRoutes(services),
    ...relatedRoutes(services),
    ...aiRoutes(services),
    ...experimentRoutes(services),
    ...memberRoutes(services),
    ...scopeRoutes(services),
    ...privacyRoutes(services),
    ...exportRoutes(services),
    ...insightsRoutes(services),
    ...pulseRoutes(services),
    ...lessonRoutes(services),
    ...botRoutes(services),
    ...eventRoutes(services),
    ...sourceRoutes(services),
  ]
    .map((route) => services.limits.apply(route))
    .map((route) => ({
      ...route,
      handler: tracedHandler(route, guarded(notingWrites(route.handler), services.config.tabOrigin)),
    }));
}
