import { scopeSchema } from "@learning-loop/contract";
import { z } from "zod";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { eraseMyData } from "./erasure-service";

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
  ];
}
