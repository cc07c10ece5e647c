/**
 * `npx tsx scripts/check-translation.ts <language>`: checks one language's files against English
 * before the language is switched on (docs/i18n.md): every tab catalog (`messages.<language>.ts`),
 * the prompt library, the API strings and the manifest file have every key, the same placeholders,
 * and messages that parse. Prints what is missing or wrong; exits 1 if anything is.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseMessage, placeholdersOf } from "@learning-loop/contract";
import { PROMPT_LIBRARY } from "../api/src/prompts/library";
import { en as apiEnglish } from "../api/src/i18n/strings";

const language = process.argv[2] ?? "";
if (!/^[a-z]{2}$/.test(language)) {
  console.error("usage: npx tsx scripts/check-translation.ts <language key, e.g. fr>");
  process.exit(2);
}
const root = join(import.meta.dirname, "..");
const problems: string[] = [];

function compare(
  where: string,
  english: Record<string, unknown>,
  translated: Record<string, unknown> | undefined,
) {
  if (!translated) {
    problems.push(`${where}: missing`);
    return;
  }
  for (const [key, value] of Object.entries(english)) {
    const other = translated[key];
    if (typeof value === "object" && value !== null) {
      compare(
        `${where} ${key}`,
        value as Record<string, unknown>,
        other as Record<string, unknown> | undefined,
      );
      continue;
    }
    if (typeof other !== "string" || other.trim() === "") {
      problems.push(`${where}: "${key}" is missing`);
      continue;
    }
    try {
      const expected = placeholdersOf(String(value)).join(", ");
      const actual = placeholdersOf(other).join(", ");
      if (expected !== actual) problems.push(`${where}: "${key}" has {${actual}}, English has {${expected}}`);
      parseMessage(other);
    } catch (error) {
      problems.push(`${where}: "${key}" does not parse: ${(error as Error).message}`);
    }
  }
  for (const key of Object.keys(translated)) {
    if (!(key in english)) problems.push(`${where}: "${key}" is not an English key`);
  }
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /(^|-)messages\.ts$/.test(entry.name) || path.endsWith(join("i18n", "messages", "common.ts"))
      ? [path]
      : [];
  });
}

for (const source of sources(join(root, "tabs/src"))) {
  const english = Object.values((await import(pathToFileURL(source).href)) as Record<string, object>)[0]!;
  const target = join(dirname(source), `${basename(source, ".ts")}.${language}.ts`);
  const where = relative(root, target);
  if (!existsSync(target)) {
    problems.push(`${where}: missing`);
    continue;
  }
  const module = (await import(pathToFileURL(target).href)) as Record<string, Record<string, unknown>>;
  compare(where, english as Record<string, unknown>, module[language]);
}

const libraryFile = join(root, `contract/src/library/${language}.ts`);
if (existsSync(libraryFile)) {
  const library = (
    (await import(pathToFileURL(libraryFile).href)) as Record<
      string,
      Record<string, { text?: string; hint?: string }>
    >
  )[language];
  for (const prompt of PROMPT_LIBRARY) {
    const entry = library?.[prompt.id];
    if (!entry?.text || !entry.hint)
      problems.push(`contract/src/library/${language}.ts: "${prompt.id}" needs text and hint`);
  }
} else problems.push(`contract/src/library/${language}.ts: missing`);

const apiFile = join(root, `api/src/i18n/strings.${language}.ts`);
if (existsSync(apiFile)) {
  const module = (await import(pathToFileURL(apiFile).href)) as Record<string, Record<string, unknown>>;
  compare(`api/src/i18n/strings.${language}.ts`, apiEnglish, module[language]);
} else problems.push(`api/src/i18n/strings.${language}.ts: missing`);

const manifestFile = join(root, `appPackage/${language}.json`);
if (existsSync(manifestFile)) {
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Record<string, string>;
  for (const key of [
    "name.short",
    "name.full",
    "description.short",
    "description.full",
    "staticTabs[0].name",
  ]) {
    if (!manifest[key]) problems.push(`appPackage/${language}.json: "${key}" is missing`);
  }
  const limits: Record<string, number> = {
    "name.short": 30,
    "name.full": 100,
    "description.short": 80,
    "description.full": 4000,
  };
  for (const [key, max] of Object.entries(limits)) {
    const length = (manifest[key] ?? "").replace("${{APP_NAME_SUFFIX}}", "").length;
    if (length > max)
      problems.push(`appPackage/${language}.json: "${key}" is ${length} characters, at most ${max}`);
  }
} else problems.push(`appPackage/${language}.json: missing`);

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`${language}: every catalog complete, placeholders match, every message parses`);
