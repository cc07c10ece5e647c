/**
 * `npm run package [-- --env local|dev]` builds the Teams app package
 * `appPackage/build/appPackage.{env}.zip` from appPackage/manifest.json and its two icons:
 *
 * 1. reads `env/.env.{env}` (and `env/.env.{env}.user` when present) and substitutes every
 *    `${{NAME}}` in the manifest; a name that neither file defines is an error;
 * 2. validates the result offline against the Teams schema bundled in `@microsoft/app-manifest`,
 *    plus the rules the schema cannot express (icon sizes, an outline icon that is white on
 *    transparent, every URL inside `validDomains`, ids that are GUIDs, the SSO resource);
 * 3. prints every problem and exits 1 if there is one; otherwise writes the zip.
 *
 * `npm run package -- --api` stages the Functions app for Azure instead: `api/host.json`,
 * `api/dist` (run `npm run build -w api` first), a `package.json` without the workspace-only
 * dependency, and the API's production dependencies copied from the workspace install go to
 * `build/api/`, which is zipped to `build/api.zip` for `az functionapp deployment source config-zip`.
 *
 * The zip files are written by the small ZIP writer below (deflate from node:zlib), so packaging
 * needs neither the toolkit CLI nor a zip package.
 */
import { AppManifestUtils } from "@microsoft/app-manifest";
import type { AppManifest } from "@microsoft/app-manifest";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateRawSync } from "node:zlib";
import { PNG } from "pngjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export const ENVIRONMENTS = ["local", "dev"] as const;
export type EnvironmentName = (typeof ENVIRONMENTS)[number];

// ---------------------------------------------------------------------------------------------
// Environment files and `${{NAME}}` substitution

/** Parses a dotenv file the way the toolkit does: `KEY=value`, `#` comments, optional quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rest = ""] = match as unknown as [string, string, string];
    const quoted = /^(["'])(.*)\1$/.exec(rest);
    values[key] = quoted ? (quoted[2] ?? "") : rest.replace(/\s+#.*$/, "").trim();
  }
  return values;
}

/** `env/.env.{env}` overlaid with `env/.env.{env}.user`, as the toolkit reads them. */
export function readEnvironment(env: string, root = ROOT): Record<string, string> {
  const file = join(root, "env", `.env.${env}`);
  if (!existsSync(file)) throw new Error(`env/.env.${env} does not exist.`);
  const values = parseEnvFile(readFileSync(file, "utf8"));
  const userFile = `${file}.user`;
  if (existsSync(userFile)) Object.assign(values, parseEnvFile(readFileSync(userFile, "utf8")));
  return values;
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Every `${{NAME}}` a text refers to, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string))];
}

/**
 * Replaces every `${{NAME}}` with its value, escaped for use inside a JSON string (placeholders
 * only ever sit inside strings). Names with no value are listed in `missing` and left in place.
 */
export function substitute(
  template: string,
  values: Record<string, string>,
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return { text, missing: [...missing] };
}

// ---------------------------------------------------------------------------------------------
// Validation

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v\d+\.\d+|vDevPreview)\/MicrosoftTeams\.schema\.json$/;
const ICON_SIZES = { color: 192, outline: 32 } as const;

export interface PackageInput {
  /** appPackage/manifest.json as written, with `${{NAME}}` placeholders. */
  manifestTemplate: string;
  /** The environment's values (see readEnvironment). */
  values: Record<string, string>;
  /** Where the values came from, for messages ("env/.env.local"). */
  source: string;
  /** Files beside the manifest by name; the icons are looked up here. */
  files: Record<string, Buffer>;
  /** The manifest's language files by name (`de.json`), as written, with `${{NAME}}` placeholders. */
  localizations?: Record<string, string>;
}

/**
 * The parts of a Teams manifest the extra rules read. The library's own type is a union over every
 * schema version, most of which lack these fields; the schema check covers the rest.
 */
export interface Manifest {
  $schema?: string;
  id?: unknown;
  icons?: { color?: string; outline?: string };
  bots?: { botId?: unknown }[];
  validDomains?: string[];
  webApplicationInfo?: { id?: string; resource?: string };
  localizationInfo?: { additionalLanguages?: { languageTag?: string; file?: string }[] };
  [key: string]: unknown;
}

