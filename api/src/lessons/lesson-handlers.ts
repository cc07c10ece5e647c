import type { HttpRequest } from "@azure/functions";
import {
  adoptLessonSchema,
  lessonsQuerySchema,
  publishLessonSchema,
  scopeSchema,
  tenantLessonSettingsSchema,
  uuid,
} from "@learning-loop/contract";
import type { LessonsAccessView } from "@learning-loop/contract";
import { notFound } from "../domain/errors";
import { parseWith, readBody } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { adoptLesson } from "./adoption-service";
import { feedEnabled, isTenantAdmin, setFeedEnabled } from "./lesson-access";
import { publishLesson, readFeed, readLessonView, unpublishLesson } from "./lesson-service";

const noCache = { "cache-control": "private, no-cache" };

/** Lesson ids are client-made UUIDs, so anything else cannot name one. */
function lessonIdOf(req: HttpRequest): string {
  const id = req.params.id ?? "";
  if (!uuid.safeParse(id).success) throw notFound("The lesson");
  return id.toLowerCase();
}

/** The tenant's lesson feed (docs/lessons.md). */
export function lessonRoutes(services: Services): Route[] {
  const secret = services.config.anonymitySecret;
  return [
    {
      name: "publishLesson",
      methods: ["POST"],
      route: "scopes/{scope}/lessons",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const body = await readBody(req, publishLessonSchema);
        const request = { ...body, id: body.id.toLowerCase() };
        const { created, lesson } = await publishLesson(await services.db(), access, secret, request);
        return json(created ? 201 : 200, lesson, noCache);
      },
    },
    {
      name: "unpublishLesson",
      methods: ["DELETE"],
      route: "scopes/{scope}/lessons/{id}",
      handler: async (req) => {
        const identity = await services.authorizer.authenticate(req);
        // A tenant admin may unpublish any lesson of the tenant, member of its scope or not.
        const access = isTenantAdmin(identity) ? null : await services.authorizer.scopeAccess(req);
        const scope = access?.scope ?? parseScope(req);
        await unpublishLesson(await services.db(), identity, access, scope, secret, lessonIdOf(req));
        return { status: 204, headers: {} };
      },
    },
    {
      name: "lessonFeed",
      methods: ["GET"],
      route: "lessons",
      handler: async (req) => {
        const identity = await services.authorizer.authenticate(req);
        const query = parseWith(lessonsQuerySchema, Object.fromEntries(req.query), "query");
        const page = await readFeed(await services.db(), identity, secret, query);
        return json(200, page, noCache);
      },
    },
    {
      name: "lesson",
      methods: ["GET"],
      route: "lessons/{id}",
      handler: async (req) => {
        const identity = await services.authorizer.authenticate(req);
        const lesson = await readLessonView(await services.db(), identity, secret, lessonIdOf(req));
        return json(200, lesson, noCache);
      },
    },
    {
      name: "adoptLesson",
      methods: ["POST"],
      route: "lessons/{id}/adoptions",
      handler: async (req) => {
        await services.authorizer.authenticate(req);
        const id = lessonIdOf(req);
        const body = await readBody(req, adoptLessonSchema);
        const access = await services.authorizer.accessTo(req, body.scope, "scope");
        const { created, experiment } = await adoptLesson(await services.db(), access, secret, id, body);
        return json(created ? 201 : 200, experiment, { etag: experiment.etag, ...noCache });
      },
    },
    {
      name: "lessonsAccess",
      methods: ["GET"],
      route: "me/lessons-access",
      handler: async (req) => {
        const identity = await services.authorizer.authenticate(req);
        const view: LessonsAccessView = {
          feedEnabled: await feedEnabled(await services.db(), identity.tid),
          admin: isTenantAdmin(identity),
        };
        return json(200, view, noCache);
      },
    },
    {
      name: "lessonFeedSettings",
      methods: ["PUT"],
      route: "admin/lessons-settings",
      handler: async (req) => {
        const identity = await services.authorizer.authenticate(req);
        const body = await readBody(req, tenantLessonSettingsSchema);
        await setFeedEnabled(await services.db(), identity, body.feedEnabled);
        return json(200, body, noCache);
      },
    },
  ];
}

const parseScope = (req: HttpRequest): string => parseWith(scopeSchema, req.params.scope ?? "", "scope");
