/**
 * The Fluid local service (`@fluidframework/azure-local-service` 1.1.1 from the npm registry, the
 * release paired with the Fluid 1.x client Live Share 1.2.2 needs) as a child process: the local
 * stand-in for the Fluid Relay service Teams' Live Share runs on. `npm start`, the browser tests
 * and the bench start it; it keeps documents in memory and summaries under `storage`.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";

const require = createRequire(import.meta.url);

export interface FluidService {
  port: number;
  endpoint: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Whether something accepts TCP connections on `port` of this machine. */
export const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1")
      .once("connect", () => {
        socket.destroy();
        resolve(true);
      })
      .once("error", () => resolve(false));
  });

/**
 * Starts the service on `port` and resolves once it listens. `storage` is its summary directory,
 * emptied first: the service keeps its documents in memory, so summaries of an earlier run would
 * only describe containers it no longer knows.
 */
export async function startFluidService(options: {
  port: number;
  storage: string;
  log?: boolean;
}): Promise<FluidService> {
  rmSync(options.storage, { recursive: true, force: true });
  mkdirSync(options.storage, { recursive: true });
  const entry = require.resolve("@fluidframework/azure-local-service/dist/index.js");
  const child = spawn(process.execPath, [entry], {
    // tinylicious reads its settings through nconf: PORT, and `storage` for the summaries' git store.
    env: { ...process.env, PORT: String(options.port), storage: options.storage },
    stdio: ["ignore", options.log ? "inherit" : "ignore", options.log ? "inherit" : "ignore"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 30_000;
  while (!(await accepts(options.port))) {
    if (child.exitCode !== null) throw new Error(`The Fluid local service exited (${child.exitCode}).`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The Fluid local service did not listen on port ${options.port} within 30 s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port: options.port,
    endpoint: `http://localhost:${options.port}`,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3_000).unref();
      }
      await exited;
    },
  };
}
