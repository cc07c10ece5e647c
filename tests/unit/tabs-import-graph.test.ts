import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The tab's modules import one another without cycles (lazy `import()` included: a cycle through a
 * lazily loaded part still ties the chunks together), and only `teams/` and the sign-in windows in
 * `auth/` call teams-js.
 */

const ROOT = resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Each module's value imports (type-only imports leave no trace at run time), resolved to files. */
function importGraph(dir: string): Map<string, { local: string[]; packages: string[] }> {
  const files = new Set(sourceFiles(dir));
  const graph = new Map<string, { local: string[]; packages: string[] }>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const typeOnly = new Set(
      [...text.matchAll(/^import type [^;]*? from "([^"]+)";/gm)].map((match) => match[1] as string),
    );
    const local: string[] = [];
    const packages: string[] = [];
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!fileName.startsWith(".")) {
        packages.push(fileName);
        continue;
      }
      const base = resolve(dirname(file), fileName);
      const target = [base, `${base}.ts`, `${base}.tsx`].find((candidate) => files.has(candidate));
      const valueImport =
        !typeOnly.has(fileName) || new RegExp(`^import (?!type)[^;]*"${fileName}"`, "m").test(text);
      if (target && valueImport) local.push(target);
    }
    graph.set(file, { local, packages });
  }
  return graph;
}

function cycles(graph: Map<string, { local: string[] }>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "visiting");
    path.push(file);
    for (const next of graph.get(file)?.local ?? []) {
      if (state.get(next) === "visiting") found.push(path.slice(path.indexOf(next)).concat(next));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found.map((cycle) => cycle.map((file) => relative(ROOT, file)));
}

describe("the tab's module graph", () => {
  const tabs = importGraph(join(ROOT, "tabs/src"));

  it("has no import cycles, in the tabs or in the contract", () => {
    expect(cycles(tabs)).toEqual([]);
    expect(cycles(importGraph(join(ROOT, "contract/src")))).toEqual([]);
  });

  it("calls teams-js only from teams/ and the sign-in windows in auth/", () => {
    const callers = [...tabs]
      .filter(([, { packages }]) => packages.includes("@microsoft/teams-js"))
      .map(([file]) => relative(join(ROOT, "tabs/src"), file))
      .filter((file) => !file.startsWith("teams/") && !file.startsWith("auth/"));
    expect(callers).toEqual([]);
  });
});
