import { loadConfig } from "../config";
import { createRoutes } from "../routes";
import { purgeExpired } from "../scopes/retention";
import { createServices } from "../services";
import { startTelemetry } from "../telemetry/setup";
import { startLocalHost } from "./http-host";

/** `npm start` runs this when Azure Functions Core Tools are not installed. */
const port = Number(process.env.API_PORT ?? 7071);
const quiet = process.env.API_QUIET === "1";

const config = loadConfig();
// Off unless TELEMETRY=console (or a connection string) is set: then no SDK is even loaded.
const stopTelemetry = await startTelemetry(config.telemetry);
const services = await createServices(config);
try {
  const host = await startLocalHost(createRoutes(services), {
    port,
    log: quiet ? undefined : (line) => console.log(`api ${line}`),
  });
  console.log(`API (built-in host, AUTH_MODE=${config.authMode}): http://localhost:${host.port}/api`);
  // The Functions host runs retention on a daily timer; here it runs at start, then once a day.
  const purge = () =>
    services
      .db()
      .then((db) => purgeExpired(db))
      .then(
        ({ scopes, deleted }) => {
          if (!quiet) console.log(`api retention: ${deleted} documents removed across ${scopes} scopes`);
        },
        (error: unknown) =>
          console.error(`api retention failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  void purge();
  setInterval(purge, 24 * 60 * 60 * 1000).unref();
  // The Functions host's notification timers: digests and check-backs hourly, retries every 5 minutes.
  const { notifications } = services;
  const scheduled = () =>
    notifications.runScheduled().then(
      ({ sent }) => {
        if (!quiet && sent) console.log(`api notifications: ${sent} sent`);
      },
      (error: unknown) =>
        console.error(`api notifications failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  void scheduled();
  setInterval(scheduled, 60 * 60 * 1000).unref();
  setInterval(() => void notifications.retryDue(), 5 * 60 * 1000).unref();
  const stop = () =>
    host
      .close()
      .then(stopTelemetry)
      .then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`Port ${port} is already in use (API). Stop whatever uses it or set API_PORT.`);
    process.exit(1);
  }
  throw error;
}
