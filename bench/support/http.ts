import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

/** One keep-alive pool for every API call the bench makes, like a browser's connection reuse. */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 512 });

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** From just before the request was issued to the last byte of the response. */
  ms: number;
  /** performance.now() when the request was issued and when the response ended. */
  startedAt: number;
  endedAt: number;
}

export interface HttpOptions {
  method?: string;
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * A plain node:http request with keep-alive; rejects only on network trouble (connection refused or
 * reset, timeout), so the caller decides what an HTTP status means.
 *
 * Like a browser, it sends a request again once when a reused keep-alive socket turns out to have
 * been closed by the server before any response arrived (the idle-timeout race Node documents under
 * `request.reusedSocket`): the server never saw that request, so this is not a retry the caller
 * should count. The time reported includes it.
 */
export function httpRequest(url: string, options: HttpOptions = {}): Promise<HttpResult> {
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let payload: string | undefined;
  if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
    headers["content-length"] = String(Buffer.byteLength(payload));
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  const startedAt = performance.now();
  const attempt = (mayResend: boolean): Promise<HttpResult> =>
    new Promise((resolve, reject) => {
      let responded = false;
      const req = request(url, { method: options.method ?? "GET", headers, agent }, (res) => {
        responded = true;
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const endedAt = performance.now();
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString("utf8"),
            ms: endedAt - startedAt,
            startedAt,
            endedAt,
          });
        });
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
      req.on("error", (error: NodeJS.ErrnoException) => {
        const staleSocket =
          req.reusedSocket && !responded && (error.code === "ECONNRESET" || error.code === "EPIPE");
        if (mayResend && staleSocket) resolve(attempt(false));
        else reject(error);
      });
      req.end(payload);
    });
  return attempt(true);
}

export const header = (result: HttpResult, name: string): string | undefined => {
  const value = result.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

export function parseJson<T>(result: HttpResult): T {
  try {
    return JSON.parse(result.text) as T;
  } catch {
    throw new Error(`expected JSON, got ${result.status}: ${result.text.slice(0, 200)}`);
  }
}

/** Closes idle keep-alive sockets so the process can exit. */
export const closeHttpAgent = () => agent.destroy();
