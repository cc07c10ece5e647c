import { createServer } from "node:http";
import type { ServerResponse } from "node:http";
import { close, listen, readBody, sendJson } from "./fake-jwks";

/**
 * A local OpenAI-compatible chat completions server that records every request, for the AI
 * partner's tests (docs/ai.md). It serves both shapes the `openai` SDK sends:
 *
 * - OpenAI and compatible servers: `POST /v1/chat/completions` (base URL `openAiUrl`)
 * - Azure OpenAI: `POST /openai/deployments/{deployment}/chat/completions?api-version=…`
 *   (endpoint `azureEndpoint`)
 *
 * What it answers is decided per request: the next queued behaviour (`next`), else `fallback`,
 * which by default answers every use of the partner plausibly from what was sent (citing the labels
 * it was given), so a browser test can go end to end. Behaviours: answer with a JSON object,
 * refuse (`message.refusal`), content-filter (Azure's 400 `content_filter` for the prompt, or
 * `finish_reason: "content_filter"` for the completion), hang (never answer: the caller's timeout),
 * or fail with a status.
 */

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatBody {
  model?: string;
  messages: ChatMessage[];
  response_format?: { type: string };
  [key: string]: unknown;
}

export interface RecordedRequest {
  flavor: "openai" | "azure";
  path: string;
  deployment: string | null;
  apiVersion: string | null;
  /** `authorization` (OpenAI, Azure with Entra) and `api-key` (Azure with a key) as sent. */
  authorization: string | null;
  apiKey: string | null;
  /** The body exactly as it arrived. */
  raw: string;
  body: ChatBody;
}

export type FakeBehaviour =
  | { kind: "answer"; json: unknown }
  | { kind: "refuse"; refusal: string }
  | { kind: "filter"; where: "prompt" | "completion" }
  | { kind: "hang" }
  | { kind: "fail"; status: number; retryAfter?: number }
  /** Content that is not JSON at all. */
  | { kind: "text"; content: string };

export interface FakeOpenAi {
  /** For AI_ENDPOINT with an OpenAI-compatible provider (`…/v1`). */
  openAiUrl: string;
  /** For AI_ENDPOINT with AI_PROVIDER=azure. */
  azureEndpoint: string;
  requests: RecordedRequest[];
  /** Queues how the next request is answered (first in, first out). */
  next(...behaviours: FakeBehaviour[]): void;
  /** How requests without a queued behaviour are answered. */
  fallback: (request: RecordedRequest) => FakeBehaviour;
  close(): Promise<void>;
}

const AZURE_PATH = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/;

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const queue: FakeBehaviour[] = [];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const fake: FakeOpenAi = {
    openAiUrl: "",
    azureEndpoint: "",
    requests,
    next: (...behaviours) => queue.push(...behaviours),
    fallback: plausibleAnswer,
    close: async () => {
      for (const res of hanging) res.destroy();
      await close(server);
    },
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const azure = AZURE_PATH.exec(url.pathname);
    if (req.method !== "POST" || (!azure && url.pathname !== "/v1/chat/completions")) {
      sendJson(res, 404, { error: { message: "Not found", code: "404" } });
      return;
    }
    const raw = await readBody(req);
    let body: ChatBody;
    try {
      body = JSON.parse(raw) as ChatBody;
    } catch {
      sendJson(res, 400, { error: { message: "Invalid JSON", code: "invalid_json" } });
      return;
    }
    const recorded: RecordedRequest = {
      flavor: azure ? "azure" : "openai",
      path: url.pathname,
      deployment: azure ? decodeURIComponent(azure[1] ?? "") : null,
      apiVersion: url.searchParams.get("api-version"),
      authorization: req.headers.authorization ?? null,
      apiKey: (req.headers["api-key"] as string | undefined) ?? null,
      raw,
      body,
    };
    requests.push(recorded);
    const behaviour = queue.shift() ?? fake.fallback(recorded);
    respond(res, behaviour, body, hanging);
  });
  const port = await listen(server);
  fake.openAiUrl = `http://127.0.0.1:${port}/v1`;
  fake.azureEndpoint = `http://127.0.0.1:${port}`;
  return fake;
}

function respond(
  res: ServerResponse,
  behaviour: FakeBehaviour,
  body: ChatBody,
  hanging: Set<ServerResponse>,
) {
  switch (behaviour.kind) {
    case "hang":
      hanging.add(res);
      res.on("close", () => hanging.delete(res));
      return;
    case "fail":
      sendJson(
        res,
        behaviour.status,
        { error: { message: "The fake was told to fail.", code: String(behaviour.status) } },
        behaviour.retryAfter === undefined ? {} : { "retry-after": String(behaviour.retryAfter) },
      );
      return;
    case "filter":
      if (behaviour.where === "prompt") {
        // Azure OpenAI's answer when its filter stops the prompt.
        sendJson(res, 400, {
          error: {
            message:
              "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
            type: null,
            param: "prompt",
            code: "content_filter",
            status: 400,
            innererror: { code: "ResponsibleAIPolicyViolation" },
          },
        });
      } else {
        sendJson(res, 200, completion(body, { content: null }, "content_filter"));
      }
      return;
    case "refuse":
      sendJson(res, 200, completion(body, { content: null, refusal: behaviour.refusal }, "stop"));
      return;
    case "text":
      sendJson(res, 200, completion(body, { content: behaviour.content }, "stop"));
      return;
    case "answer":
      sendJson(res, 200, completion(body, { content: JSON.stringify(behaviour.json) }, "stop"));
      return;
  }
}

function completion(
  body: ChatBody,
  message: { content: string | null; refusal?: string },
  finishReason: string,
) {
  return {
    id: `chatcmpl-fake-${Date.now()}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? "fake",
    choices: [
      {
        index: 0,
        message: { role: "assistant", refusal: null, ...message },
        finish_reason: finishReason,
      },
    ],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  };
}

/** The user message of a request, parsed (the AI partner sends JSON). */
export function userContent(request: RecordedRequest): Record<string, unknown> {
  const user = request.body.messages.find((message) => message.role === "user");
  return JSON.parse(user?.content ?? "{}") as Record<string, unknown>;
}

/**
 * An answer of the right shape for whichever use sent the request, made only from what it sent:
 * one theme citing every answer, an "If we … then …" hypothesis, or an answer citing the first
 * two history items.
 */
export function plausibleAnswer(request: RecordedRequest): FakeBehaviour {
  const input = userContent(request);
  if (Array.isArray(input.answers)) {
    const answers = input.answers as { label: string; text: string }[];
    return {
      kind: "answer",
      json: {
        themes: [
          {
            title: "What the team noticed",
            summary: `Answers about: ${answers
              .map((answer) => answer.text)
              .join(" / ")
              .slice(0, 200)}`,
            answers: answers.map((answer) => answer.label),
          },
        ],
      },
    };
  }
  if (typeof input.idea === "string") {
    return {
      kind: "answer",
      json: {
        hypothesis: `If we ${input.idea.toLowerCase()}, then fewer surprises reach the stand-up.`,
        signal: "Surprises mentioned per stand-up",
        checkBackInDays: 14,
      },
    };
  }
  const history = (input.history ?? []) as { label: string; text: string }[];
  return {
    kind: "answer",
    json: {
      answer: `From our history: ${history
        .slice(0, 2)
        .map((item) => item.text)
        .join(" ")}`.slice(0, 500),
      citations: history.slice(0, 2).map((item) => item.label),
    },
  };
}
