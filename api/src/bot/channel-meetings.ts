import type { Db } from "../cosmos/db";
import { readConversationRef } from "./conversation-ref-repository";
import type { Messenger } from "./messenger";

/** What the Bot Connector says about a meeting: enough to ask Graph who organizes it. */
export interface MeetingDetails {
  joinUrl: string;
  /** The organizer's Entra object id and tenant, lower-case. */
  organizerOid: string;
  organizerTid: string | null;
  /** The meeting's conversation: the channel thread (`19:…@thread.tacv2`) for a channel meeting. */
  conversationId: string;
}

/** Finds a meeting of a scope by the teams-js `meeting.id` (null: unknown or cannot be asked now). */
export type MeetingLookup = (tid: string, scope: string, meetingId: string) => Promise<MeetingDetails | null>;

export interface MeetingLookupOptions {
  db(): Promise<Db>;
  /** Null when no bot is registered: nothing can be asked. */
  messenger: Messenger | null;
  /** How long an answer is kept (the membership cache's time). */
  cacheMs: number;
  maxEntries?: number;
  now?: () => number;
  log: (line: string) => void;
}

/** The Bot Connector's statuses that mean "no such meeting for this bot" rather than an outage. */
const UNKNOWN = new Set([400, 403, 404]);

/**
 * The bot's meeting-details API (`GET {serviceUrl}/v1/meetings/{meetingId}`), through the
 * conversation reference the bot stored for this scope (its service URL and tenant). Answers are
 * kept per (tid, scope, meeting id) for `cacheMs`; an unknown meeting too, failures never. Without
 * a bot or a stored reference there is nothing to ask: null, with an operator line (ids only).
 */
export function createMeetingLookup(options: MeetingLookupOptions): MeetingLookup {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 10_000;
  const kept = new Map<string, { details: Promise<MeetingDetails | null>; until: number }>();

  async function ask(tid: string, scope: string, meetingId: string): Promise<MeetingDetails | null> {
    if (!options.messenger) {
      options.log(`meeting: no bot registered; organizer of ${meetingId} in ${tid}|${scope} not looked up`);
      return null;
    }
    const ref = await readConversationRef(await options.db(), { tid, scope, pk: `${tid}|${scope}` });
    if (!ref) {
      options.log(`meeting: no bot conversation reference for ${tid}|${scope}; organizer not looked up`);
      return null;
    }
    try {
      return detailsOf(await options.messenger.meetingInfo(ref.reference, meetingId));
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (typeof status === "number" && UNKNOWN.has(status)) {
        options.log(
          `meeting: the Bot Connector answered ${status} for meeting ${meetingId} in ${tid}|${scope}`,
        );
        return null;
      }
      throw error;
    }
  }

  return (tid, scope, meetingId) => {
    const key = `${tid}|${scope}|${meetingId}`;
    const entry = kept.get(key);
    if (entry && entry.until > now()) return entry.details;
    const details = ask(tid, scope, meetingId).catch((error: unknown) => {
      // An outage leaves the caller what they are without the meeting; it is asked again next time.
      if (kept.get(key)?.details === details) kept.delete(key);
      options.log(
        `meeting: details of ${meetingId} in ${tid}|${scope} could not be read (${error instanceof Error ? error.name : "error"})`,
      );
      return null;
    });
    kept.delete(key);
    if (kept.size >= maxEntries) kept.delete(kept.keys().next().value!);
    kept.set(key, { details, until: now() + options.cacheMs });
    return details;
  };
}

/** The parts of the connector's `MeetingInfo` this needs, or null when any is missing. */
export function detailsOf(body: unknown): MeetingDetails | null {
  const info = body as {
    details?: { joinUrl?: unknown } | null;
    organizer?: { aadObjectId?: unknown; tenantId?: unknown } | null;
    conversation?: { id?: unknown } | null;
  } | null;
  const joinUrl = info?.details?.joinUrl;
  const oid = info?.organizer?.aadObjectId;
  const tid = info?.organizer?.tenantId;
  const conversationId = info?.conversation?.id;
  if (typeof joinUrl !== "string" || typeof oid !== "string" || typeof conversationId !== "string")
    return null;
  return {
    joinUrl,
    organizerOid: oid.toLowerCase(),
    organizerTid: typeof tid === "string" && tid ? tid.toLowerCase() : null,
    conversationId,
  };
}
