/**
 * `npm run check`: the type check of every TypeScript project and ESLint, side by side (as many at
 * once as the machine has cores). Each command's output is printed whole when it ends; the exit
 * code is 1 if any of them failed. `npm run typecheck` and `npm run lint` still run each alone.
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const COMMANDS: [string, string[]][] = [
  // Slowest first, so the longest ones do not start last.
  ["eslint", ["--max-warnings", "0", "."]],
  ...["tests", "tabs", "bench", "api", "scripts", "contract"].map((project): [string, string[]] => [
    "tsc",
    ["-p", project],
  ]),
];

function run([command, args]: [string, string[]]): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(bin(command), args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => {
      output += String(error);
    });
    child.on("close", (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      console.log(`${ok ? "ok    " : "FAILED"} ${command} ${args.join(" ")} (${seconds} s)`);
      if (output.trim()) console.log(output.trimEnd());
      resolve(ok);
    });
  });
}

const queue = [...COMMANDS];
const results: boolean[] = [];
const worker = async () => {
  for (let next = queue.shift(); next; next = queue.shift()) results.push(await run(next));
};
await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker));
process.exitCode = results.every(Boolean) ? 0 : 1;
