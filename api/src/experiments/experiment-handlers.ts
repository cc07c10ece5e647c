import type { Route } from "../http/route";
import type { Services } from "../services";

export function experimentRoutes(_services: Services): Route[] {
  return [];
}
