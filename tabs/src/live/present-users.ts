/**
 * Who is in the meeting, from what Live Share knows: pure, so it is unit-tested without a meeting.
 * Live Share's presence (`LivePresence`) names each person by the user id Teams gives their client
 * (the Entra object id) and goes "offline" only 20 s after a client's last update; the Fluid
 * audience drops a client as soon as the service sees its connection close. A person counts as
 * present while presence shows them and one of their connections is still in the audience, so a
 * closed panel stops counting at once and a frozen one after the presence timeout.
 */

/** A person as Live Share's presence shows them (`LivePresenceUser`, reduced to what is read here). */
export interface PresenceUser {
  userId: string;
  /** `online`, `away` or `offline` (expired). */
  state: string;
  /** The client ids of the person's connections that have not expired. */
  clientIds: string[];
}

/** At most this many ids go to the API (`NUDGE_PRESENT_MAX`); a larger meeting sends none. */
export const PRESENT_MAX = 500;

const ENTRA_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The Entra object ids of the people present, lower-case and each once; ids that are no object id
 * (a guest or anonymous participant, whom no nudge can reach) are left out. Null when there are
 * more than `PRESENT_MAX`: then the nudge names nobody and goes to every member.
 */
export function presentIds(users: PresenceUser[], connected: ReadonlySet<string>): string[] | null {
  const ids = new Set<string>();
  for (const user of users) {
    if (user.state === "offline" || !ENTRA_OBJECT_ID.test(user.userId)) continue;
    if (user.clientIds.some((clientId) => connected.has(clientId))) ids.add(user.userId.toLowerCase());
  }
  return ids.size > PRESENT_MAX ? null : [...ids];
}
