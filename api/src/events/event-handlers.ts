import type { HttpRequest } from "@azure/functions";
import type {
  AfterActionEventResponse,
  EventSecretCreated,
  EventSecretStatus,
} from "@learning-loop/contract";
import {
  EVENT_SIGNATURE_HEADER,
  EVENT_SIGNATURE_TOLERANCE_SECONDS,
  afterActionEventSchema,
  scopeSchema,
} from "@learning-loop/contract";
import { ownsTeamWide } from "../auth/authorize";
import { HttpError, badRequest } from "../http/problem";
import { MAX_BODY_BYTES, parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { startAfterActionReview } from "./after-action";
import { eventSecretCreatedAt, findEventSecret, rotateEventSecret } from "./event-secret";
import { firstUse } from "./seen-signature-repository";
import { isFresh, matchingSignature, parseSignatureHeader } from "./signature";

const noStore = { "cache-control": "no-store" };

const unauthorized = (detail: string) =>
  new HttpError(401, detail, undefined, { "www-authenticate": `${EVENT_SIGNATURE_HEADER} realm="events"` });

export function eventRoutes(services: Services): Route[] {
  const serverSecret = services.config.anonymitySecret;
  return [
    {
      // The after-action trigger: authenticated by the scope's secret, not by a user token.
      name: "afterActionEvent",
      methods: ["POST"],
      route: "scopes/{scope}/events",
      // Rate-limited per scope in buckets of its own (limits/rate-limits.ts): there is no user token.
      limit: "scope",
      handler: async (req) => {
        const scope = parseWith(scopeSchema, req.params.scope ?? "", "scope");
        const raw = await readRaw(req);
        const header = parseSignatureHeader(req.headers.get(EVENT_SIGNATURE_HEADER));
        if (!header) {
          throw unauthorized(
            `Sign the request: ${EVENT_SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex HMAC-SHA256>.`,
          );
        }
        const now = new Date();
        if (!isFresh(header.timestamp, now)) {
          throw unauthorized(
            `The signature's timestamp is more than ${EVENT_SIGNATURE_TOLERANCE_SECONDS / 60} minutes from the server's clock.`,
          );
        }
        const db = await services.db();
        // One answer for "no secret" and "wrong secret": the caller learns nothing about the scope.
        const key = await findEventSecret(db, scope, serverSecret);
        const signature = key && matchingSignature(key.secret, header, raw);
        if (!key || !signature) throw unauthorized("The signature does not match this scope's event secret.");
        if (!(await firstUse(db, key.at, signature, header.timestamp))) {
          throw unauthorized("This signature was used before; sign each request anew.");
        }
        const event = parseWith(afterActionEventSchema, parseJson(raw));
        const { created, round } = await startAfterActionReview(db, key.at, event, serverSecret, now);
        if (created) services.notifications.afterActionStarted(key.at, round);
        const body: AfterActionEventResponse = { roundId: round.id, created };
        return json(created ? 201 : 200, body);
      },
    },
    {
      // Owners make (and rotate) the secret; the response is the only place it is ever shown.
      name: "rotateEventSecret",
      methods: ["POST"],
      route: "scopes/{scope}/event-secret",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        if (!ownsTeamWide(access)) {
          throw new HttpError(403, "Only the scope's owners can create or rotate the event secret.");
        }
        const { secret, createdAt } = await rotateEventSecret(
          await services.db(),
          access,
          access.oid,
          serverSecret,
        );
        const body: EventSecretCreated = {
          secret,
          createdAt,
          header: EVENT_SIGNATURE_HEADER,
          scheme: 't=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>',
        };
        return json(201, body, noStore);
      },
    },
    {
      name: "eventSecretStatus",
      methods: ["GET"],
      route: "scopes/{scope}/event-secret",
      handler: async (req) => {
        const access = await services.authorizer.scopeAccess(req);
        const createdAt = await eventSecretCreatedAt(await services.db(), access);
        const body: EventSecretStatus = { configured: createdAt !== null, createdAt };
        return json(200, body, noStore);
      },
    },
  ];
}

/** The body exactly as sent: the signature covers these bytes, not a re-serialized JSON. */
async function readRaw(req: HttpRequest): Promise<Uint8Array> {
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(req.headers.get("content-type") ?? "")) {
    throw new HttpError(415, "Send the body as application/json.");
  }
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) {
    throw new HttpError(413, `The body must be at most ${MAX_BODY_BYTES} bytes.`);
  }
  return bytes;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw badRequest([{ field: "body", message: "Must be valid UTF-8 JSON." }]);
  }
}
