import type { Db } from "../cosmos/db";
import { PULSE_MINIMUM_RESPONSES, PULSE_STATEMENTS } from "@learning-loop/contract";
import type {
  CurrentPulseResponse,
  PulseResultsResponse,
  PulseScores,
  PulseView,
} from "@learning-loop/contract";
import type { ScopeAccess } from "../auth/identity";
import type { PulseDoc } from "../cosmos/documents";
import { DomainError, notFound } from "../domain/errors";
import { derivedUuid } from "../notifications/derived-uuid";
import { readScopeSettings } from "../scopes/scope-settings";
import { pulseClosed, tooSoon } from "./pulse-errors";
import {
  findPulseDoc,
  insertPulse,
  listPulseResponseIds,
  listPulseScores,
  listPulses,
  markPulseClosed,
  pulseDocId,
  pulseResponseId,
  readPulseResponse,
  upsertPulseResponse,
} from "./pulse-repository";
import {
  aggregatePulse,
  closesAtFor,
  monthIn,
  nextPulseStart,
  pulseClosedAt,
  pulseStatus,
} from "./pulse-rules";
import { toPulseView } from "./pulse-view";

function requireOwner(access: ScopeAccess, action: string) {
  if (access.role !== "owner")
    throw new DomainError("forbidden", `Only an owner of this scope can ${action}.`);
}

function newPulse(
  access: ScopeAccess,
  pulseId: string,
  month: string,
  now: Date,
  scheduled: boolean,
): PulseDoc {
  return {
    id: pulseDocId(month),
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "pulse",
    pulseId,
    month,
    statements: [...PULSE_STATEMENTS],
    openedAt: now.toISOString(),
    closesAt: closesAtFor(now),
    closedAt: null,
    scheduled,
  };
}

/** The pulse as the caller sees it: how many answered (from five up) and whether they did. */
async function viewFor(
  db: Db,
  access: ScopeAccess,
  secret: string,
  doc: PulseDoc,
  now: Date,
): Promise<PulseView> {
  const [responses, mine] = await Promise.all([
    listPulseResponseIds(db, access, doc.pulseId),
    readPulseResponse(db, access, pulseResponseId(secret, access.tid, access.oid, doc.pulseId)),
  ]);
  return toPulseView(doc, responses.length, mine, now);
}

async function findPulse(db: Db, access: ScopeAccess, pulseId: string): Promise<PulseDoc> {
  const doc = await findPulseDoc(db, access, pulseId);
  if (!doc) throw notFound("The team pulse");
  return doc;
}

/**
 * The latest pulse, whether the caller (an owner) may start one, and when the next may start.
 * With the scope's pulse set to "monthly", the first read in a month with no pulse opens one:
 * its id is derived from scope and month, and the month's document is created once, so readers
 * racing each other all end up with the same pulse.
 */
export async function currentPulse(
  db: Db,
  access: ScopeAccess,
  secret: string,
  now = new Date(),
): Promise<CurrentPulseResponse> {
  const [settings, pulses] = await Promise.all([readScopeSettings(db, access), listPulses(db, access)]);
  let nextStartAt = nextPulseStart(pulses, settings.timezone, now);
  if (settings.pulse === "monthly" && nextStartAt === null) {
    const month = monthIn(settings.timezone, now);
    const pulseId = derivedUuid(`pulse|${access.tid}|${access.scope}|${month}`);
    const { stored } = await insertPulse(db, newPulse(access, pulseId, month, now, true));
    if (stored) pulses.push(stored);
    nextStartAt = nextPulseStart(pulses, settings.timezone, now);
  }
  const latest = pulses.at(-1);
  return {
    pulse: latest ? await viewFor(db, access, secret, latest, now) : null,
    canStart: access.role === "owner" && nextStartAt === null,
    nextStartAt,
  };
}

/**
 * Owner only: starts a pulse under the client's id. At most one starts per calendar month (the
 * month's document can be created once) and never while one is open; a repeated start with the
 * same id answers with that pulse.
 */
export async function startPulse(
  db: Db,
  access: ScopeAccess,
  secret: string,
  pulseId: string,
  now = new Date(),
): Promise<{ created: boolean; pulse: PulseView }> {
  requireOwner(access, "start a team pulse");
  const [settings, pulses] = await Promise.all([readScopeSettings(db, access), listPulses(db, access)]);
  const same = pulses.find((pulse) => pulse.pulseId === pulseId);
  if (same) return { created: false, pulse: await viewFor(db, access, secret, same, now) };
  const nextStartAt = nextPulseStart(pulses, settings.timezone, now);
  if (nextStartAt !== null) throw tooSoon(nextStartAt);
  const month = monthIn(settings.timezone, now);
  const { created, stored } = await insertPulse(db, newPulse(access, pulseId, month, now, false));
  if (!stored || (!created && stored.pulseId !== pulseId)) {
    throw tooSoon(stored ? nextPulseStart([...pulses, stored], settings.timezone, now) : null);
  }
  return { created, pulse: await viewFor(db, access, secret, stored, now) };
}

/** The caller's answers: stored under their keyed id, so answering again replaces the first answers. */
export async function respondToPulse(
  db: Db,
  access: ScopeAccess,
  secret: string,
  pulseId: string,
  scores: PulseScores,
  now = new Date(),
): Promise<void> {
  const pulse = await findPulse(db, access, pulseId);
  if (pulseStatus(pulse, now) !== "open") throw pulseClosed();
  await upsertPulseResponse(db, {
    id: pulseResponseId(secret, access.tid, access.oid, pulseId),
    pk: access.pk,
    tid: access.tid,
    scope: access.scope,
    type: "pulseResponse",
    pulseId,
    openedAt: pulse.openedAt,
    scores: Object.fromEntries(PULSE_STATEMENTS.map((id) => [id, scores[id]])) as PulseScores,
  });
}

/** Owner only: closes a pulse before its seven days end. Closing a closed pulse changes nothing. */
export async function closePulse(
  db: Db,
  access: ScopeAccess,
  secret: string,
  pulseId: string,
  now = new Date(),
): Promise<PulseView> {
  requireOwner(access, "close a team pulse");
  const pulse = await findPulse(db, access, pulseId);
  const closed =
    pulseStatus(pulse, now) === "open" ? await markPulseClosed(db, pulse, now.toISOString()) : pulse;
  return viewFor(db, access, secret, closed, now);
}

/** Every pulse's aggregate, oldest first: numbers only for closed pulses that five or more answered. */
export async function pulseResults(
  db: Db,
  access: ScopeAccess,
  now = new Date(),
): Promise<PulseResultsResponse> {
  const [pulses, scores] = await Promise.all([listPulses(db, access), listPulseScores(db, access)]);
  const byPulse = new Map<string, PulseScores[]>();
  for (const response of scores) {
    const list = byPulse.get(response.pulseId) ?? [];
    list.push(response.scores);
    byPulse.set(response.pulseId, list);
  }
  return {
    minimumResponses: PULSE_MINIMUM_RESPONSES,
    pulses: pulses.map((pulse) => {
      const status = pulseStatus(pulse, now);
      return {
        id: pulse.pulseId,
        openedAt: pulse.openedAt,
        closedAt: pulseClosedAt(pulse, now),
        status,
        ...aggregatePulse(byPulse.get(pulse.pulseId) ?? [], status),
      };
    }),
  };
}
