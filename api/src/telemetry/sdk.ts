import functionsInstrumentation from "@azure/functions-opentelemetry-instrumentation";
import { shutdownAzureMonitor, useAzureMonitor } from "@azure/monitor-opentelemetry";
import { createOpenTelemetryInstrumenter } from "@azure/opentelemetry-instrumentation-azure-sdk";
import { useInstrumenter } from "@azure/core-tracing";
import { metrics, trace } from "@opentelemetry/api";
import { createNoopLogger, logs } from "@opentelemetry/api-logs";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { ConsoleLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from "@opentelemetry/sdk-logs";
import type { LogRecordExporter } from "@opentelemetry/sdk-logs";
import {
  ConsoleMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
  createAllowListAttributesProcessor,
} from "@opentelemetry/sdk-metrics";
import type { MetricReader, ViewOptions } from "@opentelemetry/sdk-metrics";
import { ConsoleSpanExporter, NodeTracerProvider, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import type { SpanExporter } from "@opentelemetry/sdk-trace-node";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { METRIC_ATTRIBUTES, RedactingLogProcessor, RedactingSpanProcessor } from "./redaction";
import type { FunctionsModule, StopTelemetry } from "./setup";

/**
 * The OpenTelemetry SDK, loaded only when telemetry is on (setup.ts imports this module on demand).
 *
 * In Azure: the Azure Monitor distro (`useAzureMonitor`), which instruments the Azure SDK (Cosmos DB,
 * Entra ID) and node:http, plus `fetch` (Microsoft Graph, the Bot Connector, the signing keys) and
 * the Functions worker's hooks, so spans join the host's invocation (host.json `telemetryMode`).
 * Live metrics are off: they stream spans and logs to the portal before any processor runs.
 *
 * Everywhere the redacting processors run first (redaction.ts), so what the distro's metrics and
 * the exporters see is already free of personal data.
 */

// The package is a CommonJS bundle; Node's ESM loader only exposes it as the default import.
const { AzureFunctionsInstrumentationESM } = functionsInstrumentation;

const SERVICE = { "service.name": "learning-loop-api" };

/** Metric attributes beyond the allowlist are dropped from every instrument, the libraries' too. */
const METRIC_VIEWS: ViewOptions[] = [
  { instrumentName: "*", attributesProcessors: [createAllowListAttributesProcessor(METRIC_ATTRIBUTES)] },
];

export function startAzureMonitor(connectionString: string, functions?: FunctionsModule): StopTelemetry {
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    spanProcessors: [new RedactingSpanProcessor()],
    logRecordProcessors: [new RedactingLogProcessor()],
    views: METRIC_VIEWS,
    resource: resourceFromAttributes(SERVICE),
    instrumentationOptions: {
      http: { enabled: true },
      azureSdk: { enabled: true },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
      console: { enabled: false },
    },
  });
  const stop = instrument(functions);
  return async () => {
    stop();
    await shutdownAzureMonitor();
  };
}

/** Where local telemetry goes: the console (`TELEMETRY=console`) or a test's in-memory exporters. */
export interface LocalExporters {
  spans: SpanExporter;
  metrics: MetricReader;
  logs: LogRecordExporter;
}

/** The same redaction, instrumentations and views as in Azure, with the plain SDK instead of the distro. */
export function startLocal(exporters: LocalExporters, functions?: FunctionsModule): StopTelemetry {
  const resource = resourceFromAttributes(SERVICE);
  const tracerProvider = new NodeTracerProvider({
    resource,
    spanProcessors: [new RedactingSpanProcessor(), new SimpleSpanProcessor(exporters.spans)],
  });
  tracerProvider.register();
  const meterProvider = new MeterProvider({ resource, readers: [exporters.metrics], views: METRIC_VIEWS });
  metrics.setGlobalMeterProvider(meterProvider);
  const loggerProvider = new LoggerProvider({
    resource,
    processors: [new RedactingLogProcessor(), new SimpleLogRecordProcessor({ exporter: exporters.logs })],
  });
  logs.setGlobalLoggerProvider(loggerProvider);
  // What the distro's Azure SDK instrumentation does: Azure SDK clients (Cosmos DB, identity) report through OpenTelemetry.
  useInstrumenter(createOpenTelemetryInstrumenter());
  const stop = instrument(functions);
  return async () => {
    stop();
    await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown(), loggerProvider.shutdown()]);
    trace.disable();
    metrics.disable();
    logs.disable();
  };
}

export function startConsole(functions?: FunctionsModule): StopTelemetry {
  return startLocal(
    {
      spans: new ConsoleSpanExporter(),
      metrics: new PeriodicExportingMetricReader({
        exporter: new ConsoleMetricExporter(),
        exportIntervalMillis: 60_000,
      }),
      logs: new ConsoleLogRecordExporter(),
    },
    functions,
  );
}

/**
 * `fetch` (undici) client spans, and under the Functions host its hooks: the worker tells the
 * host it exports its own telemetry, and each invocation runs in the host's trace context. The
 * hooks' own copy of every `context.log` line (a bare body) is not wanted: logger.ts writes each
 * line as a record with the invocation's id, so the hooks get a no-op logger.
 */
function instrument(functions?: FunctionsModule): () => void {
  const undici = new UndiciInstrumentation({
    // Spans only: the URL is redacted by RedactingSpanProcessor; no request or response headers are recorded.
    headersToSpanAttributes: { requestHeaders: [], responseHeaders: [] },
  });
  const instrumentations = [undici];
  let hooks: InstanceType<typeof AzureFunctionsInstrumentationESM> | undefined;
  if (functions) {
    hooks = new AzureFunctionsInstrumentationESM();
    hooks.setLoggerProvider({ getLogger: () => createNoopLogger() } as never);
    hooks.registerAzFunc(functions);
  }
  const unregister = registerInstrumentations({ instrumentations });
  return () => {
    unregister();
    hooks?.disable();
  };
}
