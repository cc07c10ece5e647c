import functions from "@azure/functions";
import { loadConfig } from "./config";
import { createRoutes } from "./routes";
import { purgeExpired } from "./scopes/retention";
import { createServices } from "./services";
import { invocationLog, withInvocation } from "./telemetry/logger";
import { startTelemetry } from "./telemetry/setup";

/**
 * The Azure Functions entry point: every route of the table registered with `app.http`. Loading the
 * config first makes a forbidden combination (dev auth in Azure) stop the app at start. Telemetry
 * starts before anything is served (docs/operations.md).
 */
const config = loadConfig();
await startTelemetry(config.telemetry, functions);
const services = await createServices(config);
// The package is CommonJS; Node only exposes its exports as the default import.
const { app } = functions;
for (const { name, methods, route, handler } of createRoutes(services)) {
  app.http(name, { methods, route, authLevel: "anonymous", handler });
}
// Each scope chooses its own retention window, which a container TTL cannot express (docs/architecture.md §3).
app.timer("purgeExpired", {
  schedule: "0 30 2 * * *",
  handler: (_timer, context) =>
    withInvocation(context, async () => {
      const { scopes, deleted } = await purgeExpired(await services.db());
      invocationLog(context).info(
        `retention: ${deleted} documents removed across ${scopes} scopes with a retention window`,
      );
    }),
});
// Weekly digests and check-back reminders fall due at a local hour per scope, so one hourly run
// finds them all; waiting for `idle` keeps the sends inside the invocation.
const { notifications } = services;
app.timer("notificationsHourly", {
  schedule: "0 5 * * * *",
  handler: (_timer, context) =>
    withInvocation(context, async () => {
      const { scopes, sent, cleaned } = await notifications.runScheduled();
      await notifications.idle();
      invocationLog(context).info(
        `notifications: ${sent} sent across ${scopes} scopes with the bot; ${cleaned} old entries removed`,
      );
    }),
});
// Sends that failed in a process that has since gone are retried here once their backoff passed.
app.timer("notificationRetries", {
  schedule: "0 */5 * * * *",
  handler: (_timer, context) =>
    withInvocation(context, async () => {
      const retried = await notifications.retryDue();
      await notifications.idle();
      if (retried) invocationLog(context).info(`notifications: ${retried} failed sends retried`);
    }),
});
