import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, inflateRawSync } from "node:zlib";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INDEXING_POLICY } from "../../api/src/cosmos/container";
import { renderIcons } from "../../scripts/make-icons";
import {
  checkAppPackage,
  createZip,
  folderEntries,
  parseEnvFile,
  placeholdersIn,
  readEnvironment,
  schemaProblems,
  stageApi,
} from "../../scripts/package-app";
import type { Manifest, PackageInput } from "../../scripts/package-app";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string) => readFileSync(join(root, path), "utf8");
const readBytes = (path: string) => readFileSync(join(root, path));

/** Reads a ZIP independently of the writer: central directory → local headers → inflate, with CRC checks. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + compressed);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(method === 0 || method === 8).toBe(true);
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const image = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) image.data.set(pixel(x, y), (y * size + x) * 4);
  }
  return PNG.sync.write(image);
}

/** The real local package input; each negative case changes one thing. */
function localInput(): PackageInput {
  return {
    manifestTemplate: read("appPackage/manifest.json"),
    values: readEnvironment("local", root),
    source: "env/.env.local",
    files: {
      "color.png": readBytes("appPackage/color.png"),
      "outline.png": readBytes("appPackage/outline.png"),
    },
  };
}

function editTemplate(input: PackageInput, edit: (manifest: Record<string, unknown>) => void): PackageInput {
  const manifest = JSON.parse(input.manifestTemplate) as Record<string, unknown>;
  edit(manifest);
  return { ...input, manifestTemplate: JSON.stringify(manifest) };
}

