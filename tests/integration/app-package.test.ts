import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, inflateRawSync } from "node:zlib";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { LESSONS_ENTITY_ID } from "@learning-loop/contract";
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
    localizations: Object.fromEntries(LOCALIZATION_FILES.map((name) => [name, read(`appPackage/${name}`)])),
  };
}

/** The manifest's language files (docs/i18n.md): one per language besides English. */
const LOCALIZATION_FILES = ["de.json", "fr.json", "es.json", "pt.json", "ja.json", "ar.json"];

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

  it("zips exactly the manifest, its language files and the two icons", () => {
    expect([...files.keys()].sort()).toEqual(
      ["color.png", "manifest.json", "outline.png", ...LOCALIZATION_FILES].sort(),
    );
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

  it("names a language file for every language the app speaks, substituted like the manifest", async () => {
    const { manifest, localizations } = await checkAppPackage(localInput());
    const info = manifest?.localizationInfo as {
      defaultLanguageTag: string;
      additionalLanguages: { languageTag: string; file: string }[];
    };
    expect(info.defaultLanguageTag).toBe("en-us");
    expect(info.additionalLanguages.map((entry) => entry.file).sort()).toEqual(
      [...LOCALIZATION_FILES].sort(),
    );
    for (const name of LOCALIZATION_FILES) {
      const localization = localizations[name] as Record<string, string>;
      expect(localization["name.short"], name).toBe(
        `Learning Loop${readEnvironment("local", root).APP_NAME_SUFFIX}`,
      );
      expect(localization["staticTabs[0].name"], name).toBeTruthy();
      expect(localization["description.full"], name).not.toBe(
        JSON.parse(read("appPackage/manifest.json")).description.full,
      );
    }
  });

  it("reports a language file that breaks the localization schema or is missing", async () => {
    const input = localInput();
    const french = JSON.parse(input.localizations!["fr.json"]!) as Record<string, string>;
    const tooLong = { ...french, "description.short": "x".repeat(81) };
    const { problems } = await checkAppPackage({
      ...input,
      localizations: { ...input.localizations, "fr.json": JSON.stringify(tooLong) },
    });
    expect(
      problems.some((p) => /^fr\.json \(localization schema v1\.29\): \/description\.short/.test(p)),
    ).toBe(true);
    const { "ja.json": _dropped, ...withoutJapanese } = input.localizations!;
    const missing = await checkAppPackage({ ...input, localizations: withoutJapanese });
    expect(missing.problems).toContain(
      "manifest.json: localizationInfo names ja.json that is not in appPackage/",
    );
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

  it("rejects a static tab whose page is outside validDomains", async () => {
    const input = editTemplate(localInput(), (manifest) => {
      const tabs = manifest.staticTabs as { contentUrl: string }[];
      if (tabs[0]) tabs[0].contentUrl = "https://elsewhere.example.com/index.html";
    });
    const { problems } = await checkAppPackage(input);
    expect(problems).toEqual([
      "manifest.json: staticTabs[0].contentUrl (elsewhere.example.com) is not inside validDomains [localhost:53000]",
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
    staticTabs: {
      entityId: string;
      name: string;
      contentUrl: string;
      websiteUrl: string;
      scopes: string[];
    }[];
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
    expect(manifest.composeExtensions).toBeUndefined();
    expect(manifest.permissions).toBeUndefined();
  });

  it("has one personal static tab, the tenant's lesson feed, on the page the configurable tab uses", () => {
    expect(manifest.staticTabs).toEqual([
      {
        entityId: LESSONS_ENTITY_ID,
        name: "Learning from other teams",
        contentUrl: "${{TAB_ENDPOINT}}/index.html",
        websiteUrl: "${{TAB_ENDPOINT}}/index.html",
        scopes: ["personal"],
      },
    ]);
    // The tab's page tells the personal app from the history by the context (no team, no chat).
    expect(manifest.staticTabs[0]?.contentUrl).toBe(manifest.configurableTabs[0]?.configurationUrl);
  });

  it("has a conversational bot (it handles Action.Execute) in teams and group chats", () => {
    expect(manifest.bots).toEqual([
      expect.objectContaining({ scopes: ["team", "groupChat"], isNotificationOnly: false }),
    ]);
  });

  it("requests exactly the RSC permissions for stage sharing, Live Share, meeting notifications, membership reads and channel meeting details", () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: "MeetingStage.Write.Chat", type: "Delegated" },
      { name: "ChannelMeetingStage.Write.Group", type: "Delegated" },
      { name: "LiveShareSession.ReadWrite.Chat", type: "Delegated" },
      { name: "LiveShareSession.ReadWrite.Group", type: "Delegated" },
      { name: "OnlineMeetingNotification.Send.Chat", type: "Application" },
      { name: "ChannelMeetingNotification.Send.Group", type: "Application" },
      { name: "ChatMember.Read.Chat", type: "Application" },
      { name: "TeamMember.Read.Group", type: "Application" },
      { name: "ChannelMeeting.ReadBasic.Group", type: "Application" },
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

/**
 * The actions this project uses, each as the toolkit's v1.14 yaml schema defines it
 * (packages/fx-core/resource/yaml-schema/v1.14/yaml.schema.json in OfficeDev/microsoft-365-agents-toolkit),
 * with the `with` keys the schema allows for the ones whose parameters matter here.
 */
const ACTIONS_V1_14: Record<string, string[] | undefined> = {
  "aadApp/create": [
    "name",
    "generateClientSecret",
    "generateServicePrincipal",
    "signInAudience",
    "serviceManagementReference",
    "clientSecretExpireDays",
    "clientSecretDescription",
  ],
  "aadApp/update": ["manifestPath", "outputFilePath"],
  "arm/deploy": ["subscriptionId", "resourceGroupName", "templates", "bicepCliVersion"],
  "botFramework/create": ["botId", "name", "messagingEndpoint", "description", "iconUrl", "channels"],
  "cli/runNpmCommand": undefined,
  "cli/runNpxCommand": undefined,
  "file/createOrUpdateEnvironmentFile": ["target", "envs"],
  script: undefined,
  "teamsApp/create": undefined,
  "teamsApp/validateManifest": undefined,
  "teamsApp/zipAppPackage": undefined,
  "teamsApp/validateAppPackage": undefined,
  "teamsApp/update": undefined,
  "teamsApp/publishAppPackage": undefined,
  "azureStaticWebApps/getDeploymentToken": undefined,
};
const SCHEMA_VERSION = "v1.14";
const SCHEMA_LINE = `# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/${SCHEMA_VERSION}/yaml.schema.json`;
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

/** Set by the person deploying (or by VS Code's local tunnel task), not by a step. */
const USER_SET = new Set([
  "TEAMSFX_ENV",
  "APP_NAME_SUFFIX",
  "AZURE_SUBSCRIPTION_ID",
  "AZURE_RESOURCE_GROUP_NAME",
  "ALLOWED_TENANTS",
  "DEV_TUNNEL_URL",
]);
/** aadApp/update generates it when empty. */
const GENERATED_BY_AAD_UPDATE = "AAD_APP_ACCESS_AS_USER_PERMISSION_ID";

interface Step {
  phase: string;
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
  env?: Record<string, string>;
}

interface ToolkitFile {
  text: string;
  doc: Record<string, unknown>;
  steps: Step[];
}

/** A toolkit yml read with a real YAML parser; every lifecycle flattened into its steps. */
function readToolkitYaml(path: string): ToolkitFile {
  const text = read(path);
  const doc = parseYaml(text) as Record<string, unknown>;
  const steps = Object.entries(doc)
    .filter(([, value]) => Array.isArray(value))
    .flatMap(([phase, list]) => (list as Omit<Step, "phase">[]).map((step) => ({ ...step, phase })));
  return { text, doc, steps };
}

/** Names a step writes: writeToEnvironmentFile values and `::set-teamsfx-env NAME=` outputs. */
function producedBy(step: Step): string[] {
  const run = typeof step.with?.run === "string" ? step.with.run : "";
  return [
    ...Object.values(step.writeToEnvironmentFile ?? {}),
    ...[...run.matchAll(/::set-teamsfx-env (\w+)=/g)].map((m) => m[1] as string),
  ];
}

const BICEP = read("infra/azure.bicep");

function bicepOutputs(): Set<string> {
  return new Set([...BICEP.matchAll(/^output (\w+) /gm)].map((m) => m[1] as string));
}

function bicepParams(): Map<string, { hasDefault: boolean }> {
  return new Map(
    [...BICEP.matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => [m[1] as string, { hasDefault: !!m[2] }]),
  );
}

/** Top-level Bicep resources with their type and body (brace-matched). */
function bicepResources(): Map<string, { type: string; body: string }> {
  const resources = new Map<string, { type: string; body: string }>();
  for (const m of BICEP.matchAll(/^resource (\w+) '([^'@]+)@[^']+' = (?:if \([^)]*\) )?\{/gm)) {
    let depth = 0;
    let end = (m.index ?? 0) + m[0].length - 1;
    for (; end < BICEP.length; end++) {
      if (BICEP[end] === "{") depth++;
      if (BICEP[end] === "}" && --depth === 0) break;
    }
    resources.set(m[1] as string, { type: m[2] as string, body: BICEP.slice(m.index, end + 1) });
  }
  return resources;
}

/** The Function App's app settings: name → the Bicep expression of its value. */
function appSettings(): Map<string, string> {
  return new Map(
    [...BICEP.matchAll(/\{\n\s*name: '([A-Za-z0-9_]+)'\n\s*value: (.+)\n\s*\}/g)].map((m) => [
      m[1] as string,
      (m[2] as string).trim(),
    ]),
  );
}

const documentedSecrets = () =>
  new Set([...read("docs/deploy.md").matchAll(/\bSECRET_[A-Z0-9_]+/g)].map((m) => m[0]));

/** Files a step reads whose `${{NAME}}`s the toolkit substitutes. */
function filesUsedBy(step: Step): string[] {
  if (step.uses === "arm/deploy") {
    return (step.with?.templates as { parameters: string }[]).map((t) => t.parameters.replace(/^\.\//, ""));
  }
  if (["aadApp/update", "teamsApp/validateManifest", "teamsApp/zipAppPackage"].includes(step.uses)) {
    return [String(step.with?.manifestPath).replace(/^\.\//, "")];
  }
  return [];
}

const TOOLKIT_FILES = [
  { yml: "teamsapp.yml", env: "dev", phases: ["provision", "deploy", "publish"] },
  { yml: "teamsapp.local.yml", env: "local", phases: ["provision", "deploy"] },
  { yml: "teamsapp.playground.yml", env: "playground", phases: ["deploy"] },
];

describe.each(TOOLKIT_FILES)("$yml", ({ yml, env, phases }) => {
  const file = readToolkitYaml(yml);
  const envKeys = new Set(Object.keys(parseEnvFile(read(`env/.env.${env}`))));

  it(`is a ${SCHEMA_VERSION} toolkit file with known top-level keys, actions and action parameters`, () => {
    expect(file.text.split("\n")[0]).toBe(SCHEMA_LINE);
    expect(Object.keys(file.doc).filter((key) => !TOP_LEVEL_KEYS.has(key))).toEqual([]);
    expect(file.doc.version).toBe(SCHEMA_VERSION);
    expect(file.doc.environmentFolderPath).toBe("./env");
    expect([...new Set(file.steps.map((step) => step.phase))]).toEqual(phases);
    expect(file.steps.filter((step) => !(step.uses in ACTIONS_V1_14)).map((step) => step.uses)).toEqual([]);
    for (const step of file.steps) {
      const allowed = ACTIONS_V1_14[step.uses];
      if (allowed)
        expect(
          Object.keys(step.with ?? {}).filter((key) => !allowed.includes(key)),
          step.uses,
        ).toEqual([]);
    }
  });

  it(`refers only to keys of env/.env.${env} or to secrets documented in docs/deploy.md`, () => {
    const secrets = documentedSecrets();
    const unknown = placeholdersIn(file.text).filter(
      (name) => !envKeys.has(name) && !(name.startsWith("SECRET_") && secrets.has(name)),
    );
    expect(unknown).toEqual([]);
    expect(
      placeholdersIn(file.text).filter((name) => name.startsWith("SECRET_") && envKeys.has(name)),
    ).toEqual([]);
  });

  it(`writes only keys that env/.env.${env} lists (secrets go to the .user file and docs/deploy.md)`, () => {
    const secrets = documentedSecrets();
    const written = file.steps.flatMap(producedBy);
    expect(
      written.filter((name) => (name.startsWith("SECRET_") ? !secrets.has(name) : !envKeys.has(name))),
    ).toEqual([]);
  });

  it("uses every value only after a step, the env file or a Bicep output has produced it", () => {
    // Values the env file ships filled in (placeholders, names) are available from the start.
    const preset = Object.entries(parseEnvFile(read(`env/.env.${env}`)))
      .filter(([, value]) => value !== "")
      .map(([name]) => name);
    const available = new Set([
      ...USER_SET,
      GENERATED_BY_AAD_UPDATE,
      ...(env === "playground" ? preset : []),
    ]);
    const late: string[] = [];
    for (const step of file.steps) {
      const refs = [
        ...placeholdersIn(JSON.stringify(step)),
        ...filesUsedBy(step).flatMap((path) => placeholdersIn(read(path))),
      ];
      late.push(...refs.filter((name) => !available.has(name)).map((name) => `${step.uses} uses ${name}`));
      for (const name of producedBy(step)) available.add(name);
      if (step.uses === "arm/deploy") for (const name of bicepOutputs()) available.add(name);
    }
    expect(late).toEqual([]);
  });
});

describe("the bot is single-tenant or a user-assigned managed identity everywhere", () => {
  const files = [
    "teamsapp.yml",
    "teamsapp.local.yml",
    "teamsapp.playground.yml",
    "env/.env.dev",
    "env/.env.local",
    "env/.env.playground",
    "infra/azure.bicep",
    "infra/azure.parameters.json",
  ];

  it("never uses the multi-tenant pattern (botAadApp/create, the botframework.com tenant, MultiTenant)", () => {
    for (const path of files) {
      expect(read(path), path).not.toMatch(
        /botAadApp\/create|botframework\.com|MultiTenant|AzureADMultipleOrgs/,
      );
    }
  });

  it("in Azure: an Azure Bot signed in as the API's user-assigned identity, with no bot password", () => {
    const bot = [...bicepResources().values()].find((r) => r.type === "Microsoft.BotService/botServices");
    expect(bot?.body).toMatch(/msaAppType: 'UserAssignedMSI'/);
    expect(bot?.body).toMatch(/msaAppId: apiIdentity\.properties\.clientId/);
    expect(bot?.body).toMatch(/msaAppMSIResourceId: apiIdentity\.id/);
    expect(bot?.body).toMatch(/msaAppTenantId: apiIdentity\.properties\.tenantId/);
    expect(bot?.body).toMatch(
      /endpoint: 'https:\/\/\$\{functionApp\.properties\.defaultHostName\}\/api\/messages'/,
    );
    const channel = [...bicepResources().values()].find(
      (r) => r.type === "Microsoft.BotService/botServices/channels",
    );
    expect(channel?.body).toMatch(/channelName: 'MsTeamsChannel'/);
    const settings = appSettings();
    expect(settings.get("BOT_ID")).toBe("apiIdentity.properties.clientId");
    expect(settings.get("BOT_TENANT_ID")).toBe("apiIdentity.properties.tenantId");
    expect(settings.get("BOT_CREDENTIAL")).toBe("'managedIdentity'");
    expect(settings.has("BOT_PASSWORD")).toBe(false);
    expect(BICEP).toMatch(/^output BOT_ID string = apiIdentity\.properties\.clientId$/m);
    expect(BICEP).toMatch(/^output BOT_TENANT_ID string = apiIdentity\.properties\.tenantId$/m);
    expect(readToolkitYaml("teamsapp.yml").steps.map((s) => s.uses)).not.toContain("botFramework/create");
  });

  it("locally: a single-tenant Entra app with a service principal and a secret, registered for Teams", () => {
    const { steps } = readToolkitYaml("teamsapp.local.yml");
    const app = steps.find(
      (s) => s.uses === "aadApp/create" && s.writeToEnvironmentFile?.clientId === "BOT_ID",
    );
    expect(app?.with).toMatchObject({
      signInAudience: "AzureADMyOrg",
      generateServicePrincipal: true,
      generateClientSecret: true,
    });
    expect(app?.writeToEnvironmentFile).toMatchObject({
      clientSecret: "SECRET_BOT_PASSWORD",
      tenantId: "BOT_TENANT_ID",
    });
    const registration = steps.find((s) => s.uses === "botFramework/create");
    expect(registration?.with?.botId).toBe("${{BOT_ID}}");
    const configs = steps.find((s) => s.uses === "file/createOrUpdateEnvironmentFile")?.with?.envs;
    expect(configs).toMatchObject({
      BOT_ID: "${{BOT_ID}}",
      BOT_PASSWORD: "${{SECRET_BOT_PASSWORD}}",
      BOT_TENANT_ID: "${{BOT_TENANT_ID}}",
      BOT_CREDENTIAL: "secret",
    });
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

  it("outputs, under the names the toolkit files read, every Azure value they need, and env/.env.dev lists each", () => {
    const outputs = bicepOutputs();
    const envKeys = parseEnvFile(read("env/.env.dev"));
    for (const name of outputs) expect(envKeys, name).toHaveProperty(name);
    for (const name of [
      "TAB_DOMAIN",
      "TAB_ENDPOINT",
      "API_FUNCTION_ENDPOINT",
      "API_FUNCTION_RESOURCE_ID",
      "API_FUNCTION_APP_NAME",
      "AZURE_STATIC_WEB_APPS_RESOURCE_ID",
      "COSMOS_ENDPOINT",
      "BOT_ID",
      "BOT_TENANT_ID",
    ]) {
      expect(outputs.has(name), name).toBe(true);
    }
  });

  it("creates the container the API expects: learningloop/items, /pk, TTL on, the composite index", () => {
    expect(BICEP).toMatch(/var databaseName = 'learningloop'/);
    expect(BICEP).toMatch(/var containerName = 'items'/);
    expect(BICEP).toMatch(/paths: \[\s*'\/pk'\s*\]/);
    expect(BICEP).toMatch(/defaultTtl: -1/);
    expect(BICEP).toMatch(/name: 'EnableServerless'/);
    const composite = /compositeIndexes: \[([\s\S]*?)\n {8}\]/.exec(BICEP)?.[1] ?? "";
    // One group per `[ … ]` at the list's indentation, each a list of { path, order }.
    const groups = composite.split(/\n {10}\]/).filter((group) => group.includes("path:"));
    const indexes = groups.map((group) =>
      [...group.matchAll(/path: '([^']+)'\s*order: '(\w+)'/g)].map((m) => ({ path: m[1], order: m[2] })),
    );
    expect(indexes).toEqual(INDEXING_POLICY.compositeIndexes);
  });

  it("gives the Function App every setting the API, the bot and the Graph calls read, on Node 22", () => {
    const settings = appSettings();
    for (const name of [
      "AUTH_MODE",
      "AZURE_CLIENT_ID",
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
      "BOT_TENANT_ID",
      "BOT_CREDENTIAL",
      "TEAMS_APP_ID",
    ]) {
      expect(settings.has(name), name).toBe(true);
    }
    expect(settings.get("AUTH_MODE")).toBe("'entra'");
    expect(resource("functionApp").body).toMatch(/runtime: \{\s*name: 'node'\s*version: '22'\s*\}/);
  });

  it("keeps every secret in Key Vault: secure parameters feed vault secrets only, and app settings refer to them", () => {
    const resources = bicepResources();
    const vault = resource("keyVault");
    expect(vault.type).toBe("Microsoft.KeyVault/vaults");
    expect(vault.body).toMatch(/enableRbacAuthorization: true/);
    const secureParams = [...BICEP.matchAll(/@secure\(\)\n(?:@.*\n)*param (\w+) /g)].map(
      (m) => m[1] as string,
    );
    expect(secureParams.sort()).toEqual(["aadAppClientSecret", "anonymitySecret"]);
    const vaultSecrets = [...resources.values()].filter(
      (r) => r.type === "Microsoft.KeyVault/vaults/secrets",
    );
    for (const param of secureParams) {
      const uses = [...BICEP.matchAll(new RegExp(`\\b${param}\\b`, "g"))].length;
      // Once declared, once (in its @description-free body) as a vault secret's value.
      expect(uses, param).toBe(2);
      expect(
        vaultSecrets.filter((r) => new RegExp(`value: ${param}\\n`).test(r.body)),
        param,
      ).toHaveLength(1);
    }
    const settings = appSettings();
    const reference = /^keyVaultReference\((\w+)\.properties\.secretUri\)$/;
    expect(settings.get("AAD_APP_CLIENT_SECRET")).toMatch(reference);
    expect(settings.get("ANONYMITY_SECRET")).toMatch(reference);
    expect(settings.get("COSMOS_KEY")).toMatch(
      /^keyVaultReference\('\$\{keyVault\.properties\.vaultUri\}secrets\//,
    );
    expect(BICEP).toMatch(
      /func keyVaultReference\(secretUri string\) string => '@Microsoft\.KeyVault\(SecretUri=\$\{secretUri\}\)'/,
    );
    for (const name of ["AAD_APP_CLIENT_SECRET", "ANONYMITY_SECRET"]) {
      const secret = reference.exec(settings.get(name) ?? "")?.[1] ?? "";
      expect(resources.get(secret)?.type, name).toBe("Microsoft.KeyVault/vaults/secrets");
    }
    expect(BICEP).not.toMatch(/listKeys\(\)[^\n]*\n[^\n]*\}\s*\n\]/); // no key straight into a setting
  });

  it("resolves Key Vault references, Cosmos DB, storage and the bot with one user-assigned identity", () => {
    const identity = resource("apiIdentity");
    expect(identity.type).toBe("Microsoft.ManagedIdentity/userAssignedIdentities");
    const app = resource("functionApp").body;
    expect(app).toMatch(
      /identity: \{\s*type: 'UserAssigned'\s*userAssignedIdentities: \{\s*'\$\{apiIdentity\.id\}': \{\}/,
    );
    expect(app).toMatch(/keyVaultReferenceIdentity: apiIdentity\.id/);
    expect(app).toMatch(/type: 'UserAssignedIdentity'\s*userAssignedIdentityResourceId: apiIdentity\.id/);
    expect(app).not.toMatch(/SystemAssigned/);
    const settings = appSettings();
    expect(settings.get("AZURE_CLIENT_ID")).toBe("apiIdentity.properties.clientId");
    expect(settings.get("AzureWebJobsStorage__clientId")).toBe("apiIdentity.properties.clientId");
    expect(settings.get("AzureWebJobsStorage__credential")).toBe("'managedidentity'");
    // Key Vault Secrets User on the vault, Cosmos DB Built-in Data Contributor on the account, Storage
    // Blob Data Owner on the account: each for that identity's principal.
    const kv = resource("keyVaultSecretsUserRoleAssignment").body;
    expect(BICEP).toMatch(/var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'/);
    expect(kv).toMatch(/scope: keyVault\n/);
    expect(kv).toMatch(/roleDefinitions', keyVaultSecretsUserRoleId\)/);
    const cosmos = resource("cosmosRoleAssignment").body;
    expect(BICEP).toMatch(/var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'/);
    expect(cosmos).toMatch(/parent: cosmos\n/);
    for (const body of [kv, cosmos, resource("storageRoleAssignment").body]) {
      expect(body).toMatch(/principalId: apiIdentity\.properties\.principalId/);
    }
    const principals = new Set(
      [...BICEP.matchAll(/principalId: (\S+)/g)].map((m) =>
        (m[1] as string).replace(/\.properties\.principalId$/, ""),
      ),
    );
    expect([...principals]).toEqual(["apiIdentity"]);
    expect(BICEP).not.toMatch(/DefaultAzureCredential|identity\.principalId/);
    expect(read("api/src/cosmos/container.ts")).toMatch(/new ManagedIdentityCredential\(\{ clientId: /);
    expect(read("api/src/cosmos/container.ts")).not.toMatch(/DefaultAzureCredential/);
  });

  it("enables source maps: the bundle carries them and the Node worker loads them", () => {
    expect(read("scripts/build-api.ts")).toMatch(/sourcemap: true/);
    expect(appSettings().get("NODE_OPTIONS")).toBe("'--enable-source-maps'");
  });

  it("lets the tab's origin only through platform CORS, and the API exposes every header the tab reads", () => {
    const cors = /cors: \{\s*allowedOrigins: \[\s*(\w+)\s*\]\s*supportCredentials: false\s*\}/.exec(BICEP);
    expect(cors?.[1]).toBe("tabOrigin");
    expect(appSettings().get("TAB_ORIGIN")).toBe("tabOrigin");
    const exposed = (
      /"access-control-expose-headers": "([^"]+)"/.exec(read("api/src/http/route.ts"))?.[1] ?? ""
    )
      .split(",")
      .map((name) => name.trim().toLowerCase());
    expect(exposed.length).toBeGreaterThan(0);
    const tabSources = ["tabs/src/api/api-client.ts", "tabs/src/auth/api-error.ts"].map(read);
    const read_ = new Set(
      tabSources.flatMap((text) =>
        [...text.matchAll(/headers\.get\("([^"]+)"\)/g)].map((m) => (m[1] as string).toLowerCase()),
      ),
    );
    expect(read_.size).toBeGreaterThan(0);
    expect([...read_].filter((name) => !exposed.includes(name))).toEqual([]);
  });
});

function resource(name: string): { type: string; body: string } {
  const found = bicepResources().get(name);
  expect(found, name).toBeDefined();
  return found as { type: string; body: string };
}

describe(".vscode: the toolkit's debug in Teams and Playground flows", () => {
  interface Task {
    label: string;
    type?: string;
    command?: string;
    dependsOn?: string[];
    args?: Record<string, unknown>;
  }
  interface LaunchConfig {
    name: string;
    type: string;
    runtimeExecutable?: string;
    args?: string[];
    envFile?: string;
    url?: string;
    preLaunchTask?: string;
  }
  const tasks = (JSON.parse(read(".vscode/tasks.json")) as { tasks: Task[] }).tasks;
  const launch = JSON.parse(read(".vscode/launch.json")) as {
    configurations: LaunchConfig[];
    compounds: { name: string; configurations: string[]; preLaunchTask: string }[];
  };
  const labels = new Set(tasks.map((task) => task.label));
  const names = new Set(launch.configurations.map((config) => config.name));
  const workspace = (path: string) => path.replace("${workspaceFolder}/", "");

  it("is committed, not ignored", () => {
    const ignored = spawnSync("git", ["check-ignore", ".vscode/launch.json", ".vscode/tasks.json"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(ignored.stdout).toBe("");
  });

  it("names only tasks and configurations that exist, and offers both flows", () => {
    const wanted = tasks.flatMap((task) => task.dependsOn ?? []);
    wanted.push(...launch.compounds.map((compound) => compound.preLaunchTask));
    expect(wanted.filter((label) => !labels.has(label))).toEqual([]);
    expect(launch.compounds.flatMap((c) => c.configurations).filter((name) => !names.has(name))).toEqual([]);
    expect(launch.compounds.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Debug in Microsoft 365 Agents Playground", "Debug in Teams (Edge)"]),
    );
  });

  it("runs the toolkit's provision and deploy on yml and env files that exist", () => {
    const lifecycle = tasks.filter(
      (task) => task.type === "teamsfx" && ["provision", "deploy"].includes(task.command ?? ""),
    );
    expect(lifecycle.length).toBeGreaterThanOrEqual(3);
    for (const task of lifecycle) {
      const env = String(task.args?.env);
      const yml = env === "dev" ? "teamsapp.yml" : `teamsapp.${env}.yml`;
      expect(existsSync(join(root, yml)), yml).toBe(true);
      expect(existsSync(join(root, `env/.env.${env}`)), env).toBe(true);
      expect(readToolkitYaml(yml).doc, yml).toHaveProperty(task.command ?? "");
    }
  });

  it("starts the local stack the way npm start does, with the settings the deploy steps write", () => {
    const start = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts.start;
    expect(start).toBe("tsx scripts/start.ts");
    const stacks = launch.configurations.filter((config) => config.args?.includes("scripts/start.ts"));
    expect(stacks).toHaveLength(2);
    const written = new Set(
      TOOLKIT_FILES.flatMap(({ yml }) =>
        readToolkitYaml(yml)
          .steps.filter((step) => step.uses === "file/createOrUpdateEnvironmentFile")
          .map((step) => String(step.with?.target).replace(/^\.\//, "")),
      ),
    );
    for (const config of stacks) {
      expect(existsSync(join(root, workspace(config.runtimeExecutable ?? "")))).toBe(true);
      expect(written.has(workspace(config.envFile ?? "")), config.envFile).toBe(true);
    }
  });

  it("tunnels the port the tab is served on into DEV_TUNNEL_URL, and checks the stack's ports", () => {
    const tunnel = tasks.find((task) => task.command === "debug-start-local-tunnel");
    const ports = tunnel?.args?.ports as {
      portNumber: number;
      writeToEnvironmentFile: { endpoint: string };
    }[];
    const tabsPort = Number(
      /tabs: Number\(process\.env\.TABS_PORT \?\? (\d+)\)/.exec(read("scripts/start.ts"))?.[1],
    );
    expect(ports.map((p) => p.portNumber)).toEqual([tabsPort]);
    expect(ports[0]?.writeToEnvironmentFile.endpoint).toBe("DEV_TUNNEL_URL");
    expect(parseEnvFile(read("env/.env.local"))).toHaveProperty("DEV_TUNNEL_URL");
    for (const task of tasks.filter((t) => t.command === "debug-check-prerequisites")) {
      expect(task.args?.portOccupancy).toEqual(expect.arrayContaining([tabsPort, 7071, 8081]));
    }
  });

  it("starts the Playground from the project's own install, with the Playground config the tests use", async () => {
    const playground = tasks.find((task) => task.label === "Start Microsoft 365 Agents Playground");
    expect(playground?.command).toMatch(
      /^npx agentsplayground -e http:\/\/127\.0\.0\.1:7071\/api\/messages -c msteams/,
    );
    expect(existsSync(join(root, "node_modules/.bin/agentsplayground"))).toBe(true);
    const { PLAYGROUND_CONFIG } = await import("../support/playground");
    expect(parseYaml(read(".m365agentsplayground.yml"))).toEqual(PLAYGROUND_CONFIG);
    const envs = readToolkitYaml("teamsapp.playground.yml").steps.find(
      (step) => step.uses === "file/createOrUpdateEnvironmentFile",
    )?.with?.envs;
    expect(envs).toMatchObject({ BOT_AUTH: "playground" });
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
    writeFileSync(join(fixture, "api", "dist", "index.js.map"), '{"version":3,"mappings":""}\n');
    writeFileSync(join(fixture, "api", "package.json"), read("api/package.json"));
    const out = join(dir, "out");
    stageApi({ root: fixture, outDir: out, withDependencies: false });

    const zip = unzip(createZip(folderEntries(out)));
    // The bundle's source map ships beside it, for NODE_OPTIONS=--enable-source-maps in Azure.
    expect([...zip.keys()].sort()).toEqual([
      "dist/index.js",
      "dist/index.js.map",
      "host.json",
      "package.json",
    ]);
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
