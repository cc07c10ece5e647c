import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Someone who clones the repository must be able to follow every reference in it: the design is
 * docs/architecture.md, not a document beside the checkout, and the docs' links lead somewhere.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));

function trackedTextFiles(): { file: string; text: string }[] {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
    .split("\0")
    .filter(Boolean)
    .filter((file) => !/(^|\/)(node_modules|dist)\//.test(file));
  const texts: { file: string; text: string }[] = [];
  for (const file of files) {
    const full = path.join(root, file);
    // Tracked but deleted in the working tree, or a directory (a submodule): nothing to read.
    if (!existsSync(full) || !statSync(full).isFile()) continue;
    const text = readFileSync(full, "utf8");
    if (text.includes("\0")) continue;
    texts.push({ file, text });
  }
  return texts;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/**
 * Mentions of the design documents that once lived beside the checkout, wherever they appear:
 * "<NAME> §n", "<NAME>.md" and the absolute path of that folder. Built from their parts, so that
 * this file (which is checked too) names none of them itself.
 */
const OUTSIDE_NAMES = ["ARCHI" + "TECTURE", "PRO" + "DUCT"];
const OUTSIDE_FOLDER = "sha" + "red";
const OUTSIDE_DOCUMENTS = [
  ...OUTSIDE_NAMES.flatMap((name) => [new RegExp(`${name} §`, "g"), new RegExp(`${name}\\.md`, "g")]),
  new RegExp(`/work/${OUTSIDE_FOLDER}\\b`, "g"),
];

/**
 * A path that climbs (`../`) into a folder named like that one is a reference out of the repository
 * unless, read from the file's own folder, it lands in a folder that exists in the repository (say,
 * an import of a module folder of that name).
 */
function outsideSharedPaths(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(`((?:\\.\\./)+)${OUTSIDE_FOLDER}\\b`, "g"))) {
    const target = path.resolve(root, path.dirname(file), match[1] ?? "", OUTSIDE_FOLDER);
    const inside = !path.relative(root, target).startsWith("..") && existsSync(target);
    if (!inside) found.push(`${file}:${lineOf(text, match.index)}: ${match[0]}`);
  }
  for (const match of text.matchAll(new RegExp(`(?<![\\w.-]/)\\b${OUTSIDE_FOLDER}/(?:notes|seed)\\b`, "g"))) {
    found.push(`${file}:${lineOf(text, match.index)}: ${match[0]}`);
  }
  return found;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown).split("\n")) {
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading?.[1]) continue;
    const slug = heading[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Fenced blocks and inline code spans show text, not links; blanked so that line numbers stay. */
const withoutFences = (markdown: string) =>
  markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, " "));

const withoutCode = (markdown: string) =>
  withoutFences(markdown).replace(/`[^`\n]*`/g, (span) => " ".repeat(span.length));

function markdownLinks(markdown: string): { target: string; line: number }[] {
  const text = withoutCode(markdown);
  const links: { target: string; line: number }[] = [];
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ target: match[1] ?? "", line: lineOf(text, match.index) });
  }
  for (const match of text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    links.push({ target: match[1] ?? "", line: lineOf(text, match.index) });
  }
  return links;
}

function docsPages(): string[] {
  const docs = readdirSync(path.join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`);
  return ["README.md", ...docs];
}

describe("the repository stands on its own", () => {
  it("mentions no design document outside the repository", () => {
    const found: string[] = [];
    for (const { file, text } of trackedTextFiles()) {
      for (const pattern of OUTSIDE_DOCUMENTS) {
        for (const match of text.matchAll(pattern)) {
          found.push(`${file}:${lineOf(text, match.index)}: ${match[0]}`);
        }
      }
      found.push(...outsideSharedPaths(file, text));
    }
    expect(found, "point at docs/architecture.md (or say the reason inline) instead").toEqual([]);
  });

  it("has README.md and docs/*.md link only to files (and headings) that exist", () => {
    const broken: string[] = [];
    for (const page of docsPages()) {
      const markdown = readFileSync(path.join(root, page), "utf8");
      for (const { target, line } of markdownLinks(markdown)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const [file = "", anchor] = decodeURI(target).split("#");
        const resolved = file ? path.resolve(root, path.dirname(page), file) : path.join(root, page);
        const where = `${page}:${line}: ${target}`;
        if (path.relative(root, resolved).startsWith("..")) {
          broken.push(`${where} (outside the repository)`);
        } else if (!existsSync(resolved)) {
          broken.push(`${where} (no such file)`);
        } else if (anchor && resolved.endsWith(".md")) {
          if (!anchorsOf(readFileSync(resolved, "utf8")).has(anchor))
            broken.push(`${where} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("finds what it looks for", () => {
    expect(markdownLinks("[a](docs/x.md) `[b](no.md)`\n[c]: ../y.md\n").map((link) => link.target)).toEqual([
      "docs/x.md",
      "../y.md",
    ]);
    expect(anchorsOf("# 2. Local stack (`npm start`)\n## Budgets not met, and why\n## A\n## A\n")).toEqual(
      new Set(["2-local-stack-npm-start", "budgets-not-met-and-why", "a", "a-1"]),
    );
    const [design] = OUTSIDE_NAMES;
    const folder = OUTSIDE_FOLDER;
    const mentions = (text: string) => OUTSIDE_DOCUMENTS.filter((pattern) => text.match(pattern)).length;
    expect(mentions(`see ${design} §4`)).toBe(1);
    expect(mentions(`see ${design}.md`)).toBe(1);
    expect(mentions("see docs/architecture.md §4")).toBe(0);
    expect(outsideSharedPaths("docs/x.md", `see ../${folder}/${design}.md`)).toHaveLength(1);
    expect(outsideSharedPaths("api/src/x.ts", `import "../${folder}/y"`)).toHaveLength(1);
    expect(outsideSharedPaths("docs/x.md", `the notes in ${folder}/notes/a.md`)).toHaveLength(1);
    expect(outsideSharedPaths("docs/x.md", "scripts/seed/texts.ts")).toHaveLength(0);
  });
});
