import type { HttpRequest } from "@azure/functions";
import type { EventSource, SourceEventResponse } from "@learning-loop/contract";
import { scopeSchema, uuid } from "@learning-loop/contract";
import { z } from "zod";
import { HttpError } from "../http/problem";
import { parseWith } from "../http/request-body";
import { json } from "../http/response";
import type { Route } from "../http/route";
import type { Services } from "../services";
import { azureDevOpsReview } from "./azure-devops-events";
import { SOURCE_MAX_BODY_BYTES, isJsonType, parseJson, readBytes } from "./event-body";
import { findEventSecret } from "./event-secret";
import { recordDelivery } from "./event-source-status";
import { githubReview } from "./github-events";
import type { SourceMapping } from "./github-events";
import { receiveSourceEvent } from "./source-events";
import {
  GITHUB_SIGNATURE_HEADER,
  SOURCE_SECRET_HEADER,
  refuseGithub,
  refuseSharedSecret,
} from "./source-secrets";

interface SourceReceiver {
  source: EventSource;
  /** Why the delivery is not the scope's (unsigned, forged, tampered), or null. */
  refuse(secret: string, req: HttpRequest, raw: Uint8Array): Promise<string | null>;
  map(req: HttpRequest, payload: unknown): (settings: Parameters<typeof githubReview>[3]) => SourceMapping;
  challenge: string;
}

const githubEvent = z.string().regex(/^[a-z_]{1,60}$/, "Must be a GitHub event name.");

const receivers: Record<"github" | "azure-devops", SourceReceiver> = {
  github: {
    source: "github",
    refuse: (secret, req, raw) => refuseGithub(secret, req.headers.get(GITHUB_SIGNATURE_HEADER), raw),
    map: (req, payload) => {
      const event = parseWith(githubEvent, req.headers.get("x-github-event") ?? "", "X-GitHub-Event");
      const delivery = parseWith(uuid, req.headers.get("x-github-delivery") ?? "", "X-GitHub-Delivery");
      return (settings) => githubReview(event, delivery, payload, settings);
    },
    challenge: `${GITHUB_SIGNATURE_HEADER} realm="events"`,
  },
  "azure-devops": {
    source: "azureDevOps",
    refuse: async (secret, req) =>
      refuseSharedSecret(secret, req.headers.get("authorization"), req.headers.get(SOURCE_SECRET_HEADER)),
    map: (_req, payload) => (settings) => azureDevOpsReview(payload, settings),
    challenge: 'Basic realm="events"',
  },
};

/**
 * GitHub webhooks and Azure DevOps service hooks, each under the scope's event secret
 * (docs/reviews.md). Refused deliveries are 401 and start nothing; deliveries that start no
 * review are 200 with `ignored`; a delivery sent again is 200 and starts nothing new.
 */
export function sourceRoutes(services: Services): Route[] {
  const serverSecret = services.config.anonymitySecret;
  return Object.entries(receivers).map(([path, receiver]) => ({
    name: `${receiver.source}Event`,
    methods: ["POST"],
    route: `scopes/{scope}/events/${path}`,
    // Rate-limited per scope in buckets of its own (limits/rate-limits.ts): there is no user token.
    limit: "scope" as const,
    handler: async (req: HttpRequest) => {
      const scope = parseWith(scopeSchema, req.params.scope ?? "", "scope");
      const raw = await readBytes(req, SOURCE_MAX_BODY_BYTES);
      const unauthorized = () =>
        new HttpError(401, "The delivery is not signed with this scope's event secret.", undefined, {
          "www-authenticate": receiver.challenge,
        });
      const db = await services.db();
      const now = new Date();
      // One answer for "no secret" and "wrong secret": the caller learns nothing about the scope.
      const key = await findEventSecret(db, scope, serverSecret);
      if (!key) throw unauthorized();
      const refusal = await receiver.refuse(key.secret, req, raw);
      if (refusal) {
        await recordDelivery(db, key.at, receiver.source, "refused", refusal, now);
        throw unauthorized();
      }
      if (!isJsonType(req)) {
        await recordDelivery(db, key.at, receiver.source, "refused", "not sent as application/json", now);
        throw new HttpError(
          415,
          "Send the body as application/json (GitHub: content type application/json).",
        );
      }
      const map = receiver.map(req, parseJson(raw));
      const outcome = await receiveSourceEvent(db, key.at, receiver.source, map, serverSecret, now);
      if (outcome.ignored !== null) {
        const body: SourceEventResponse = { roundId: null, created: false, ignored: outcome.ignored };
        return json(200, body);
      }
      if (outcome.created) services.notifications.afterActionStarted(key.at, outcome.round);
      const body: SourceEventResponse = {
        roundId: outcome.round.id,
        created: outcome.created,
        ignored: null,
      };
      return json(outcome.created ? 201 : 200, body);
    },
  }));
}
