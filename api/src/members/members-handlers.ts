import { membersQuerySchema } from "@learning-loop/contract";
import type { ScopeMembersResponse } from "@learning-loop/contract";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { filterMembers } from "./members-service";

export function memberRoutes(services: Services): Route[] {
  return [
    {
      // The owner picker: names and oids of the scope's own people, for its members only.
      name: "listMembers",
      methods: ["GET"],
      route: "scopes/{scope}/members",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const { q } = parseWith(membersQuerySchema, Object.fromEntries(req.query), "query");
        const members = await services.authorizer.scopeMembers(req, access);
        const response: ScopeMembersResponse = { items: filterMembers(members, q) };
        return json(200, response, { "cache-control": "private, max-age=60" });
      },
    },
  ];
}