export interface CheckedPackage {
  manifest: Manifest | undefined;
  /** The language files the manifest names, substituted, by file name. */
  localizations: Record<string, object>;
  problems: string[];
}

/**
 * Substitutes and validates a package without touching the disk. An empty `problems` list means
 * the package is good to zip.
 */
export async function checkAppPackage(input: PackageInput): Promise<CheckedPackage> {
  const { text, missing } = substitute(input.manifestTemplate, input.values);
  if (missing.length) {
    return {
      manifest: undefined,
      localizations: {},
      problems: missing.map((name) => `manifest.json: \${{${name}}} is not defined in ${input.source}`),
    };
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch (error) {
    return {
      manifest: undefined,
      localizations: {},
      problems: [`manifest.json: not valid JSON after substitution (${String(error)})`],
    };
  }
  const localized = await localizationProblems(manifest, input);
  const problems = [
    ...(await schemaProblems(manifest)),
    ...ruleProblems(manifest, input.files),
    ...localized.problems,
  ];
  return { manifest, localizations: localized.files, problems };
}

const validators = new Map<string, ValidateFunction>();

/**
 * The Teams localization schema (draft-04), compiled once. Its patterns use `\b` inside character
 * ranges, which JavaScript's unicode mode rejects, so it is compiled without it, as Teams does.
 */
function localizationValidator(schemaPath: string): ValidateFunction {
  let validate = validators.get(schemaPath);
  if (!validate) {
    const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);
    validators.set(schemaPath, validate);
  }
  return validate;
}

/**
 * Every language file `localizationInfo` names: present, substituted like the manifest, and valid
 * against the Teams localization schema of the manifest's version (bundled, so offline).
 */
async function localizationProblems(
  manifest: Manifest,
  input: PackageInput,
): Promise<{ files: Record<string, object>; problems: string[] }> {
  const files: Record<string, object> = {};
  const problems: string[] = [];
  const version = SCHEMA_URL.exec(manifest.$schema ?? "")?.[1];
  const schemaPath =
    version &&
    join(
      dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json")),
      "build/json-schemas/teams",
      version,
      "MicrosoftTeams.Localization.schema.json",
    );
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const name = language.file ?? "";
    const template = input.localizations?.[name];
    if (template === undefined) {
      problems.push(`manifest.json: localizationInfo names ${name || "a file"} that is not in appPackage/`);
      continue;
    }
    const { text, missing } = substitute(template, input.values);
    if (missing.length) {
      problems.push(...missing.map((key) => `${name}: \${{${key}}} is not defined in ${input.source}`));
      continue;
    }
    let localization: { $schema?: string };
    try {
      localization = JSON.parse(text) as { $schema?: string };
    } catch (error) {
      problems.push(`${name}: not valid JSON (${String(error)})`);
      continue;
    }
    files[name] = localization;
    if (!schemaPath || !existsSync(schemaPath)) continue; // the manifest's own check reports its schema
    const validate = localizationValidator(schemaPath);
    if (!validate(localization)) {
      problems.push(
        ...(validate.errors ?? []).map(
          (error) =>
            `${name} (localization schema ${version}): ${error.instancePath || "/"} ${error.message ?? ""}`,
        ),
      );
    }
  }
  return { files, problems };
}

/** Validates against the schema named by `$schema`, which must be one bundled with the package. */
export async function schemaProblems(manifest: Manifest): Promise<string[]> {
  const url = manifest.$schema ?? "";
  const version = SCHEMA_URL.exec(url)?.[1];
  const bundled =
    version &&
    existsSync(
      join(
        dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json")),
        "build/json-schemas/teams",
        version,
        "MicrosoftTeams.schema.json",
      ),
    );
  if (!bundled) {
    // Anything else would make the library download the schema; this check stays offline.
    return [`manifest.json: $schema "${url}" is not a Teams schema bundled with @microsoft/app-manifest`];
  }
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
  return errors.map((error) => `manifest.json (schema ${version}): ${error}`);
}

/** Rules the JSON schema cannot express. */
export function ruleProblems(manifest: Manifest, files: Record<string, Buffer>): string[] {
  return [...iconProblems(manifest, files), ...guidProblems(manifest), ...domainProblems(manifest)];
}

