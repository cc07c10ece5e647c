import { build as esbuild } from "esbuild";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, loadConfigFromFile } from "vite";
import type { InlineConfig } from "vite";

const repo = fileURLToPath(new URL("../..", import.meta.url));
export const TABS_ROOT = path.join(repo, "tabs");
export const HELLO_ROOT = path.join(repo, "bench", "hello");
const TABS_CONFIG = path.join(TABS_ROOT, "vite.config.ts");

export interface JsFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BuiltPage {
  name: string;
  outDir: string;
  /** The entry chunk and every chunk it imports statically, directly or not. */
  initial: JsFile[];
  /** Chunks only reachable through dynamic import(): loaded later, not counted. */
  lazy: JsFile[];
  initialBytes: number;
  initialGzipBytes: number;
  /** The entry script and modulepreload links of the built index.html, to cross-check the chunk graph. */
  htmlScripts: string[];
  buildMs: number;
}

interface ChunkLike {
  type: "chunk" | "asset";
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
}

/**
 * The tabs' Vite config file as loaded for a production build (same plugins, versions and
 * settings), with the output folder moved and, for another page, root and inputs replaced. The
 * inputs are replaced, not merged as Vite's inline config would, so the tabs' other pages (the
 * sign-in window) are not looked for under the other root.
 */
async function configFor(root: string | undefined, outDir: string): Promise<InlineConfig> {
  const loaded = await loadConfigFromFile(
    { command: "build", mode: "production" },
    TABS_CONFIG,
    TABS_ROOT,
    "warn",
  );
  if (!loaded) throw new Error(`could not load ${TABS_CONFIG}`);
  const config = loaded.config;
  const buildOptions = { ...config.build, outDir, emptyOutDir: true };
  if (root) {
    const input = { index: path.join(root, "index.html") };
    buildOptions.rollupOptions = { ...buildOptions.rollupOptions, input };
    if (buildOptions.rolldownOptions)
      buildOptions.rolldownOptions = { ...buildOptions.rolldownOptions, input };
  }
  return {
    ...config,
    configFile: false,
    root: root ?? config.root ?? TABS_ROOT,
    logLevel: "warn",
    build: buildOptions,
  };
}

/**
 * Builds a page with the tabs' Vite config: the tabs themselves exactly as production builds them
 * (every input), or another page (`root` with its own index.html) with only root, input and output
 * folder changed. Then measures the initial JavaScript of index.html from the chunk graph.
 */
export async function buildPage(name: string, root: string | undefined, outDir: string): Promise<BuiltPage> {
  const started = performance.now();
  const output = await build(await configFor(root, outDir));
  const buildMs = performance.now() - started;
  const outputs = (Array.isArray(output) ? output : [output]) as unknown[];
  const chunks = outputs.flatMap((item) =>
    item && typeof item === "object" && "output" in item
      ? ((item as { output: ChunkLike[] }).output ?? [])
      : [],
  );
  const jsChunks = chunks.filter((chunk) => chunk.type === "chunk");
  if (jsChunks.length === 0) throw new Error(`${name}: Vite returned no chunks`);
  const byName = new Map(jsChunks.map((chunk) => [chunk.fileName, chunk]));
  const html = await readFile(path.join(outDir, "index.html"), "utf8");
  const entryScripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/g)].map(
    (match) => match[1] as string,
  );
  const entry = entryScripts.length === 1 ? byName.get(entryScripts[0]!) : undefined;
  if (!entry?.isEntry) {
    throw new Error(
      `${name}: index.html should load one entry chunk, but its module scripts are: ${entryScripts.join(", ") || "none"}`,
    );
  }
  const initialNames = new Set<string>();
  const visit = (fileName: string) => {
    if (initialNames.has(fileName)) return;
    initialNames.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entry.fileName);

  const measure = async (fileName: string): Promise<JsFile> => {
    const contents = await readFile(path.join(outDir, fileName));
    return { file: fileName, bytes: contents.length, gzipBytes: gzipSync(contents, { level: 9 }).length };
  };
  const initial = await Promise.all([...initialNames].sort().map(measure));
  const lazy = await Promise.all(
    jsChunks
      .map((chunk) => chunk.fileName)
      .filter((fileName) => !initialNames.has(fileName))
      .sort()
      .map(measure),
  );
  const htmlScripts = [
    ...entryScripts,
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+)"/g)].map(
      (match) => match[1] as string,
    ),
  ];
  return {
    name,
    outDir,
    initial,
    lazy,
    initialBytes: initial.reduce((sum, file) => sum + file.bytes, 0),
    initialGzipBytes: initial.reduce((sum, file) => sum + file.gzipBytes, 0),
    htmlScripts: htmlScripts.sort(),
    buildMs,
  };
}

/** Files of the chunk graph and of the HTML that disagree; empty when both say the same. */
export function graphHtmlMismatch(page: BuiltPage): string[] {
  const graph = new Set(page.initial.map((file) => file.file));
  const html = new Set(page.htmlScripts);
  return [
    ...[...graph].filter((file) => !html.has(file)).map((file) => `only in chunk graph: ${file}`),
    ...[...html].filter((file) => !graph.has(file)).map((file) => `only in index.html: ${file}`),
  ];
}

/**
 * The real local Teams host page script (tabs/dev/host.ts, which Vite serves in development only),
 * bundled for the browser so the production builds can be framed by it unchanged.
 */
export async function bundleDevHost(): Promise<string> {
  const result = await esbuild({
    entryPoints: [path.join(TABS_ROOT, "dev", "host.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no host bundle");
  return file.text;
}

export const readDevHostHtml = () => readFile(path.join(TABS_ROOT, "dev", "host.html"), "utf8");
