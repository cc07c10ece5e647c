import type { Route } from "../http/route";
import type { Services } from "../services";

export function scopeRoutes(_services: Services): Route[] {
  return [];
}
