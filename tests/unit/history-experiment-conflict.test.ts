import type { ExperimentView } from "@learning-loop/contract";
import { describe, expect, it } from "vitest";
import {
  editOf,
  editProblem,
  keptMine,
  patchFor,
  resolveConflict,
} from "../../tabs/src/history/experiment-change";

const experiment = (patch: Partial<ExperimentView> = {}): ExperimentView => ({
  id: "e1",
  text: "Demo on Fridays",
  owner: { oid: null, name: "Bob" },
  checkBackAt: null,
  status: "running",
  outcome: null,
  sourceAnswerId: null,
  roundId: null,
  createdBy: { oid: null, name: "Alice" },
  createdAt: "2026-03-01T09:00:00Z",
  updatedAt: "2026-03-01T09:00:00Z",
  closedAt: null,
  due: false,
  etag: '"2"',
  ...patch,
});

describe("an experiment edit", () => {
  it("sends only what changed", () => {
    const base = experiment();
    expect(patchFor(base, editOf(base))).toEqual({});
    expect(patchFor(base, { status: "done", outcome: " Product joins now " })).toEqual({
      status: "done",
      outcome: "Product joins now",
    });
    expect(patchFor(experiment({ outcome: "x" }), { status: "running", outcome: "  " })).toEqual({
      outcome: null,
    });
  });

  it("needs an outcome to be done", () => {
    expect(editProblem({ status: "done", outcome: " " })).toBe("outcomeRequired");
    expect(editProblem({ status: "dropped", outcome: "" })).toBeNull();
    expect(editProblem({ status: "done", outcome: "x".repeat(2001) })).toBe("outcomeTooLong");
  });
});

describe("resolving a 412 conflict", () => {
  const base = experiment();
  const mine = { status: "dropped" as const, outcome: "" };
  const current = experiment({ outcome: "Bob's note", etag: '"3"', updatedAt: "2026-03-02T09:00:00Z" });

  it("keeping mine re-applies my change on the current version with its ETag, keeping fields I did not touch", () => {
    expect(resolveConflict("mine", base, mine, current)).toEqual({
      action: "save",
      ifMatch: '"3"',
      body: { status: "dropped" },
    });
    expect(keptMine(base, mine, current)).toEqual({ status: "dropped", outcome: "Bob's note" });
  });

  it("keeping mine overwrites a field we both changed", () => {
    const both = resolveConflict("mine", base, { status: "done", outcome: "Mine" }, current);
    expect(both).toEqual({ action: "save", ifMatch: '"3"', body: { status: "done", outcome: "Mine" } });
  });

  it("taking theirs drops my edit", () => {
    expect(resolveConflict("theirs", base, mine, current)).toEqual({ action: "accept", experiment: current });
  });

  it("has nothing to save when the current version already is mine", () => {
    expect(resolveConflict("mine", base, mine, experiment({ status: "dropped", etag: '"3"' }))).toEqual({
      action: "accept",
      experiment: experiment({ status: "dropped", etag: '"3"' }),
    });
  });

  it("cannot keep mine when the current status cannot move there", () => {
    const closed = experiment({ status: "done", outcome: "Shipped", etag: '"4"' });
    expect(resolveConflict("mine", base, mine, closed)).toEqual({ action: "impossible", experiment: closed });
  });

  it("cannot keep a 'done' when the outcome it relied on was cleared meanwhile", () => {
    const withOutcome = experiment({ outcome: "Ours" });
    const cleared = experiment({ status: "running", outcome: null, etag: '"5"' });
    // I only moved it to done; the teammate removed the outcome that "done" needs.
    expect(resolveConflict("mine", withOutcome, { status: "done", outcome: "Ours" }, cleared).action).toBe(
      "impossible",
    );
    // Had I written the outcome myself, it goes with my change.
    expect(resolveConflict("mine", withOutcome, { status: "done", outcome: "New" }, cleared)).toEqual({
      action: "save",
      ifMatch: '"5"',
      body: { status: "done", outcome: "New" },
    });
  });
});