function iconProblems(manifest: Manifest, files: Record<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const kind of ["color", "outline"] as const) {
    const name = manifest.icons?.[kind];
    if (typeof name !== "string" || !name) continue; // the schema reports a missing icon
    const data = files[name];
    if (!data) {
      problems.push(`${name}: the ${kind} icon named in manifest.json is not in appPackage/`);
      continue;
    }
    let png: PNG;
    try {
      png = PNG.sync.read(data);
    } catch (error) {
      problems.push(`${name}: not a readable PNG (${String(error)})`);
      continue;
    }
    const size = ICON_SIZES[kind];
    if (png.width !== size || png.height !== size) {
      problems.push(
        `${name}: the ${kind} icon must be ${size}×${size} pixels, not ${png.width}×${png.height}`,
      );
    }
    if (kind === "outline") problems.push(...outlineColourProblems(name, png));
  }
  return problems;
}

/** Teams draws the outline icon itself, so every visible pixel must be pure white. */
function outlineColourProblems(name: string, png: PNG): string[] {
  let count = 0;
  let first = "";
  for (let i = 0; i < png.width * png.height; i++) {
    const [r, g, b, a] = [png.data[i * 4], png.data[i * 4 + 1], png.data[i * 4 + 2], png.data[i * 4 + 3]];
    if (a === 0 || (r === 255 && g === 255 && b === 255)) continue;
    if (!count) first = `(${i % png.width}, ${Math.floor(i / png.width)}) is rgba(${r}, ${g}, ${b}, ${a})`;
    count++;
  }
  return count
    ? [
        `${name}: the outline icon may only use white and transparent pixels; ${count} do not, the first at ${first}`,
      ]
    : [];
}

function guidProblems(manifest: Manifest): string[] {
  const ids: [string, unknown][] = [
    ["id", manifest.id],
    ...(Array.isArray(manifest.bots) ? manifest.bots : []).map((bot, i): [string, unknown] => [
      `bots[${i}].botId`,
      bot?.botId,
    ]),
    ["webApplicationInfo.id", manifest.webApplicationInfo?.id],
  ];
  return ids
    .filter(([, value]) => value !== undefined && !(typeof value === "string" && GUID.test(value)))
    .map(([path, value]) => `manifest.json: ${path} must be a GUID, not ${JSON.stringify(value)}`);
}

