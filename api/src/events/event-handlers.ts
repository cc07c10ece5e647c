import type { Route } from "../http/route";
import type { Services } from "../services";

export function eventRoutes(_services: Services): Route[] {
  return [];
}
