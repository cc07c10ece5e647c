import { describe, expect, it } from "vitest";
import type { ExperimentDoc } from "../../api/src/cosmos/documents";
import { ownerOf, toExperimentView } from "../../api/src/experiments/experiment-view";
import { toOwner } from "../../api/src/experiments/experiment-changes";
import { pointerFor, pointerId, sortKeyOf } from "../../api/src/experiments/owned-index";
import { filterMembers, ownerFromDirectory } from "../../api/src/members/members-service";

const CAROL = "ca201000-0000-4000-8000-000000000003";
const members = [
  { id: "b0b00000-0000-4000-8000-000000000002", name: "Bob Example" },
  { id: CAROL, name: "Carol Example" },
  { id: "a11ce000-0000-4000-8000-000000000001", name: "Álice Émile" },
];

const experiment = (fields: Partial<ExperimentDoc> = {}): ExperimentDoc => ({
  id: "00000000-0000-4000-8000-0000000000e1",
  pk: "t|team:x",
  tid: "t",
  scope: "team:x",
  type: "experiment",
  text: "Try",
  owner: { oid: CAROL, name: "Carol Example" },
  checkBackAt: "2031-01-02",
  dueOn: "2031-01-02",
  status: "planned",
  outcome: null,
  sourceAnswerId: null,
  roundId: null,
  createdBy: null,
  createdAt: "2030-12-01T10:00:00.000Z",
  updatedAt: "2030-12-01T10:00:00.000Z",
  closedAt: null,
  rev: 1,
  ...fields,
});

describe("owners", () => {
  it("reads every stored owner shape as a person or a name", () => {
    expect(ownerOf("Old Name")).toEqual({ oid: null, name: "Old Name" });
    expect(ownerOf({ oid: CAROL, name: "Carol" })).toEqual({ oid: CAROL, name: "Carol" });
    expect(ownerOf(null)).toBeNull();
    expect(toExperimentView(experiment({ owner: "Pat" }), "2030-12-01").owner).toEqual({
      oid: null,
      name: "Pat",
    });
    expect(toOwner("Pat")).toEqual({ oid: null, name: "Pat" });
    expect(toOwner({ name: "Pat" })).toEqual({ oid: null, name: "Pat" });
  });

  it("takes a picked person's name from the directory, and refuses an oid from elsewhere", () => {
    expect(ownerFromDirectory({ oid: CAROL.toUpperCase(), name: "whatever" }, members)).toEqual({
      oid: CAROL,
      name: "Carol Example",
    });
    expect(ownerFromDirectory({ oid: null, name: "Pat" }, members)).toEqual({ oid: null, name: "Pat" });
    expect(() =>
      ownerFromDirectory({ oid: "e0e00000-0000-4000-8000-000000000005", name: "Eve" }, members),
    ).toThrow(expect.objectContaining({ kind: "invalid", field: "owner.oid" }));
  });

  it("filters the picker's list by name, ignoring case and accents, sorted, ids and names only", () => {
    expect(filterMembers(members, "alice").map((member) => member.name)).toEqual(["Álice Émile"]);
    expect(filterMembers(members, " EXAMPLE ").map((member) => member.name)).toEqual([
      "Bob Example",
      "Carol Example",
    ]);
    expect(filterMembers(members, undefined)).toHaveLength(3);
    const many = Array.from({ length: 40 }, (_, index) => ({ id: `id-${index}`, name: `P ${index}` }));
    expect(filterMembers(many, "")).toHaveLength(25);
  });
});

describe("the My experiments pointer", () => {
  it("lives in the owner's partition, one per scope and experiment", () => {
    const pointer = pointerFor(experiment(), CAROL);
    expect(pointer).toMatchObject({
      pk: `t|owner:${CAROL}`,
      tid: "t",
      scope: `owner:${CAROL}`,
      type: "ownedExperiment",
      experimentScope: "team:x",
      experimentId: experiment().id,
    });
    expect(pointer.id).toBe(pointerId("team:x", experiment().id));
    expect(pointerId("team:y", experiment().id)).not.toBe(pointer.id);
  });

  it("sorts open experiments first by due day (none last), then closed ones newest first", () => {
    const soon = sortKeyOf(experiment({ dueOn: "2031-01-01" }));
    const later = sortKeyOf(experiment({ dueOn: "2031-02-01" }));
    const never = sortKeyOf(experiment({ dueOn: null, checkBackAt: null }));
    const closedNew = sortKeyOf(experiment({ status: "done", closedAt: "2031-03-01T00:00:00.000Z" }));
    const closedOld = sortKeyOf(experiment({ status: "dropped", closedAt: "2030-03-01T00:00:00.000Z" }));
    expect([closedOld, never, later, closedNew, soon].sort()).toEqual([
      soon,
      later,
      never,
      closedNew,
      closedOld,
    ]);
  });
});
