import type { DevTokenResponse } from "@learning-loop/contract";
import { findDevUser } from "../auth/dev-fixtures";
import { HttpError } from "../http/problem";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";

/** `GET /api/dev/token?user=NAME`: exists only in AUTH_MODE=dev, where tokens are signed by a key made at start. */
export function devRoutes(services: Services): Route[] {
  const issuer = services.devTokens;
  if (!issuer) return [];
  return [
    {
      name: "devToken",
      methods: ["GET"],
      route: "dev/token",
      // Not rate-limited: dev mode only.
      limit: "none",
      handler: async (req) => {
        const user = findDevUser(req.query.get("user") ?? "");
        if (!user) {
          throw new HttpError(404, "No such dev user; use alice, bob, carol, mallory, eve, dave or frank.", [
            { field: "user", message: "Unknown dev user." },
          ]);
        }
        const body: DevTokenResponse = {
          token: await issuer.issue(user),
          user: { oid: user.oid, tid: user.tid, name: user.displayName },
        };
        return json(200, body, { "cache-control": "no-store" });
      },
    },
  ];
}
