import type { Db } from "../cosmos/db";
import type { CreatePromptRequest, PromptKind, PromptView, PromptsResponse } from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { ScopeAccess } from "../auth/identity";
import type { PromptDoc } from "../cosmos/documents";
import { DomainError } from "../domain/errors";
import { readScopeSettings } from "../scopes/scope-settings";
import { createCustomPrompt, listCustomPrompts } from "./custom-prompt-repository";
import { PROMPT_LIBRARY } from "./library";
import { customView, libraryView } from "./prompt-view";
import { todaysPrompt } from "./rotation";

/**
 * The library followed by the scope's own prompts (optionally of one kind), and today's prompt
 * from the scope's rotation in its time zone: one point read and one query.
 */
export async function listPrompts(
  db: Db,
  access: ScopeAccess,
  kind?: PromptKind,
  now = new Date(),
): Promise<PromptsResponse> {
  const [settings, docs] = await Promise.all([readScopeSettings(db, access), listCustomPrompts(db, access)]);
  const custom = docs.map(customView);
  const all: PromptView[] = [...PROMPT_LIBRARY.map(libraryView), ...custom];
  return {
    prompts: kind === undefined ? all : all.filter((prompt) => prompt.kind === kind),
    today: todaysPrompt(settings.rotation, settings.timezone, now, custom),
  };
}

/** Adds a prompt of the team's own; any member may. A replay of the same create is not an error. */
export async function addPrompt(
  db: Db,
  access: ScopeAccess,
  request: CreatePromptRequest,
  now = new Date(),
): Promise<{ created: boolean; prompt: PromptView }> {
  const doc: PromptDoc = {
    id: request.id ?? randomUUID(),
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "prompt",
    text: request.text,
    kind: request.kind ?? null,
    hint: request.hint ?? null,
    createdBy: { oid: access.oid, name: access.name },
    createdAt: now.toISOString(),
  };
  const { created, prompt } = await createCustomPrompt(db, doc);
  if (!prompt) throw new DomainError("conflict", "This id is already used by something else.", "id");
  if (!created && !sameCreate(prompt, doc)) {
    throw new DomainError("conflict", "A different prompt already has this id.", "id");
  }
  return { created, prompt: customView(prompt) };
}

const sameCreate = (a: PromptDoc, b: PromptDoc) =>
  a.text === b.text && a.kind === b.kind && a.hint === b.hint && a.createdBy.oid === b.createdBy.oid;
