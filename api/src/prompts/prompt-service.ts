import type { Db } from "../cosmos/db";
import type {
  CreatePromptRequest,
  PromptKind,
  PromptView,
  PromptsResponse,
  UpdatePromptRequest,
} from "@learning-loop/contract";
import { randomUUID } from "node:crypto";
import type { ScopeAccess } from "../auth/identity";
import type { PromptDoc } from "../cosmos/documents";
import { DomainError, notFound } from "../domain/errors";
import { uuid } from "@learning-loop/contract";
import { readScopeSettings } from "../scopes/scope-settings";
import {
  createCustomPrompt,
  deleteCustomPrompt,
  listCustomPrompts,
  readCustomPrompt,
  replaceCustomPrompt,
} from "./custom-prompt-repository";
import { PROMPT_LIBRARY, findLibraryPrompt } from "./library";
import { customView, libraryView, promptEtag } from "./prompt-view";
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
    today:
      nextPromptOf(settings.nextPrompt, custom) ??
      todaysPrompt(settings.rotation, settings.timezone, now, custom),
  };
}

/** The scope's one-time suggestion for the next learning moment, if it still names a prompt. */
function nextPromptOf(id: string | null, custom: readonly PromptView[]): PromptView | undefined {
  if (id === null) return undefined;
  const entry = findLibraryPrompt(id);
  return entry ? libraryView(entry) : custom.find((prompt) => prompt.id === id);
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

/**
 * Changes a team's own prompt: its text, kind (learning mode) or hint. Whoever may add a prompt may
 * change it (any member of the scope). `ifMatch` must be the prompt's current ETag. Rounds started
 * with it keep the text they were asked with (a round stores its prompt's text).
 */
export async function updatePrompt(
  db: Db,
  access: ScopeAccess,
  id: string,
  ifMatch: string,
  request: UpdatePromptRequest,
  now = new Date(),
): Promise<PromptView> {
  const doc = await ownPrompt(db, access, id);
  if (!matches(ifMatch, doc)) throw stale();
  const next: PromptDoc = {
    ...doc,
    text: request.text ?? doc.text,
    kind: request.kind === undefined ? doc.kind : request.kind,
    hint: request.hint === undefined ? doc.hint : request.hint,
    rev: (doc.rev ?? 1) + 1,
    updatedAt: now.toISOString(),
  };
  const stored = await replaceCustomPrompt(db, next);
  if (!stored) throw stale();
  return customView(stored);
}

/**
 * Removes a team's own prompt (any member, as for adding; `ifMatch` its current ETag). Rounds that
 * used it keep their text; a rotation day that named it falls back to the default rotation's prompt.
 */
export async function removePrompt(db: Db, access: ScopeAccess, id: string, ifMatch: string): Promise<void> {
  const doc = await ownPrompt(db, access, id);
  if (!matches(ifMatch, doc)) throw stale();
  if (!(await deleteCustomPrompt(db, doc))) throw stale();
}

async function ownPrompt(db: Db, access: ScopeAccess, id: string): Promise<PromptDoc> {
  if (findLibraryPrompt(id)) {
    throw new DomainError(
      "forbidden",
      "Library prompts cannot be changed; add a prompt of your own instead.",
    );
  }
  const doc = uuid.safeParse(id).success ? await readCustomPrompt(db, access, id) : undefined;
  if (!doc) throw notFound("The prompt");
  return doc;
}

const matches = (ifMatch: string, doc: PromptDoc) =>
  ifMatch.split(",").some((tag) => tag.trim() === promptEtag(doc) || tag.trim() === "*");

const stale = () =>
  new DomainError("stale", "The prompt changed or was removed since you read it. Reload and try again.");
