import { scopeSettingsSchema } from "@learning-loop/contract";
import type { ScopeView } from "@learning-loop/contract";
import { HttpError } from "../http/problem";
import { readBody } from "../http/request-body";
import { json } from "../http/response";
import { requestLanguage } from "../i18n/request-language";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { invocationLog } from "../telemetry/logger";
import { deleteScope, getScope, updateScope } from "./scope-service";
import { rememberOwner } from "./verified-owners";

const noCache = { "cache-control": "private, no-cache" };

export function scopeRoutes(services: Services): Route[] {
  return [
    {
      name: "getScope",
      methods: ["GET"],
      route: "scopes/{scope}",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const db = await services.db();
        const [settings, smallGroup] = await Promise.all([
          getScope(db, access),
          services.authorizer.smallGroup(req, access),
          rememberOwner(db, access),
        ]);
        const scope: ScopeView = { ...settings, smallGroup };
        return json(200, scope, { etag: scope.etag, ...noCache });
      },
    },
    {
      name: "updateScope",
      methods: ["PUT"],
      route: "scopes/{scope}",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const ifMatch = req.headers.get("if-match");
        if (!ifMatch) {
          throw new HttpError(
            428,
            'Send the settings\' ETag in If-Match ("0" before they were first saved).',
          );
        }
        const body = await readBody(req, scopeSettingsSchema);
        const [settings, smallGroup] = await Promise.all([
          updateScope(await services.db(), access, ifMatch, body, new Date(), requestLanguage(req)),
          services.authorizer.smallGroup(req, access),
        ]);
        const scope: ScopeView = { ...settings, smallGroup };
        return json(200, scope, { etag: scope.etag, ...noCache });
      },
    },
    {
      name: "deleteScope",
      methods: ["DELETE"],
      route: "scopes/{scope}",
      handler: async (req, context) => {
        const access = await services.authorizer.scopeAccess(req);
        const deleted = await deleteScope(await services.db(), access);
        invocationLog(context).info(`scope purge removed ${deleted} documents`);
        return { status: 204, headers: {} };
      },
    },
  ];
}
