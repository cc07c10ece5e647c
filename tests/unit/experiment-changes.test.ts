import type { ExperimentStatus } from "@learning-loop/contract";
import { EXPERIMENT_STATUSES } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import type { ScopeAccess } from "../../api/src/auth/identity";
import type { ExperimentDoc } from "../../api/src/cosmos/documents";
import { DomainError } from "../../api/src/domain/errors";
import {
  newExperiment,
  sameCreation,
  toOwner,
  updatedExperiment,
} from "../../api/src/experiments/experiment-changes";
import { canMove } from "../../api/src/experiments/experiment-status";
import { toExperimentView } from "../../api/src/experiments/experiment-view";

const TID = "11111111-1111-4111-8111-111111111111";
const access: ScopeAccess = {
  tid: TID,
  oid: "b0b00000-0000-4000-8000-000000000002",
  name: "Bob",
  scope: "team:t",
  role: "member",
  pk: `${TID}|team:t`,
};
const created = new Date("2026-03-01T09:00:00Z");
const later = new Date("2026-03-04T12:00:00Z");

const planned = (fields: Partial<ExperimentDoc> = {}): ExperimentDoc => ({
  ...newExperiment(
    access,
    { id: "0e4f8c1a-5b7d-4c3e-9f2a-1b2c3d4e5f60", text: "Pair on reviews", checkBackAt: "next-standup" },
    { sourceAnswerId: null, anonymousSource: false, roundId: null },
    created,
    "UTC",
    "test-secret",
  ),
  ...fields,
});

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, field: error.field };
    throw error;
  }
  return undefined;
};

const ALLOWED = new Set([
  "planned>planned",
  "planned>running",
  "planned>dropped",
  "running>running",
  "running>done",
  "running>dropped",
  "done>done",
  "dropped>dropped",
]);
const moves = EXPERIMENT_STATUSES.flatMap((from) => EXPERIMENT_STATUSES.map((to) => [from, to] as const));

describe("status moves", () => {
  it.each(moves)("%s → %s", (from: ExperimentStatus, to: ExperimentStatus) => {
    expect(canMove(from, to)).toBe(ALLOWED.has(`${from}>${to}`));
  });

  it.each(moves.filter(([from, to]) => !ALLOWED.has(`${from}>${to}`)))(
    "refuses %s → %s as a conflict naming status",
    (from, to) => {
      const doc = planned({ status: from, outcome: "It helped" });
      expect(
        failure(() => updatedExperiment(doc, { status: to, outcome: "It helped" }, later, "UTC")),
      ).toEqual({
        kind: "conflict",
        field: "status",
      });
    },
  );
});

describe("updatedExperiment", () => {
  it("starts a planned experiment and bumps its revision", () => {
    const next = updatedExperiment(planned(), { status: "running" }, later, "UTC");
    expect(next).toMatchObject({ status: "running", rev: 2, closedAt: null, updatedAt: later.toISOString() });
  });

  it("needs an outcome to be done, given now or stored before", () => {
    const running = planned({ status: "running" });
    expect(failure(() => updatedExperiment(running, { status: "done" }, later, "UTC"))).toEqual({
      kind: "invalid",
      field: "outcome",
    });
    expect(
      failure(() => updatedExperiment(running, { status: "done", outcome: null }, later, "UTC")),
    ).toEqual({
      kind: "invalid",
      field: "outcome",
    });
    const noted = planned({ status: "running", outcome: "Reviews got faster" });
    expect(updatedExperiment(noted, { status: "done" }, later, "UTC")).toMatchObject({
      status: "done",
      outcome: "Reviews got faster",
      closedAt: later.toISOString(),
    });
  });

  it("keeps a done experiment's outcome: clearing it is refused", () => {
    const done = planned({ status: "done", outcome: "It helped", closedAt: created.toISOString() });
    expect(failure(() => updatedExperiment(done, { outcome: null }, later, "UTC"))).toMatchObject({
      field: "outcome",
    });
    expect(updatedExperiment(done, { outcome: "It helped a lot" }, later, "UTC")).toMatchObject({
      outcome: "It helped a lot",
      closedAt: created.toISOString(),
    });
  });

  it("closes a dropped experiment without an outcome", () => {
    expect(updatedExperiment(planned(), { status: "dropped" }, later, "UTC")?.closedAt).toBe(
      later.toISOString(),
    );
  });

  it("changes nothing, and keeps the ETag, when the update repeats what is stored", () => {
    const doc = planned();
    expect(updatedExperiment(doc, {}, later, "UTC")).toBeUndefined();
    expect(
      updatedExperiment(
        doc,
        {
          status: "planned",
          text: doc.text,
          checkBackAt: "next-standup",
          owner: { oid: access.oid, name: "Bob" },
        },
        later,
        "UTC",
      ),
    ).toBeUndefined();
  });

  it("keeps the day of a repeated check-back and moves it for a new one", () => {
    const doc = planned();
    expect(doc.dueOn).toBe("2026-03-02");
    expect(
      updatedExperiment(doc, { text: "Pair on all reviews", checkBackAt: "next-standup" }, later, "UTC")
        ?.dueOn,
    ).toBe("2026-03-02");
    expect(updatedExperiment(doc, { checkBackAt: "2026-03-10T23:00:00Z" }, later, "Asia/Tokyo")?.dueOn).toBe(
      "2026-03-11",
    );
    expect(updatedExperiment(doc, { checkBackAt: null }, later, "UTC")?.dueOn).toBeNull();
  });

  it("makes a view that is due once the check-back's day comes", () => {
    const doc = planned();
    expect(toExperimentView(doc, "2026-03-01")).toMatchObject({ due: false, etag: '"1"' });
    expect(toExperimentView(doc, "2026-03-02").due).toBe(true);
  });
});

describe("owners and replays", () => {
  it("defaults the owner to the creator and reads a bare name as nobody in the directory", () => {
    expect(planned().owner).toEqual({ oid: access.oid, name: "Bob" });
    expect(toOwner("Dana")).toEqual({ oid: null, name: "Dana" });
    expect(toOwner({ name: "Dana", oid: null })).toEqual({ oid: null, name: "Dana" });
    expect(toOwner({ name: "Carol", oid: "ca201000-0000-4000-8000-000000000003" }).oid).toBe(
      "ca201000-0000-4000-8000-000000000003",
    );
  });

  it("treats a replay as the same only for the same creator and content", () => {
    const doc = planned();
    expect(sameCreation(doc, { ...doc, createdAt: later.toISOString() })).toBe(true);
    expect(sameCreation(doc, { ...doc, text: "Something else" })).toBe(false);
    expect(sameCreation(doc, { ...doc, checkBackAt: "2026-03-09" })).toBe(false);
    expect(
      sameCreation(doc, { ...doc, createdBy: { oid: "ca201000-0000-4000-8000-000000000003", name: "Bob" } }),
    ).toBe(false);
  });
});