describe("npm run package -- --env local", () => {
  let files: Map<string, Buffer>;

  beforeAll(() => {
    const run = spawnSync("npm", ["run", "package", "--", "--env", "local"], { cwd: root, encoding: "utf8" });
    expect(run.stderr).not.toMatch(/✗/);
    expect(run.status).toBe(0);
    files = unzip(readBytes("appPackage/build/appPackage.local.zip"));
  });

  it("zips exactly the manifest and the two icons", () => {
    expect([...files.keys()].sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(files.get("color.png")?.equals(readBytes("appPackage/color.png"))).toBe(true);
    expect(files.get("outline.png")?.equals(readBytes("appPackage/outline.png"))).toBe(true);
  });

  it("contains a fully substituted manifest with zero schema errors", async () => {
    const text = files.get("manifest.json")?.toString("utf8") ?? "";
    expect(placeholdersIn(text)).toEqual([]);
    const manifest = JSON.parse(text) as Manifest;
    expect(manifest.id).toBe(readEnvironment("local", root).TEAMS_APP_ID);
    expect(manifest.manifestVersion).toBe("1.29");
    expect(await schemaProblems(manifest)).toEqual([]);
  });
});

describe("package validation", () => {
  it("accepts the real local package", async () => {
    expect((await checkAppPackage(localInput())).problems).toEqual([]);
  });

  it("reports an unknown tab context as a schema error", async () => {
    const input = editTemplate(localInput(), (manifest) => {
      const tabs = manifest.configurableTabs as { context: string[] }[];
      tabs[0]?.context.push("meetingLobby");
    });
    const { problems } = await checkAppPackage(input);
    expect(problems.some((p) => /schema v1\.29.*configurableTabs\/0\/context/.test(p))).toBe(true);
  });

  it("names a ${{VAR}} that the env file does not define", async () => {
    const input = localInput();
    const { TAB_DOMAIN: _removed, ...values } = input.values;
    const { problems } = await checkAppPackage({ ...input, values });
    expect(problems).toEqual(["manifest.json: ${{TAB_DOMAIN}} is not defined in env/.env.local"]);
  });

  it("rejects an icon of the wrong size", async () => {
    const input = localInput();
    const files = { ...input.files, "color.png": png(96, () => [15, 118, 110, 255]) };
    const { problems } = await checkAppPackage({ ...input, files });
    expect(problems).toEqual(["color.png: the color icon must be 192×192 pixels, not 96×96"]);
  });

  it("rejects an outline icon with a coloured pixel", async () => {
    const input = localInput();
    const outline = png(32, (x, y) =>
      x === 5 && y === 7 ? [255, 0, 0, 255] : [255, 255, 255, x > 16 ? 255 : 0],
    );
    const { problems } = await checkAppPackage({
      ...input,
      files: { ...input.files, "outline.png": outline },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /outline\.png: .*white and transparent.*1 do not.*\(5, 7\) is rgba\(255, 0, 0, 255\)/,
    );
  });

  it("rejects a URL outside validDomains", async () => {
    const input = editTemplate(localInput(), (manifest) => {
      (manifest.developer as Record<string, string>).privacyUrl = "https://elsewhere.example.com/privacy";
    });
    const { problems } = await checkAppPackage(input);
    expect(problems).toEqual([
      "manifest.json: developer.privacyUrl (elsewhere.example.com) is not inside validDomains [localhost:53000]",
    ]);
  });

  it("rejects ids that are not GUIDs", async () => {
    const input = localInput();
    const values = { ...input.values, TEAMS_APP_ID: "learning-loop", BOT_ID: "bot" };
    const { problems } = await checkAppPackage({ ...input, values });
    expect(problems).toContain('manifest.json: id must be a GUID, not "learning-loop"');
    expect(problems).toContain('manifest.json: bots[0].botId must be a GUID, not "bot"');
  });

  it("rejects an SSO resource that is not api://{valid domain}/{client id}", async () => {
    const input = editTemplate(localInput(), (manifest) => {
      (manifest.webApplicationInfo as Record<string, string>).resource = "api://${{AAD_APP_CLIENT_ID}}";
    });
    const { problems } = await checkAppPackage(input);
    expect(problems).toEqual([
      "manifest.json: webApplicationInfo.resource must be api://{a validDomains entry}/{webApplicationInfo.id}, not api://00000000-0000-4000-8000-000000000002",
    ]);
  });

  it("parses env files the way the toolkit writes them", () => {
    expect(parseEnvFile('# c\nA=1\nB=" (dev)"\nC=\nexport D=x # note\n')).toEqual({
      A: "1",
      B: " (dev)",
      C: "",
      D: "x",
    });
  });
});

describe("the manifest asks for what the features use and no more", () => {
  const manifest = JSON.parse(read("appPackage/manifest.json")) as {
    configurableTabs: {
      scopes: string[];
      context: string[];
      configurationUrl: string;
      canUpdateConfiguration: boolean;
    }[];
    bots: { scopes: string[]; isNotificationOnly: boolean }[];
    authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
    staticTabs?: unknown;
    composeExtensions?: unknown;
    permissions?: unknown;
    showLoadingIndicator: boolean;
    validDomains: string[];
    webApplicationInfo: { id: string; resource: string };
  };

  it("has one configurable tab for channels, group chats and every meeting surface", () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const [tab] = manifest.configurableTabs;
    expect(tab?.configurationUrl).toBe("${{TAB_ENDPOINT}}/index.html");
    expect(tab?.canUpdateConfiguration).toBe(true);
    expect(tab?.scopes).toEqual(["team", "groupChat"]);
    expect(tab?.context).toEqual([
      "channelTab",
      "privateChatTab",
      "meetingChatTab",
      "meetingDetailsTab",
      "meetingSidePanel",
      "meetingStage",
    ]);
    expect(manifest.staticTabs).toBeUndefined();
    expect(manifest.composeExtensions).toBeUndefined();
    expect(manifest.permissions).toBeUndefined();
  });

  it("has a conversational bot (it handles Action.Execute) in teams and group chats", () => {
    expect(manifest.bots).toEqual([
      expect.objectContaining({ scopes: ["team", "groupChat"], isNotificationOnly: false }),
    ]);
  });

  it("requests exactly the RSC permissions for stage sharing, meeting notifications and membership reads", () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: "MeetingStage.Write.Chat", type: "Delegated" },
      { name: "ChannelMeetingStage.Write.Group", type: "Delegated" },
      { name: "OnlineMeetingNotification.Send.Chat", type: "Application" },
      { name: "ChannelMeetingNotification.Send.Group", type: "Application" },
      { name: "ChatMember.Read.Chat", type: "Application" },
      { name: "TeamMember.Read.Group", type: "Application" },
    ]);
  });

  it("uses Teams SSO against the tab's domain and shows the loading indicator", () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: "${{AAD_APP_CLIENT_ID}}",
      resource: "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}",
    });
    expect(manifest.validDomains).toEqual(["${{TAB_DOMAIN}}"]);
    expect(manifest.showLoadingIndicator).toBe(true);
  });

  it("ships the icons scripts/make-icons.ts draws", () => {
    const { color, outline } = renderIcons();
    expect(color.equals(readBytes("appPackage/color.png"))).toBe(true);
    expect(outline.equals(readBytes("appPackage/outline.png"))).toBe(true);
  });
});

// ------------------------------------------------------------------------------------------------
// Toolkit project consistency

