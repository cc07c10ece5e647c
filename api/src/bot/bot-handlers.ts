import type { Route } from "../http/route";
import type { Services } from "../services";

export function botRoutes(_services: Services): Route[] {
  return [];
}