/** Every string in the manifest that is an absolute URL, with its JSON path; `$schema` excluded. */
function urlsIn(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => urlsIn(item, `${path}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      path === "" && key === "$schema" ? [] : urlsIn(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

function matchesDomain(pattern: string, url: URL): boolean {
  const p = pattern.toLowerCase();
  // An entry with a port ("localhost:53000") must match host and port; without one, any port.
  const candidate = p.includes(":") ? url.host.toLowerCase() : url.hostname.toLowerCase();
  if (p.startsWith("*.")) return candidate.endsWith(p.slice(1)) && candidate.length > p.length - 1;
  return candidate === p;
}

function domainProblems(manifest: Manifest): string[] {
  const problems: string[] = [];
  // Malformed shapes are the schema's to report; these rules only read what is well formed.
  const domains = Array.isArray(manifest.validDomains)
    ? manifest.validDomains.filter((domain): domain is string => typeof domain === "string")
    : [];
  for (const domain of domains) {
    if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i.test(domain)) {
      problems.push(
        `manifest.json: validDomains entry "${domain}" must be a bare host name (no scheme, path or empty value)`,
      );
    }
  }
  for (const [path, value] of urlsIn(manifest)) {
    if (path === "webApplicationInfo.resource") continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push(`manifest.json: ${path} is not a valid URL: ${value}`);
      continue;
    }
    if (url.protocol !== "https:") problems.push(`manifest.json: ${path} must use https: ${value}`);
    if (!domains.some((domain) => matchesDomain(domain, url))) {
      problems.push(
        `manifest.json: ${path} (${url.host}) is not inside validDomains [${domains.join(", ")}]`,
      );
    }
  }
  const sso = manifest.webApplicationInfo;
  if (typeof sso?.resource === "string" && sso.resource) {
    // Teams SSO: the resource is the Entra app's Application ID URI, api://{tab domain}/{client id}.
    const match = /^api:\/\/([^/]+)\/(.+)$/.exec(sso.resource);
    if (
      !match ||
      !domains.some((domain) => domain.toLowerCase() === match[1]?.toLowerCase()) ||
      match[2] !== sso.id
    ) {
      problems.push(
        `manifest.json: webApplicationInfo.resource must be api://{a validDomains entry}/{webApplicationInfo.id}, not ${sso.resource}`,
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// ZIP writer

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** DOS date of 1980-01-01 00:00, so the same inputs always give the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

/** A plain ZIP archive (deflate, or stored where deflate does not help); no ZIP64, no encryption. */
export function createZip(entries: ZipEntry[]): Buffer {
  if (entries.length > 0xffff)
    throw new Error(`A ZIP without ZIP64 holds at most 65535 entries, not ${entries.length}.`);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const deflated = deflateRawSync(data, { level: 9 });
    const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
    const crc = crc32(data);
    if (offset + body.length > 0xfffffffe)
      throw new Error("The archive would exceed 4 GiB, which needs ZIP64.");

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);

    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ---------------------------------------------------------------------------------------------
// The two commands

export async function packageTeamsApp(
  env: string,
  root = ROOT,
): Promise<{ zipPath: string | undefined; problems: string[] }> {
  const appDir = join(root, "appPackage");
  const files: Record<string, Buffer> = {};
  const localizations: Record<string, string> = {};
  for (const name of readdirSync(appDir)) {
    if (name.endsWith(".png")) files[name] = readFileSync(join(appDir, name));
    if (name.endsWith(".json") && name !== "manifest.json") {
      localizations[name] = readFileSync(join(appDir, name), "utf8");
    }
  }
  const {
    manifest,
    localizations: localized,
    problems,
  } = await checkAppPackage({
    manifestTemplate: readFileSync(join(appDir, "manifest.json"), "utf8"),
    values: readEnvironment(env, root),
    source: `env/.env.${env}`,
    files,
    localizations,
  });
  if (!manifest || problems.length) return { zipPath: undefined, problems };
  const icons = [manifest.icons?.color, manifest.icons?.outline] as string[];
  const zip = createZip([
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    ...icons.map((name) => ({ name, data: files[name] as Buffer })),
    ...Object.entries(localized).map(([name, localization]) => ({
      name,
      data: Buffer.from(`${JSON.stringify(localization, null, 2)}\n`),
    })),
  ]);
  const zipPath = join(appDir, "build", `appPackage.${env}.zip`);
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zip);
  return { zipPath, problems: [] };
}

/** Every regular file under a folder (symlinks and node_modules/.bin skipped), as ZIP entries. */
export function folderEntries(dir: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink() || (name === ".bin" && current.endsWith("node_modules"))) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile())
        entries.push({ name: relative(dir, path).split(sep).join("/"), data: readFileSync(path) });
    }
  };
  walk(dir);
  return entries;
}

export interface StageApiOptions {
  /** The repository root, whose npm workspace install provides the dependencies. */
  root: string;
  outDir: string;
  /** Copy the API's production dependencies into outDir/node_modules; tests switch it off. */
  withDependencies?: boolean;
}

/**
 * Lays out the Functions app as Azure runs it: host.json, the esbuild bundle in dist/, a
 * package.json, and node_modules with exactly the production dependencies the workspace has
 * installed (the versions package-lock.json pins and the tests ran against; no registry access).
 * Workspace packages (`@learning-loop/*`) are bundled into dist/index.js by scripts/build-api.ts
 * and cannot be resolved outside the workspace, so they are left out.
 */
