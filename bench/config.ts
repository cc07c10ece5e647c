/**
 * Sizes of a run. The full run meets every budget's minimum sample size; BENCH_QUICK=1 is a smoke
 * run that checks the harness end to end in a couple of minutes, with numbers too thin to judge by.
 */
export const MEASURES = [
  "initial-js",
  "tti",
  "visibility",
  "live",
  "submit",
  "history",
  "operations",
  "related",
  "lessons",
  "load",
] as const;
export type MeasureId = (typeof MEASURES)[number];

export interface BenchConfig {
  quick: boolean;
  /** BENCH_ONLY=tti,load runs just those (tti needs initial-js's builds, which it then runs too). */
  only: MeasureId[];
  seed: number;
  tti: { runs: number; warmups: number; cpuThrottle: number; timeoutMs: number };
  visibility: {
    participants: number;
    submitters: number;
    answers: number;
    spreadMs: number;
    settleMs: number;
  };
  /** Live Share: answer visibility by signal, and a quiet round's request rate. */
  live: {
    participants: number;
    submitters: number;
    answers: number;
    spreadMs: number;
    settleMs: number;
    quietMs: number;
  };
  submit: { samples: number; warmups: number };
  history: {
    small: number;
    large: number;
    answersPerRound: number;
    pageSize: number;
    samples: number;
    warmups: number;
  };
  operations: { polls: number; submits: number; historyPages: number };
  related: {
    answers: number;
    answersPerRound: number;
    samples: number;
    warmups: number;
    checkedSamples: number;
  };
  lessons: { lessons: number; samples: number; warmups: number };
  load: {
    participants: number;
    rounds: number;
    durationMs: number;
    answersPerParticipant: number;
    drainMs: number;
  };
}

export function benchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const quick = env.BENCH_QUICK === "1" || env.BENCH_QUICK === "true";
  const seed = Number(env.BENCH_SEED ?? 20260501);
  if (!Number.isSafeInteger(seed)) throw new Error(`BENCH_SEED must be an integer, not "${env.BENCH_SEED}"`);
  const only = (env.BENCH_ONLY ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = only.filter((id) => !(MEASURES as readonly string[]).includes(id));
  if (unknown.length)
    throw new Error(
      `BENCH_ONLY: unknown measure(s) ${unknown.join(", ")}; choose from ${MEASURES.join(", ")}`,
    );
  return {
    quick,
    only: (only.length ? only : [...MEASURES]) as MeasureId[],
    seed,
    tti: { runs: quick ? 3 : 21, warmups: 1, cpuThrottle: 4, timeoutMs: 60_000 },
    visibility: quick
      ? { participants: 20, submitters: 4, answers: 8, spreadMs: 6_000, settleMs: 5_000 }
      : { participants: 20, submitters: 5, answers: 40, spreadMs: 40_000, settleMs: 5_000 },
    live: quick
      ? { participants: 8, submitters: 3, answers: 8, spreadMs: 6_000, settleMs: 5_000, quietMs: 20_000 }
      : { participants: 20, submitters: 5, answers: 40, spreadMs: 40_000, settleMs: 5_000, quietMs: 60_000 },
    submit: { samples: quick ? 60 : 400, warmups: quick ? 5 : 20 },
    history: {
      small: 500,
      large: 50_000,
      answersPerRound: 10,
      pageSize: 20,
      samples: quick ? 10 : 60,
      warmups: quick ? 2 : 5,
    },
    operations: { polls: quick ? 10 : 50, submits: quick ? 5 : 20, historyPages: quick ? 3 : 10 },
    related: {
      answers: 50_000,
      answersPerRound: 10,
      samples: quick ? 20 : 200,
      warmups: quick ? 3 : 10,
      checkedSamples: quick ? 3 : 10,
    },
    lessons: { lessons: 100_000, samples: quick ? 10 : 50, warmups: quick ? 2 : 5 },
    load: {
      participants: 200,
      rounds: 20,
      durationMs: quick ? 10_000 : 60_000,
      answersPerParticipant: quick ? 1 : 3,
      drainMs: 20_000,
    },
  };
}
