import { getBearerTokenProvider, ManagedIdentityCredential } from "@azure/identity";
import { APIConnectionTimeoutError, APIError, AzureOpenAI, OpenAI } from "openai";
import type { AiConfig } from "./ai-config";
import { AiFailure } from "./ai-failure";

/** One chat completion asked for as a JSON object: the system's instructions and the user's content. */
export interface AiModel {
  completeJson(system: string, user: string): Promise<unknown>;
}

const COGNITIVE_SERVICES_SCOPE = "https://cognitiveservices.azure.com/.default";
/** Enough for a handful of themes or a short answer; keeps a call's cost bounded. */
const MAX_COMPLETION_TOKENS = 800;

/**
 * The model behind the AI partner, through the official `openai` SDK: `AzureOpenAI` for Azure
 * OpenAI (a key, or the Function App's managed identity), `OpenAI` for any OpenAI-compatible server.
 * No retries (the caller's budget and the timeout are per call); every failure becomes an `AiFailure`.
 */
export function createAiModel(config: AiConfig): AiModel {
  const common = { timeout: config.timeoutMs, maxRetries: 0 };
  const client =
    config.provider === "azure"
      ? new AzureOpenAI({
          ...common,
          endpoint: config.endpoint,
          apiVersion: config.apiVersion,
          deployment: config.model,
          ...(config.auth === "managedIdentity"
            ? {
                azureADTokenProvider: getBearerTokenProvider(
                  new ManagedIdentityCredential({ clientId: config.managedIdentityClientId }),
                  COGNITIVE_SERVICES_SCOPE,
                ),
              }
            : { apiKey: config.apiKey }),
        })
      : new OpenAI({ ...common, baseURL: config.endpoint, apiKey: config.apiKey ?? "not-needed" });

  return {
    async completeJson(system, user) {
      let completion;
      try {
        completion = await client.chat.completions.create({
          model: config.model,
          messages: [
            { role: "system", content: system },
            { role: "user", content: user },
          ],
          response_format: { type: "json_object" },
          temperature: 0.2,
          max_tokens: MAX_COMPLETION_TOKENS,
        });
      } catch (error) {
        throw failureOf(error);
      }
      const choice = completion.choices?.[0];
      if (choice?.finish_reason === "content_filter") throw filtered();
      const message = choice?.message;
      if (message?.refusal) {
        throw new AiFailure("refused", `The AI declined to answer: ${message.refusal.slice(0, 300)}`);
      }
      if (choice?.finish_reason === "length") {
        throw new AiFailure("failed", "The AI's answer was cut off. Try again, perhaps with less text.");
      }
      const content = message?.content;
      if (typeof content !== "string" || !content.trim()) {
        throw new AiFailure("failed", "The AI answered with nothing. Try again later.");
      }
      try {
        return JSON.parse(content) as unknown;
      } catch {
        throw new AiFailure("failed", "The AI's answer was not in the form asked for. Try again.");
      }
    },
  };
}

const filtered = () =>
  new AiFailure(
    "filtered",
    "The AI service's content filter stopped this request, so there is no suggestion. Nothing was changed.",
  );

function failureOf(error: unknown): AiFailure {
  if (error instanceof AiFailure) return error;
  if (error instanceof APIConnectionTimeoutError) {
    return new AiFailure("timeout", "The AI did not answer in time. Try again later.");
  }
  if (error instanceof APIError) {
    const code = typeof error.code === "string" ? error.code : "";
    if (code === "content_filter" || code === "content_filter_error") return filtered();
    if (error.status === 429) {
      const retryAfter = Number(error.headers?.get?.("retry-after"));
      return new AiFailure(
        "busy",
        "The AI service is busy right now. Try again shortly.",
        Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : 30,
      );
    }
    return new AiFailure(
      "failed",
      `The AI service could not answer (${error.status ?? "no status"}). Try again later.`,
    );
  }
  return new AiFailure("failed", "The AI service could not be reached. Try again later.");
}