export function stageApi({ root, outDir, withDependencies = true }: StageApiOptions): void {
  const apiDir = join(root, "api");
  const bundle = join(apiDir, "dist", "index.js");
  if (!existsSync(bundle))
    throw new Error(`${relative(root, bundle)} does not exist; run \`npm run build -w api\` first.`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(join(apiDir, "host.json"), join(outDir, "host.json"));
  cpSync(join(apiDir, "dist"), join(outDir, "dist"), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(apiDir, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: unknown;
    scripts?: unknown;
  };
  const dependencies = Object.fromEntries(
    Object.entries(manifest.dependencies ?? {}).filter(([name]) => !name.startsWith("@learning-loop/")),
  );
  const { devDependencies: _dev, scripts: _scripts, ...rest } = manifest;
  writeFileSync(join(outDir, "package.json"), `${JSON.stringify({ ...rest, dependencies }, null, 2)}\n`);
  if (withDependencies) copyProductionDependencies(root, join(outDir, "node_modules"));
}

/** Type declarations and source maps are half of node_modules and never loaded at run time. */
const TYPES_AND_SOURCE_MAPS = /\.(d\.[cm]?ts|map)$/;

/** Copies every installed production dependency of the api workspace, keeping npm's layout. */
function copyProductionDependencies(root: string, target: string): void {
  const ls = spawnSync("npm", ["ls", "--workspace", "api", "--omit=dev", "--all", "--parseable"], {
    cwd: root,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  const installs = [join(root, "api", "node_modules"), join(root, "node_modules")];
  const packages = new Map<string, string>();
  for (const path of ls.stdout.split(/\r?\n/).filter(Boolean)) {
    // The api workspace's own node_modules wins over a hoisted copy of the same package.
    const install = installs.find((dir) => path.startsWith(dir + sep));
    if (!install) continue; // the workspace folders themselves
    const name = relative(install, path);
    if (name.startsWith("@learning-loop")) continue;
    if (!packages.has(name) || install === installs[0]) packages.set(name, path);
  }
  if (!packages.size)
    throw new Error(`\`npm ls --workspace api\` listed no dependencies; run \`npm ci\` first.\n${ls.stderr}`);
  // Parents first; a package nested inside an already copied one came along with it.
  const names = [...packages.keys()].sort(
    (a, b) => a.split(sep).length - b.split(sep).length || a.localeCompare(b),
  );
  const copied: string[] = [];
  for (const name of names) {
    if (copied.some((parent) => name.startsWith(parent + sep))) continue;
    cpSync(packages.get(name) as string, join(target, name), {
      recursive: true,
      dereference: true,
      filter: (source) => !TYPES_AND_SOURCE_MAPS.test(source),
    });
    copied.push(name);
  }
}

function parseArgs(argv: string[]): { env: EnvironmentName; api: boolean } {
  let env: string = "local";
  let api = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--api") api = true;
    else if (arg === "--env") env = argv[++i] ?? "";
    else if (arg.startsWith("--env=")) env = arg.slice("--env=".length);
    else
      throw new Error(`Unknown argument "${arg}". Usage: npm run package [-- --env local|dev] | [-- --api]`);
  }
  if (!(ENVIRONMENTS as readonly string[]).includes(env)) {
    throw new Error(`--env must be one of ${ENVIRONMENTS.join(", ")}, not "${env}".`);
  }
  return { env: env as EnvironmentName, api };
}

async function main() {
  const { env, api } = parseArgs(process.argv.slice(2));
  if (api) {
    const outDir = join(ROOT, "build", "api");
    stageApi({ root: ROOT, outDir });
    const zipPath = join(ROOT, "build", "api.zip");
    const entries = folderEntries(outDir);
    writeFileSync(zipPath, createZip(entries));
    console.log(`${relative(ROOT, zipPath)}: ${entries.length} files`);
    return;
  }
  const { zipPath, problems } = await packageTeamsApp(env);
  if (problems.length) {
    for (const problem of problems) console.error(`✗ ${problem}`);
    console.error(`${problems.length} problem(s); no package written.`);
    const values = readEnvironment(env);
    const used = placeholdersIn(readFileSync(join(ROOT, "appPackage", "manifest.json"), "utf8"));
    const empty = used.filter((name) => values[name] === "" && name !== "APP_NAME_SUFFIX");
    if (empty.length) {
      console.error(
        `Empty in env/.env.${env}: ${empty.join(", ")}. \`atk provision --env ${env}\` writes them.`,
      );
    }
    process.exitCode = 1;
    return;
  }
  console.log(
    `${relative(ROOT, zipPath as string)}: manifest.json, its language files and icons — valid for env "${env}"`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
