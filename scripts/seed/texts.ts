import type { PromptKind } from "@learning-loop/contract";

/**
 * What a small product team says in its stand-ups, by kind of prompt. Plain, specific, sometimes
 * with accents and mixed case, so that search (case- and accent-insensitive) has something to do.
 */
export const ANSWERS: Record<PromptKind, readonly string[]> = {
  weekly: [
    "Feature flags let us ship the search rewrite dark and flip it per tenant. Much calmer release.",
    "Smaller pull requests get reviewed the same day; the big one from Monday is still waiting.",
    "Pairing with Carol on the flaky test showed me how to read the CI timing report.",
    "We learned that the export job times out above 20k rows; streaming fixes it.",
    "Writing the ADR before the spike saved us a week of arguing afterwards.",
    "Our on-call runbook was missing the cache flush step. Added it after Tuesday's page.",
    "Customer interviews beat our analytics on why people abandon onboarding.",
    "Helping each other with code reviews in the morning keeps the afternoon free for focus.",
    "Mob programming the migration was slower per hour but nobody was blocked.",
    "Try a 15-minute demo slot on Fridays so everyone sees what shipped.",
    "Let's timebox spikes to one day and write down what we learned either way.",
    "Try keeping the backlog to the next two weeks only and see if planning gets shorter.",
    "The café chat with the platform team was more useful than the sync meeting.",
    "Rotating who runs the stand-up made the quiet people talk more.",
  ],
  afterAction: [
    "The release was supposed to go out Tuesday morning with zero downtime.",
    "The migration locked the orders table for four minutes during peak.",
    "We tested on a copy with 1% of the data, so the lock never showed up.",
    "Next time we rehearse migrations on a full-size snapshot first.",
    "The alert fired, but it went to a channel nobody watches at night.",
    "Rollback worked, but took 25 minutes because the script needed manual edits.",
    "We assumed the vendor API was idempotent; it was not.",
    "Add a pre-release checklist item: who is watching the dashboards.",
  ],
  experimental: [
    "Small bet: no meetings on Wednesday afternoons for two weeks.",
    "Trial: every PR under 300 lines, or it gets split.",
    "Stop estimating bugs for a sprint and see if anyone misses it.",
    "Prototype the settings page in a day instead of debating it in the design review.",
    "We will know the caching change worked if p95 drops below 300 ms.",
    "The surprise: turning off the nightly build broke nobody's workflow.",
    "Try a naïve implementation first and measure before optimizing.",
    "Let's A/B the onboarding email copy for one week.",
  ],
  contextual: [
    "A customer showed us they export to Excel every Monday. We never designed for that.",
    "The security team's threat model template would fit our API review.",
    "Support tickets mention the same confusing error message 40 times this month.",
    "The Zürich office solved the same timezone bug last year; they shared their fix.",
    "Our data says most searches happen on mobile; we only test on desktop.",
    "A talk at the meetup on trunk-based development matched our merge pain exactly.",
    "Accessibility audit from an outside expert found issues our linters miss.",
  ],
  vicarious: [
    "Watching Bob debug with the profiler first, before guessing, changed how I start.",
    "The payments team uses a release captain rotation; we could borrow that.",
    "Another team's outage from a missing index is a good warning for our reports page.",
    "Reviewing Alice's PR taught me the builder pattern for our test fixtures.",
    "Carol's habit of writing the test name first makes her PRs easy to read.",
    "The mobile team's feature flag cleanup day is worth copying.",
  ],
  reflexive: [
    "We assumed users read release notes. Almost nobody does.",
    "Waiting for a second approval slowed us more than it caught bugs.",
    "We would not pick the custom queue again; the managed one is fine.",
    "Are we still working on what matters most? The roadmap says retention, we spent the week on admin tooling.",
    "Our habit of fixing everything in the same sprint hides how much unplanned work we get.",
    "Stand-ups drift into status reports; the learning question helps.",
  ],
  safety: [
    "I have been hesitant to ask how the billing service actually works.",
    "I could use help with the Kubernetes upgrade; I am out of my depth.",
    "I see the rewrite differently: I think we should fix the old module first.",
    "The demo did not go as planned, and it taught me to test on the real projector.",
    "We are not talking about how tired everyone is after the launch.",
    "Honestly, I do not understand our estimation process.",
  ],
};

/** Experiments the team decides to try, with what happened when they closed. */
export const EXPERIMENTS: readonly { text: string; done: string; dropped: string }[] = [
  {
    text: "No-meeting Wednesday afternoons for two weeks",
    done: "Focus time went up; two people shipped features early. Keeping it.",
    dropped: "Clashed with the client call; we will try Thursdays instead.",
  },
  {
    text: "Split every PR over 300 lines",
    done: "Review time dropped from two days to half a day.",
    dropped: "Too rigid for migrations; back to judgement.",
  },
  {
    text: "Rehearse migrations on a full-size snapshot",
    done: "Caught a lock on the audit table before release. Now part of the checklist.",
    dropped: "Snapshot restore takes six hours; not feasible every time.",
  },
  {
    text: "Release captain rotation, borrowed from the payments team",
    done: "Releases are calmer and everybody knows the process now.",
    dropped: "Only three of us; a rotation did not add much.",
  },
  {
    text: "Timebox spikes to one day with a written note",
    done: "Notes are useful; two spikes stopped early with a clear answer.",
    dropped: "Notes were never read; we stopped.",
  },
  {
    text: "Demo slot on Fridays",
    done: "Product joins now; feedback arrives a week earlier.",
    dropped: "Nobody came after week two.",
  },
  {
    text: "Test the main flows on mobile every sprint",
    done: "Found three layout bugs customers had reported for months.",
    dropped: "Device lab access was too slow to get.",
  },
  {
    text: "Write the ADR before the spike",
    done: "Decisions are faster and easier to revisit.",
    dropped: "Felt like paperwork for small choices.",
  },
  {
    text: "Route night alerts to the on-call phone, not the channel",
    done: "Mean time to acknowledge went from 40 minutes to 6.",
    dropped: "The paging tool licence did not come through.",
  },
  {
    text: "Help-wanted slot at the end of stand-up",
    done: "People ask earlier; the Kubernetes upgrade got three helpers.",
    dropped: "Overlapped with the learning moment; merged into it.",
  },
];
