import type { Route } from "../http/route";

export interface Match {
  route: Route;
  params: Record<string, string>;
}

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
  literals: number;
}

/**
 * Matches a path under /api against Functions route templates, as the Functions host does:
 * `{name}` takes one segment, and a literal segment wins over a parameter (`rounds/current`
 * before `rounds/{roundId}`).
 */
export function createMatcher(
  routes: Route[],
): (method: string, path: string) => Match | "method" | undefined {
  const compiled: Compiled[] = routes
    .map((route) => {
      const names: string[] = [];
      const segments = route.route.split("/");
      const source = segments
        .map((segment) => {
          const param = /^\{(\w+)\}$/.exec(segment);
          if (param?.[1]) {
            names.push(param[1]);
            return "([^/]+)";
          }
          return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        })
        .join("/");
      return {
        route,
        pattern: new RegExp(`^${source}$`, "i"),
        names,
        literals: segments.length - names.length,
      };
    })
    .sort((a, b) => b.literals - a.literals);
  return (method, path) => {
    let pathMatched = false;
    for (const entry of compiled) {
      const found = entry.pattern.exec(path);
      if (!found) continue;
      pathMatched = true;
      if (!entry.route.methods.includes(method as Route["methods"][number])) continue;
      const params: Record<string, string> = {};
      entry.names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? "");
      });
      return { route: entry.route, params };
    }
    return pathMatched ? "method" : undefined;
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
