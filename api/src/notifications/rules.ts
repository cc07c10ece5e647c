import type { MeetingSurface } from "@microsoft/agents-hosting-extensions-teams";
import type { ScopeAccess } from "../auth/identity";
import type { Member } from "../bot/messenger";
import type { AnswerDoc, RoundDoc } from "../cosmos/documents";
import { DomainError } from "../domain/errors";
import { canManage } from "../rounds/round-view";
import type { ScopeSettings } from "../scopes/scope-settings";

/**
 * Who gets nudged and when: pure rules, no database and no bot. (The digest's and the
 * check-backs' timing rules are in weekly-digest.ts and check-backs.ts.)
 */

/** A nudge goes out at most once per round in this window, however often the button is pressed. */
export const NUDGE_WINDOW_MS = 5 * 60_000;

/** The ledger key of a nudge: one per round and window. */
export const nudgeKey = (roundId: string, now: Date) =>
  `meetingNudge|${roundId}|${Math.floor(now.getTime() / NUDGE_WINDOW_MS)}`;

/** Throws the problem a person can fix when this round may not be nudged by them. */
export function assertRoundNudgeable(
  round: RoundDoc,
  access: ScopeAccess,
): asserts round is RoundDoc & {
  meetingId: string;
} {
  if (!canManage(round, access)) {
    throw new DomainError("forbidden", "Only the round's starter or the organizer can nudge.");
  }
  if (round.status !== "open") throw new DomainError("conflict", "This round is closed.", "roundId");
  if (!round.meetingId) {
    throw new DomainError(
      "conflict",
      "This round was not started in a meeting, so there is nobody to nudge.",
      "meetingId",
    );
  }
}

/** Throws when the scope switched nudges off, or the bot is not in its conversation. */
export function assertScopeNudgeable(settings: ScopeSettings, botInConversation: boolean): void {
  if (!settings.notifications.meetingNudge) {
    throw new DomainError(
      "conflict",
      "Meeting nudges are switched off in this scope's settings.",
      "notifications.meetingNudge",
    );
  }
  if (!botInConversation)
    throw new DomainError("conflict", "Add the Learning Loop bot to this meeting chat first.", "scope");
}

/**
 * Who gets no nudge: the person asking, and whoever answered by name. Only named answers exclude
 * anyone: whoever answered anonymously may get a nudge too, so that who was (not) nudged never
 * tells who wrote an anonymous answer.
 */
export function nudgeExclusions(askerOid: string, answers: AnswerDoc[]): string[] {
  return [
    ...new Set([
      askerOid,
      ...answers.flatMap((answer) => (!answer.anonymous && answer.author ? [answer.author.oid] : [])),
    ]),
  ];
}

/** The `present` list as the nudge keeps it: lower-case, each id once. */
export const nudgePresence = (present: string[]): string[] => [
  ...new Set(present.map((oid) => oid.toLowerCase())),
];

/**
 * Who a nudge goes to, by their connector ids: the conversation's members (as the bot lists them),
 * of them only the present ones when a `present` list came with it, minus the excluded. The list
 * only ever narrows the members: an id in it that is not a member reaches nobody.
 */
export function nudgeRecipients(
  members: Member[],
  excludeOids: string[],
  presentOids: string[] | null,
): string[] {
  const excluded = new Set(excludeOids.map((oid) => oid.toLowerCase()));
  const present = presentOids === null ? null : new Set(presentOids.map((oid) => oid.toLowerCase()));
  return members
    .filter((member) => {
      const oid = member.aadObjectId?.toLowerCase();
      return oid !== undefined && !excluded.has(oid) && (present === null || present.has(oid));
    })
    .map((member) => member.id);
}

/** Where a nudge shows: the app's icon in the meeting lights up, and with a tab address the stage opens it. */
export function nudgeSurfaces(tabEndpoint: string | undefined, title: string): MeetingSurface[] {
  const surfaces: MeetingSurface[] = [{ surface: "meetingTabIcon" }];
  if (tabEndpoint) {
    surfaces.unshift({
      surface: "meetingStage",
      contentType: "task",
      content: {
        value: { height: "300", width: "400", title, url: `${tabEndpoint}/index.html` },
      },
    });
  }
  return surfaces;
}
