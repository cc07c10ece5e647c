/**
 * Builds the Functions app into api/dist/index.js. The shared contract is TypeScript source in a
 * workspace, so it is bundled in; every dependency the api package declares stays external and is
 * installed beside the bundle on deploy.
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const apiRoot = fileURLToPath(new URL("../api/", import.meta.url));
const manifest = JSON.parse(readFileSync(`${apiRoot}package.json`, "utf8")) as {
  dependencies: Record<string, string>;
};
const external = Object.keys(manifest.dependencies).filter((name) => name !== "@learning-loop/contract");

await build({
  entryPoints: [`${apiRoot}src/index.ts`],
  outfile: `${apiRoot}dist/index.js`,
  bundle: true,
  platform: "node",
  target: "node22",
  format: "esm",
  sourcemap: true,
  external,
  logLevel: "info",
});
