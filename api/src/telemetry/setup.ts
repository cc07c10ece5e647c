import type * as AzureFunctions from "@azure/functions";
import type { TelemetryConfig } from "../config";

/** The `@azure/functions` module, for the Functions OpenTelemetry hooks (only under the Functions host). */
export type FunctionsModule = typeof AzureFunctions;

/** Flushes and stops whatever started; a no-op when telemetry is off. */
export type StopTelemetry = () => Promise<void>;

/**
 * Starts telemetry as configured (docs/operations.md). With `off`, the default outside Azure, no
 * telemetry SDK is loaded at all: the SDK lives in ./sdk and is imported only here, on demand, so
 * `npm start` and the tests pay nothing for it. Call before the first request is served.
 */
export async function startTelemetry(
  config: TelemetryConfig,
  functions?: FunctionsModule,
): Promise<StopTelemetry> {
  if (config.mode === "off") return async () => undefined;
  const sdk = await import("./sdk");
  if (config.mode === "azure") return sdk.startAzureMonitor(config.connectionString ?? "", functions);
  return sdk.startConsole(functions);
}
