import type { HttpRequest } from "@azure/functions";
import { Activity } from "@microsoft/agents-activity";
import { AuthType, CloudAdapter } from "@microsoft/agents-hosting";
import type { AuthConfiguration, Request, TurnContext, WebResponse } from "@microsoft/agents-hosting";
import { z } from "zod";
import { HttpError, badRequest, problemResponse } from "../http/problem";
import { toFieldErrors } from "../http/request-body";
import type { ApiResponse } from "../http/response";
import type { BotConfig } from "./bot-config";
import { createMessenger } from "./messenger";
import type { Messenger } from "./messenger";

/** Activities are small; an invoke with a card's inputs is a few KB. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

/** The least an activity needs before the adapter sees it; everything else passes through. */
const activityShape = z.looseObject({
  type: z.string().min(1, "Must not be empty."),
  channelId: z.string().min(1).optional(),
  serviceUrl: z.url({ protocol: /^https?$/, error: "Must be an http or https URL." }).optional(),
  conversation: z.looseObject({ id: z.string().min(1, "Must not be empty.") }),
});

export interface BotEndpoint {
  config: BotConfig;
  /** Null when the bot cannot send: no BOT_ID outside Playground mode. */
  messenger: Messenger | null;
  /** `POST /api/messages`: authenticates, then runs `logic` for the activity through the adapter. */
  handle(req: HttpRequest, logic: (context: TurnContext) => Promise<void>): Promise<ApiResponse>;
}

/**
 * The Agents SDK's CloudAdapter behind a Functions v4 `HttpRequest`, the way the toolkit's
 * notification sample adapts it: an express-like request and a response that records what the
 * adapter writes.
 */
export function createBotEndpoint(config: BotConfig): BotEndpoint {
  const playground = config.auth === "playground";
  const adapter =
    playground || config.appId
      ? new CloudAdapter(
          playground ? {} : authConfiguration(config),
          undefined,
          undefined,
          // A token for one Bot Connector must not steer the bot to another service URL.
          { validateServiceUrl: !playground },
        )
      : null;
  if (adapter) {
    // The default handler posts "The agent encountered an error" into the chat; errors belong to the caller.
    adapter.onTurnError = async (_context, error) => {
      throw error;
    };
  }
  return {
    config,
    messenger: adapter ? createMessenger(adapter, config.appId, config.sendTimeoutMs) : null,
    async handle(req, logic) {
      if (!adapter) {
        throw new HttpError(401, "The bot is not configured on this server (BOT_ID is not set).", undefined, {
          "www-authenticate": "Bearer",
        });
      }
      const headers: Record<string, string> = {};
      req.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const request: Request = { method: req.method, headers };
      const response = new RecordedResponse();
      if (playground) {
        // What the SDK's own middleware sets for an unauthenticated local request.
        request.user = { name: "anonymous" };
      } else {
        let authorized = false;
        await adapter.authorizeRequest(request, response, () => {
          authorized = true;
        });
        if (!authorized) {
          throw new HttpError(
            response.statusCode === 405 ? 405 : 401,
            "Send a valid Bot Framework token as 'Authorization: Bearer <token>'.",
            undefined,
            { "www-authenticate": "Bearer" },
          );
        }
      }
      request.body = await readActivity(req);
      await adapter.process(request, response, logic);
      return response.toApiResponse();
    },
  };
}

/**
 * The Agents SDK's connection settings: tokens to the Bot Connector are requested in the bot's own
 * tenant (single-tenant app or managed identity), and incoming tokens must name BOT_ID as audience.
 */
export function authConfiguration(config: BotConfig): AuthConfiguration {
  const base = { clientId: config.appId, tenantId: config.tenantId };
  if (config.credential?.kind === "managedIdentity") {
    // MSAL's ManagedIdentityApplication with the identity's client id (the Functions host's identity endpoint).
    return { ...base, authType: AuthType.UserManagedIdentity };
  }
  return { ...base, authType: AuthType.ClientSecret, clientSecret: config.credential?.password };
}

async function readActivity(req: HttpRequest): Promise<Record<string, unknown>> {
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(req.headers.get("content-type") ?? "")) {
    throw new HttpError(415, "Send the activity as application/json.");
  }
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > MAX_ACTIVITY_BYTES) {
    throw new HttpError(413, `An activity must be at most ${MAX_ACTIVITY_BYTES} bytes.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw badRequest([{ field: "body", message: "Must be valid UTF-8 JSON." }]);
  }
  const parsed = activityShape.safeParse(value);
  if (!parsed.success) throw badRequest(toFieldErrors(parsed.error), "This is not a Bot Framework activity.");
  try {
    // The adapter parses the activity with the SDK's own schema; its complaints are bad input, not a 500.
    Activity.fromObject(parsed.data);
  } catch (error) {
    const issues = (error as { issues?: { path?: (string | number)[]; message?: string }[] }).issues;
    if (!Array.isArray(issues)) throw error;
    throw badRequest(
      issues.map((issue) => ({
        field: issue.path?.join(".") || "body",
        message: issue.message ?? "Not valid.",
      })),
      "This is not a Bot Framework activity.",
    );
  }
  return parsed.data;
}

/** The `WebResponse` the adapter writes to, turned into the Functions response afterwards. */
class RecordedResponse implements WebResponse {
  statusCode = 200;
  headersSent = false;
  writableEnded = false;
  private readonly headers: Record<string, string> = {};
  private body: unknown;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    return this;
  }

  end(): this {
    this.writableEnded = true;
    return this;
  }

  toApiResponse(): ApiResponse {
    if (this.statusCode >= 400 && this.body === undefined) {
      return problemResponse(this.statusCode, "The bot could not process this activity.");
    }
    if (this.body === undefined) return { status: this.statusCode, headers: this.headers };
    return {
      status: this.statusCode,
      headers: { "content-type": "application/json; charset=utf-8", ...this.headers },
      body: typeof this.body === "string" ? this.body : JSON.stringify(this.body),
    };
  }
}
