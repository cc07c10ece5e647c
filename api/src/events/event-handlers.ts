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
import { HttpError } from "../http/problem";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { startAfterActionReview } from "./after-action";
import { parseJson, readRaw } from "./event-body";
import { recordDelivery, sourceStatuses } from "./event-source-status";
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
        if (!key || !signature) {
          if (key)
            await recordDelivery(db, key.at, "generic", "refused", "the signature does not match", now);
          throw unauthorized("The signature does not match this scope's event secret.");
        }
        if (!(await firstUse(db, key.at, signature, header.timestamp))) {
          await recordDelivery(db, key.at, "generic", "refused", "a signature used before (replay)", now);
          throw unauthorized("This signature was used before; sign each request anew.");
        }
        const event = parseWith(afterActionEventSchema, parseJson(raw));
        const { created, round } = await startAfterActionReview(
          db,
          key.at,
          {
            source: "generic",
            kind: event.kind,
            title: event.title,
            url: event.url ?? null,
            dedupeKey: event.id ?? null,
          },
          serverSecret,
          now,
        );
        if (created) services.notifications.afterActionStarted(key.at, round);
        await recordDelivery(db, key.at, "generic", created ? "started" : "repeated", null, now);
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
        const db = await services.db();
        const [createdAt, sources] = await Promise.all([
          eventSecretCreatedAt(db, access),
          sourceStatuses(db, access),
        ]);
        const body: EventSecretStatus = { configured: createdAt !== null, createdAt, sources };
        return json(200, body, noStore);
      },
    },
  ];
}