/** Action names of the toolkit's v1.9 yaml schema (resource/yaml-schema/v1.9/yaml.schema.json). */
const ACTIONS_V1_9 = new Set([
  "aadApp/create",
  "aadApp/update",
  "arm/deploy",
  "azureStorage/enableStaticWebsite",
  "cli/runNpmCommand",
  "cli/runDotnetCommand",
  "cli/runNpxCommand",
  "azureStorage/deploy",
  "azureAppService/zipDeploy",
  "azureFunctions/zipDeploy",
  "teamsApp/create",
  "teamsApp/validateManifest",
  "teamsApp/validateAppPackage",
  "teamsApp/validateWithTestCases",
  "teamsApp/zipAppPackage",
  "teamsApp/update",
  "teamsApp/publishAppPackage",
  "botAadApp/create",
  "botFramework/create",
  "file/createOrUpdateEnvironmentFile",
  "file/createOrUpdateJsonFile",
  "devTool/install",
  "teamsApp/extendToM365",
  "script",
  "azureStaticWebApps/getDeploymentToken",
]);
const TOP_LEVEL_KEYS = new Set([
  "version",
  "projectId",
  "environmentFolderPath",
  "additionalMetadata",
  "provision",
  "deploy",
  "publish",
  "share",
]);

/** Set by the person deploying, not by a step. */
const USER_SET = new Set([
  "TEAMSFX_ENV",
  "APP_NAME_SUFFIX",
  "AZURE_SUBSCRIPTION_ID",
  "AZURE_RESOURCE_GROUP_NAME",
  "ALLOWED_TENANTS",
  "BOT_TENANT_ID",
  "DEV_TUNNEL_URL",
]);
/** aadApp/update generates it when empty. */
const GENERATED_BY_AAD_UPDATE = "AAD_APP_ACCESS_AS_USER_PERMISSION_ID";

interface Step {
  phase: string;
  uses: string;
  lines: string[];
}

/**
 * A line-based reading of a toolkit yml (no YAML library is installed): checks indentation, the
 * top-level keys, and splits the lifecycles into steps.
 */
function readToolkitYaml(text: string): { topLevel: Map<string, string>; steps: Step[] } {
  const topLevel = new Map<string, string>();
  const steps: Step[] = [];
  let phase = "";
  for (const [index, line] of text.split("\n").entries()) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    expect(line, `line ${index + 1} indents with a tab`).not.toMatch(/^\t| \t/);
    expect((/^ */.exec(line)?.[0].length ?? 0) % 2, `line ${index + 1} is not indented by two spaces`).toBe(
      0,
    );
    const key = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (key) {
      topLevel.set(key[1] as string, key[2] as string);
      phase = key[1] as string;
      continue;
    }
    const uses = /^ {2}- uses: (\S+)\s*$/.exec(line);
    if (uses) steps.push({ phase, uses: uses[1] as string, lines: [] });
    else expect(steps.length, `line ${index + 1} is outside a step`).toBeGreaterThan(0);
    steps.at(-1)?.lines.push(line);
  }
  return { topLevel, steps };
}

/** Names a step writes: writeToEnvironmentFile values and `::set-teamsfx-env NAME=` outputs. */
function producedBy(step: Step): string[] {
  const names: string[] = [];
  let inBlock = -1;
  for (const line of step.lines) {
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    if (/^\s*writeToEnvironmentFile:\s*$/.test(line)) inBlock = indent;
    else if (inBlock >= 0 && indent > inBlock) names.push(/:\s*(\S+)\s*$/.exec(line)?.[1] ?? "");
    else inBlock = -1;
    names.push(...[...line.matchAll(/::set-teamsfx-env (\w+)=/g)].map((m) => m[1] as string));
  }
  return names;
}

function bicepOutputs(): Set<string> {
  return new Set([...read("infra/azure.bicep").matchAll(/^output (\w+) /gm)].map((m) => m[1] as string));
}

function bicepParams(): Map<string, { hasDefault: boolean }> {
  return new Map(
    [...read("infra/azure.bicep").matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => [
      m[1] as string,
      { hasDefault: !!m[2] },
    ]),
  );
}

const documentedSecrets = () =>
  new Set([...read("docs/deploy.md").matchAll(/\bSECRET_[A-Z0-9_]+/g)].map((m) => m[0]));

/** Files a step reads whose `${{NAME}}`s the toolkit substitutes. */
function filesUsedBy(step: Step): string[] {
  if (step.uses === "arm/deploy") return ["infra/azure.parameters.json"];
  if (step.uses === "aadApp/update") return ["aad.manifest.json"];
  if (step.uses === "teamsApp/validateManifest" || step.uses === "teamsApp/zipAppPackage")
    return ["appPackage/manifest.json"];
  return [];
}

