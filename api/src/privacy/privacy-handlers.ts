import { scopeSchema, uuid } from "@learning-loop/contract";
import { z } from "zod";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { requireTenantAdmin } from "../lessons/lesson-access";
import { eraseMyData, erasePersonInTenant } from "./erasure-service";

const erasureQuery = z.strictObject({ scope: scopeSchema });

export function privacyRoutes(services: Services): Route[] {
  return [
    {
      name: "eraseMyData",
      methods: ["DELETE"],
      route: "me/data",
      // No membership check: people who left a team keep the right to erase what they wrote there,
      // and the partition comes from their own token's tenant, so only their own data is touched.
      handler: async (req) => {
        const identity = await services.authorizer.authenticate(req);
        const { scope } = parseWith(erasureQuery, Object.fromEntries(req.query));
        const result = await eraseMyData(
          await services.db(),
          identity,
          scope,
          services.config.anonymitySecret,
        );
        return json(200, result);
      },
    },
    {
      // A tenant admin (the LearningLoop.Admin app role) erases a person across every scope of the
      // tenant, their lessons included; the admin's own tenant only, whatever oid is named.
      name: "erasePerson",
      methods: ["DELETE"],
      route: "admin/people/{oid}",
      handler: async (req) => {
        const identity = await services.authorizer.authenticate(req);
        requireTenantAdmin(identity);
        const oid = parseWith(uuid, req.params.oid ?? "", "oid").toLowerCase();
        await erasePersonInTenant(await services.db(), identity.tid, oid, services.config.anonymitySecret);
        return { status: 204, headers: {} };
      },
    },
  ];
}
