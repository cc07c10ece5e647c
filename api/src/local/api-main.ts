import { loadConfig } from "../config";
import { createRoutes } from "../routes";
import { createServices } from "../services";
import { startLocalHost } from "./http-host";

/** `npm start` runs this when Azure Functions Core Tools are not installed. */
const port = Number(process.env.API_PORT ?? 7071);
const quiet = process.env.API_QUIET === "1";

const config = loadConfig();
const services = await createServices(config);
try {
  const host = await startLocalHost(createRoutes(services), {
    port,
    log: quiet ? undefined : (line) => console.log(`api ${line}`),
  });
  console.log(`API (built-in host, AUTH_MODE=${config.authMode}): http://localhost:${host.port}/api`);
  const stop = () => host.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`Port ${port} is already in use (API). Stop whatever uses it or set API_PORT.`);
    process.exit(1);
  }
  throw error;
}