describe.each([
  { yml: "teamsapp.yml", env: "dev", phases: ["provision", "deploy", "publish"] },
  { yml: "teamsapp.local.yml", env: "local", phases: ["provision", "deploy"] },
])("$yml", ({ yml, env, phases }) => {
  const text = read(yml);
  const { topLevel, steps } = readToolkitYaml(text);
  const envKeys = new Set(Object.keys(parseEnvFile(read(`env/.env.${env}`))));

  it("is a v1.9 toolkit file with known top-level keys and actions", () => {
    expect([...topLevel.keys()].every((key) => TOP_LEVEL_KEYS.has(key))).toBe(true);
    expect(topLevel.get("version")).toBe("v1.9");
    expect(topLevel.get("environmentFolderPath")).toBe("./env");
    expect([...new Set(steps.map((step) => step.phase))]).toEqual(phases);
    expect(steps.filter((step) => !ACTIONS_V1_9.has(step.uses))).toEqual([]);
  });

  it(`refers only to keys of env/.env.${env} or to secrets documented in docs/deploy.md`, () => {
    const secrets = documentedSecrets();
    const unknown = placeholdersIn(text).filter(
      (name) => !envKeys.has(name) && !(name.startsWith("SECRET_") && secrets.has(name)),
    );
    expect(unknown).toEqual([]);
    expect(placeholdersIn(text).filter((name) => name.startsWith("SECRET_") && envKeys.has(name))).toEqual(
      [],
    );
  });

  it(`writes only keys that env/.env.${env} lists (secrets go to the .user file and docs/deploy.md)`, () => {
    const secrets = documentedSecrets();
    const written = steps.flatMap(producedBy);
    expect(
      written.filter((name) => (name.startsWith("SECRET_") ? !secrets.has(name) : !envKeys.has(name))),
    ).toEqual([]);
  });

  it("uses every value only after a step, the env file or a Bicep output has produced it", () => {
    const available = new Set([...USER_SET, GENERATED_BY_AAD_UPDATE]);
    const late: string[] = [];
    for (const step of steps) {
      const refs = [
        ...placeholdersIn(step.lines.join("\n")),
        ...filesUsedBy(step).flatMap((file) => placeholdersIn(read(file))),
      ];
      late.push(...refs.filter((name) => !available.has(name)).map((name) => `${step.uses} uses ${name}`));
      for (const name of producedBy(step)) available.add(name);
      if (step.uses === "arm/deploy") for (const name of bicepOutputs()) available.add(name);
    }
    expect(late).toEqual([]);
  });
});

describe("infrastructure", () => {
  it("has a parameters file whose parameters match the template's and whose values come from env/.env.dev", () => {
    const file = JSON.parse(read("infra/azure.parameters.json")) as {
      parameters: Record<string, { value: unknown }>;
    };
    const params = bicepParams();
    expect(Object.keys(file.parameters).filter((name) => !params.has(name))).toEqual([]);
    const required = [...params].filter(([, { hasDefault }]) => !hasDefault).map(([name]) => name);
    expect(required.filter((name) => !(name in file.parameters))).toEqual([]);
    const envKeys = new Set(Object.keys(parseEnvFile(read("env/.env.dev"))));
    const secrets = documentedSecrets();
    const refs = placeholdersIn(read("infra/azure.parameters.json"));
    expect(
      refs.filter((name) => (name.startsWith("SECRET_") ? !secrets.has(name) : !envKeys.has(name))),
    ).toEqual([]);
  });

  it("outputs, under the names the toolkit files read, every Azure value they need", () => {
    const outputs = bicepOutputs();
    for (const name of [
      "TAB_DOMAIN",
      "TAB_ENDPOINT",
      "API_FUNCTION_ENDPOINT",
      "API_FUNCTION_RESOURCE_ID",
      "API_FUNCTION_APP_NAME",
      "AZURE_STATIC_WEB_APPS_RESOURCE_ID",
      "COSMOS_ENDPOINT",
    ]) {
      expect(outputs.has(name), name).toBe(true);
      expect(parseEnvFile(read("env/.env.dev")), name).toHaveProperty(name);
    }
  });

  it("creates the container the API expects: learningloop/items, /pk, TTL on, the composite index", () => {
    const bicep = read("infra/azure.bicep");
    expect(bicep).toMatch(/var databaseName = 'learningloop'/);
    expect(bicep).toMatch(/var containerName = 'items'/);
    expect(bicep).toMatch(/paths: \[\s*'\/pk'\s*\]/);
    expect(bicep).toMatch(/defaultTtl: -1/);
    expect(bicep).toMatch(/name: 'EnableServerless'/);
    const composite = /compositeIndexes: \[([\s\S]*?)\n {8}\]/.exec(bicep)?.[1] ?? "";
    const pairs = [...composite.matchAll(/path: '([^']+)'\s*order: '(\w+)'/g)].map((m) => ({
      path: m[1],
      order: m[2],
    }));
    expect([pairs]).toEqual(INDEXING_POLICY.compositeIndexes);
  });

  it("gives the Function App every setting the API, the bot and the Graph calls read", () => {
    const bicep = read("infra/azure.bicep");
    const settings = new Set([...bicep.matchAll(/name: '([A-Za-z_]+)'\n\s*value:/g)].map((m) => m[1]));
    for (const name of [
      "AUTH_MODE",
      "COSMOS_ENDPOINT",
      "COSMOS_KEY",
      "COSMOS_DATABASE",
      "COSMOS_CONTAINER",
      "AAD_APP_CLIENT_ID",
      "AAD_APP_CLIENT_SECRET",
      "AAD_APP_OAUTH_AUTHORITY_HOST",
      "TAB_DOMAIN",
      "TAB_ORIGIN",
      "ANONYMITY_SECRET",
      "ALLOWED_TENANTS",
      "BOT_ID",
      "BOT_PASSWORD",
      "BOT_TENANT_ID",
    ]) {
      expect(settings.has(name), name).toBe(true);
    }
    expect(bicep).toMatch(/name: 'AUTH_MODE'\n\s*value: 'entra'/);
    expect(bicep).toMatch(/cors: \{\s*allowedOrigins: \[\s*tabOrigin\s*\]/);
  });
});

