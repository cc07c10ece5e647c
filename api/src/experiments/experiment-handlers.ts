import type { HttpRequest } from "@azure/functions";
import {
  myExperimentsQuerySchema,
  createExperimentSchema,
  experimentStatusSchema,
  updateExperimentSchema,
  uuid,
} from "@learning-loop/contract";
import type { ExperimentsResponse } from "@learning-loop/contract";
import { listMyExperiments } from "./my-experiments";
import { z } from "zod";
import { notFound } from "../domain/errors";
import { HttpError } from "../http/problem";
import { parseWith, readBody } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { createExperiment, listScopeExperiments, updateExperiment } from "./experiment-service";

const noCache = { "cache-control": "private, no-cache" };

const listQuery = z.strictObject({
  status: experimentStatusSchema.optional(),
  due: z
    .enum(["true", "false"], { error: 'Must be "true" or "false".' })
    .transform((value) => value === "true")
    .optional(),
});

/** Without If-Match an update could silently overwrite a teammate's change, so it is required. */
function requireIfMatch(req: HttpRequest): string {
  const ifMatch = req.headers.get("if-match")?.trim();
  if (!ifMatch) {
    throw new HttpError(428, "Send the experiment's ETag in If-Match.", [
      { field: "If-Match", message: "Required." },
    ]);
  }
  return ifMatch;
}

export function experimentRoutes(services: Services): Route[] {
  return [
    {
      // What the caller owns across their scopes; no scope in the path, so membership is checked per item's scope.
      name: "myExperiments",
      methods: ["GET"],
      route: "me/experiments",
      handler: async (req) => {
        const identity = await services.authorizer.authenticate(req);
        const { cursor } = parseWith(myExperimentsQuerySchema, Object.fromEntries(req.query), "query");
        const page = await listMyExperiments(
          await services.db(),
          identity,
          services.config.anonymitySecret,
          cursor,
          (scopes) => services.authorizer.rolesIn(req, scopes),
        );
        return json(200, page, noCache);
      },
    },
    {
      name: "listExperiments",
      methods: ["GET"],
      route: "scopes/{scope}/experiments",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const query = parseWith(listQuery, Object.fromEntries(req.query), "query");
        const items = await listScopeExperiments(await services.db(), access, query);
        const response: ExperimentsResponse = { items };
        return json(200, response, noCache);
      },
    },
    {
      name: "createExperiment",
      methods: ["POST"],
      route: "scopes/{scope}/experiments",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const body = await readBody(req, createExperimentSchema);
        const { created, experiment } = await createExperiment(
          await services.db(),
          access,
          services.config.anonymitySecret,
          body,
          new Date(),
          () => services.authorizer.scopeMembers(req, access),
        );
        return json(created ? 201 : 200, experiment, { etag: experiment.etag, ...noCache });
      },
    },
    {
      name: "updateExperiment",
      methods: ["PATCH"],
      route: "scopes/{scope}/experiments/{id}",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const id = req.params.id ?? "";
        // Ids are client-made UUIDs, so anything else cannot name an experiment.
        if (!uuid.safeParse(id).success) throw notFound("The experiment");
        const ifMatch = requireIfMatch(req);
        const body = await readBody(req, updateExperimentSchema);
        const experiment = await updateExperiment(
          await services.db(),
          access,
          id,
          ifMatch,
          body,
          new Date(),
          () => services.authorizer.scopeMembers(req, access),
          (tried) => services.notifications.lessonTried(tried),
        );
        return json(200, experiment, { etag: experiment.etag, ...noCache });
      },
    },
  ];
}
