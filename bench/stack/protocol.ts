/** Messages between the bench process and its server workers (./worker.ts). */
export type WorkerRequest =
  | { id: number; op: "startCosmos" }
  | { id: number; op: "startApi"; endpoint: string; env: Record<string, string> }
  | { id: number; op: "stopApi"; url: string }
  /** The worker's CPU time so far (`process.cpuUsage()`, µs): what its API instances cost. */
  | { id: number; op: "cpuUsage" }
  | { id: number; op: "shutdown" };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