describe("tabs/public/staticwebapp.config.json", () => {
  const config = JSON.parse(read("tabs/public/staticwebapp.config.json")) as {
    navigationFallback: { rewrite: string };
    globalHeaders: Record<string, string>;
  };

  it("lets the same Microsoft 365 hosts as the dev server frame the tab, without 'self'", () => {
    const list = /FRAME_ANCESTORS = \[([\s\S]*?)\]/.exec(read("tabs/vite.config.ts"))?.[1] ?? "";
    const devHosts = [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(devHosts).toContain("'self'");
    expect(config.globalHeaders["Content-Security-Policy"]).toBe(
      `frame-ancestors ${devHosts.filter((host) => host !== "'self'").join(" ")}`,
    );
  });

  it("falls back to the single page for any navigation", () => {
    expect(config.navigationFallback.rewrite).toBe("/index.html");
  });
});

describe("API deployment artifact", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "stage-api-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stages host.json, the bundle and a package.json npm can resolve outside the workspace", () => {
    const fixture = join(dir, "repo");
    mkdirSync(join(fixture, "api", "dist"), { recursive: true });
    writeFileSync(join(fixture, "api", "host.json"), read("api/host.json"));
    writeFileSync(join(fixture, "api", "dist", "index.js"), "export {};\n");
    writeFileSync(join(fixture, "api", "package.json"), read("api/package.json"));
    const out = join(dir, "out");
    stageApi({ root: fixture, outDir: out, withDependencies: false });

    const zip = unzip(createZip(folderEntries(out)));
    expect([...zip.keys()].sort()).toEqual(["dist/index.js", "host.json", "package.json"]);
    const staged = JSON.parse(zip.get("package.json")?.toString() ?? "{}") as Record<
      string,
      Record<string, string>
    >;
    const original = JSON.parse(read("api/package.json")) as Record<string, Record<string, string>>;
    expect(staged.main).toBe(original.main);
    expect(staged.type).toBe("module");
    expect(staged.devDependencies).toBeUndefined();
    expect(staged.scripts).toBeUndefined();
    expect(
      Object.keys(staged.dependencies ?? {}).filter((name) => name.startsWith("@learning-loop/")),
    ).toEqual([]);
    expect(staged.dependencies?.["@azure/functions"]).toBe(original.dependencies?.["@azure/functions"]);
  });

  it("writes archives that round-trip, stored and deflated entries alike", () => {
    const random = Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 73 + 41) % 256));
    const entries = [
      { name: "empty.txt", data: Buffer.alloc(0) },
      { name: "text/ü.txt", data: Buffer.from("loop ".repeat(500)) },
      { name: "bytes.bin", data: random },
    ];
    const files = unzip(createZip(entries));
    for (const { name, data } of entries) expect(files.get(name)?.equals(data), name).toBe(true);
  });
});
