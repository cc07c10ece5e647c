import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { WorkerReply, WorkerRequest } from "./protocol";

const root = fileURLToPath(new URL("../..", import.meta.url));
const workerFile = fileURLToPath(new URL("./worker.ts", import.meta.url));

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Request = DistributiveOmit<WorkerRequest, "id">;

const STARTUP_TIMEOUT_MS = 60_000;
const CALL_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
/** Lines of a worker's output kept to explain a failure. */
const TAIL_LINES = 40;

/** A server worker process (./worker.ts) started by this bench run, and the only kind it stops. */
export class ServerWorker {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly tail: string[] = [];
  private exited = false;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        if (!line.trim()) continue;
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
        if (process.env.BENCH_VERBOSE) console.error(`[${name}] ${line}`);
      }
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("message", (reply: WorkerReply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(new Error(`${name}: ${reply.error}`));
    });
    child.on("exit", (code, signal) => {
      this.exited = true;
      const why = new Error(`${name} worker exited (${signal ?? `code ${code}`})${this.output()}`);
      for (const waiter of this.pending.values()) waiter.reject(why);
      this.pending.clear();
    });
  }

  static async start(name: string): Promise<ServerWorker> {
    const child = fork(workerFile, [], {
      cwd: root,
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    const worker = new ServerWorker(name, child);
    await worker.waitFor(0, STARTUP_TIMEOUT_MS);
    return worker;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The last lines the worker printed, for error messages. */
  output(): string {
    return this.tail.length ? `\n  ${this.name} worker output:\n    ${this.tail.join("\n    ")}` : "";
  }

  call<T>(request: Request, timeoutMs = CALL_TIMEOUT_MS): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`${this.name} worker is not running${this.output()}`));
    const id = this.nextId++;
    const result = this.waitFor(id, timeoutMs) as Promise<T>;
    this.child.send({ ...request, id } as WorkerRequest);
    return result;
  }

  private waitFor(id: number, timeoutMs: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name} worker did not answer within ${timeoutMs / 1000} s${this.output()}`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }

  /** Asks the worker to stop its servers and leave; kills this one process if it does not. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    try {
      await this.call({ op: "shutdown" }, STOP_TIMEOUT_MS);
    } catch {
      // Killed below if it is still there.
    }
    const timer = setTimeout(() => {
      if (!this.exited) this.child.kill("SIGKILL");
    }, STOP_TIMEOUT_MS);
    await gone;
    clearTimeout(timer);
  }
}

export interface ApiHandle {
  url: string;
  port: number;
  origin: string;
}

/** The bench's servers: one process for the Cosmos-protocol server, one for every API instance. */
export class BenchStack {
  private constructor(
    readonly cosmosWorker: ServerWorker,
    readonly apiWorker: ServerWorker,
    readonly cosmosEndpoint: string,
  ) {}

  static async start(): Promise<BenchStack> {
    const [cosmosWorker, apiWorker] = await Promise.all([
      ServerWorker.start("cosmos"),
      ServerWorker.start("api"),
    ]);
    try {
      const { endpoint } = await cosmosWorker.call<{ endpoint: string }>({ op: "startCosmos" });
      return new BenchStack(cosmosWorker, apiWorker, endpoint);
    } catch (error) {
      await Promise.allSettled([cosmosWorker.stop(), apiWorker.stop()]);
      throw error;
    }
  }

  /**
   * An API on the built-in host in dev auth mode with a database of its own (or `database`),
   * optionally via another Cosmos endpoint. The per-member rate limit is off: the bench plays up to
   * hundreds of participants with the three dev identities, so one "member" here is dozens of people
   * (the per-scope limit stays on, at its default).
   */
  async startApi(options: { database?: string; cosmosEndpoint?: string } = {}): Promise<ApiHandle> {
    const env: Record<string, string> = {
      RATE_LIMIT_MEMBER_PER_MINUTE: "0",
      ...(options.database ? { COSMOS_DATABASE: options.database } : {}),
    };
    const { url, port } = await this.apiWorker.call<{ url: string; port: number }>({
      op: "startApi",
      endpoint: options.cosmosEndpoint ?? this.cosmosEndpoint,
      env,
    });
    return { url, port, origin: `http://127.0.0.1:${port}` };
  }

  /** CPU time (user + system, ms) the API worker has used so far: every API instance runs in it. */
  async apiCpuMs(): Promise<number> {
    const usage = await this.apiWorker.call<NodeJS.CpuUsage>({ op: "cpuUsage" });
    return (usage.user + usage.system) / 1000;
  }

  stopApi(api: ApiHandle): Promise<void> {
    return this.apiWorker.call({ op: "stopApi", url: api.url });
  }

  async stop(): Promise<void> {
    await Promise.allSettled([this.apiWorker.stop(), this.cosmosWorker.stop()]);
  }
}
