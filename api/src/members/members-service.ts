import type { ExperimentOwner, ScopeMember } from "@learning-loop/contract";
import { DomainError } from "../domain/errors";
import { foldForSearch } from "../search/normalize";

/** The picker shows at most this many people; typing narrows the list. */
export const MEMBERS_LIMIT = 25;

/** The scope's people whose name contains `q` (case- and accent-insensitive), by name. */
export function filterMembers(members: readonly ScopeMember[], q: string | undefined): ScopeMember[] {
  const needle = foldForSearch((q ?? "").trim());
  return members
    .filter((member) => needle === "" || foldForSearch(member.name).includes(needle))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, MEMBERS_LIMIT)
    .map(({ id, name }) => ({ id, name }));
}

/**
 * A named owner with an oid must be one of the scope's people: otherwise a client could make the
 * check-back card mention anyone, or put an experiment into a stranger's "My experiments". The
 * directory's display name is stored, not the one sent. A name without an oid (someone outside
 * Teams) passes as it is.
 */
export function ownerFromDirectory(owner: ExperimentOwner, members: readonly ScopeMember[]): ExperimentOwner {
  if (owner.oid === null) return owner;
  const oid = owner.oid.toLowerCase();
  const member = members.find((candidate) => candidate.id === oid);
  if (!member) {
    throw new DomainError(
      "invalid",
      "This person is not a member of this team or meeting chat.",
      "owner.oid",
    );
  }
  return { oid, name: member.name };
}
