import type { AnswerView, RoundView } from "@learning-loop/contract";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  CheckBacks,
  MyExperimentsDialog,
  NewExperimentDialog,
  PulsePanel,
  RelatedHistory,
  ReviewsPanel,
  preloadParts,
} from "./lazy-parts";
import { Part } from "./Part";
import { Problem } from "./Problem";
import { Caption, Loading, useReturnFocus } from "./ui";
import { formatDate, t } from "../i18n/i18n";
import { useIdle, whenIdle } from "../ui/when-idle";
import { appOutbox, useOutbox } from "../outbox/app-outbox";
import { AnswerFeed, UnsentList } from "./AnswerFeed";
import { Composer } from "./Composer";
import { ConnectionBanner, useOnline } from "./ConnectionBanner";
import { PromptCard } from "./PromptCard";
import { LiveRoundCard } from "./LiveRoundCard";
import { StageShare } from "./StageShare";
import { connectionNotice, excerpt, roundEvents, unsentFor, withAnswer, withExperiment } from "./round-logic";
import type { RoundEvent } from "./round-logic";
import { useRound } from "./use-round";
import { useCheckBacks, useScopeData } from "./use-scope";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  experiments: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  heading: { fontSize: tokens.fontSizeBase300, margin: `0 0 ${tokens.spacingVerticalXS}` },
});

function describe(event: RoundEvent): string {
  switch (event.kind) {
    case "started":
      return t("announce.started", { prompt: excerpt(event.prompt) });
    case "closed":
      return t("announce.closed");
    case "revealed":
      return t("round.revealed");
    case "answer":
      return event.author === null
        ? t("announce.anonymous", { text: excerpt(event.text) })
        : t("announce.answer", { author: event.author, text: excerpt(event.text) });
  }
}

interface Announcement {
  id: number;
  text: string;
}

/** A polite live region: each message is a new node, so repeated messages are announced too. */
function useAnnouncer(): [Announcement[], (text: string) => void] {
  const [messages, setMessages] = useState<Announcement[]>([]);
  const next = useRef(0);
  const announce = useCallback((text: string) => {
    next.current += 1;
    const id = next.current;
    setMessages((current) => [...current.slice(-4), { id, text }]);
  }, []);
  return [messages, announce];
}

/** The meeting side panel: today's prompt, the round, the team's answers, and what is due. */
export function SidePanel({
  scope,
  meetingId,
  userName,
}: {
  scope: string;
  meetingId: string | null;
  userName: string | null;
}) {
  const styles = useStyles();
  const { round, loading, error, failures, busy, update, refresh } = useRound(scope, meetingId);
  const scopeData = useScopeData(scope);
  const checkBacks = useCheckBacks(scope, !loading);
  const outbox = useOutbox();
  const online = useOnline();
  const [messages, announce] = useAnnouncer();
  // The experiment dialog stays mounted after its first use, so it can close the way Fluent expects.
  const [tryFrom, setTryFrom] = useState<{ answer: AnswerView; open: boolean } | null>(null);
  const returnFocus = useReturnFocus();
  const [mine, setMine] = useState<boolean | null>(null);
  const seen = useRef<{ round: RoundView | null; loaded: boolean }>({ round: null, loaded: false });

  // Dialogs and forms not needed for the first paint arrive once the panel is up.
  useEffect(preloadParts, []);

  // Tell screen readers what changed since the last view: new answers, a reveal, a start or close.
  useEffect(() => {
    if (loading) return;
    const previous = seen.current;
    seen.current = { round, loaded: true };
    for (const event of roundEvents(previous.round, round, !previous.loaded)) announce(describe(event));
  }, [round, loading, announce]);

  // An answer the outbox delivered shows at once, before the next poll brings the round's new version.
  // The outbox (its code and IndexedDB) starts once the round has loaded and the browser is idle,
  // off the first screen's path.
  useEffect(() => {
    if (loading) return;
    let stop: (() => void) | undefined;
    let live = true;
    const cancel = whenIdle(() => {
      void appOutbox().then((outbox) => {
        if (!live) return;
        stop = outbox.onDelivered((_entry, answer) => {
          update((current) =>
            current && current.id === answer.roundId ? withAnswer(current, answer) : current,
          );
          // The API is reachable again: stop backing off and catch up now.
          refresh();
        });
      });
    });
    return () => {
      live = false;
      cancel();
      stop?.();
    };
  }, [loading, update, refresh]);

  // The API answers polls again after trouble: answers waiting in the outbox need not wait for their backoff.
  const troubled = useRef(false);
  useEffect(() => {
    if (failures > 0) troubled.current = true;
    else if (troubled.current) {
      troubled.current = false;
      void appOutbox().then((outbox) => outbox.retryAll());
    }
  }, [failures]);

  // The round loads again after a problem: the scope's settings and prompts get another try too
  // (once per recovery, never in a loop with their own failures).
  const { error: scopeError, reload: reloadScope } = scopeData;
  const recovered = !error && round ? round.id : null;
  const retriedFor = useRef<string | null>(null);
  useEffect(() => {
    if (recovered === null || !scopeError || retriedFor.current === recovered) return;
    retriedFor.current = recovered;
    reloadScope();
  }, [recovered, scopeError, reloadScope]);

  const open = round?.status === "open" ? round : null;
  const unsent = unsentFor(outbox.entries, round);
  const elsewhere = outbox.entries.filter((entry) => entry.roundId !== round?.id);
  const notice = connectionNotice({
    online,
    pollFailures: failures,
    pollBusy: busy,
    entries: outbox.entries,
    durable: outbox.durable,
  });
  const problem = error ?? scopeData.error;
  // The first screen draws once, with the round and the scope's prompts and settings together:
  // a prompt card or composer drawn first without them would only be drawn again a moment later.
  const waiting = loading || (!problem && scopeData.prompts === null);

  const tryAnswer = (answer: AnswerView) => {
    returnFocus.remember();
    setTryFrom({ answer, open: true });
  };

  const answersOf = (shown: RoundView) => (
    <AnswerFeed
      round={shown}
      unsent={unsent}
      sendingId={outbox.sending}
      openRoundId={open?.id ?? null}
      update={update}
      refresh={refresh}
      announce={announce}
      onTry={tryAnswer}
    />
  );

  const checkBackList = checkBacks.items.length > 0 && (
    <Part>
      <CheckBacks
        scope={scope}
        items={checkBacks.items}
        replace={checkBacks.replace}
        reload={checkBacks.reload}
        announce={announce}
      />
    </Part>
  );

  // The team pulse loads beside the round once the panel is up and the browser idle: it never
  // holds up the round, nor competes with it while the panel becomes interactive.
  const idle = useIdle();
  const pulse = idle && (
    <Part fallback={null}>
      <PulsePanel scope={scope} announce={announce} />
    </Part>
  );
  // After-action reviews an outside event started wait here, beside the day's prompt.
  const reviews = idle && (
    <Part fallback={null}>
      <ReviewsPanel
        scope={scope}
        anonymousDefault={scopeData.settings?.anonymousDefault}
        announce={announce}
        onTry={tryAnswer}
      />
    </Part>
  );

  return (
    <main className={styles.panel} aria-label={t("panel.label")}>
      <ConnectionBanner notice={notice} />
      {Boolean(problem) && (
        <Problem
          error={problem}
          onRetry={() => {
            scopeData.reload();
            refresh();
          }}
        />
      )}
      {waiting ? (
        <Loading label={t("common.loading")} />
      ) : Boolean(problem) && !round ? (
        // Nothing to show but the problem, and what is still waiting to be sent.
        <UnsentList entries={elsewhere} openRoundId={null} />
      ) : open ? (
        <>
          <LiveRoundCard round={open} update={update} announce={announce}>
            <StageShare announce={announce} />
          </LiveRoundCard>
          <Composer
            key={open.id}
            round={open}
            anonymousDefault={scopeData.settings?.anonymousDefault}
            smallGroup={scopeData.settings?.smallGroup}
          />
          {reviews}
          {pulse}
          <FromOurHistory scope={scope} round={open} />
          <UnsentList entries={elsewhere} openRoundId={open.id} />
          {answersOf(open)}
          <ExperimentsOf round={open} />
          {checkBackList}
        </>
      ) : (
        <>
          <PromptCard
            scope={scope}
            meetingId={meetingId}
            prompts={scopeData.prompts}
            defaultRevealMode={scopeData.settings?.revealMode}
            onStarted={update}
            onPromptAdded={scopeData.reload}
          >
            <StageShare announce={announce} />
          </PromptCard>
          {reviews}
          {pulse}
          {checkBackList}
          <UnsentList entries={elsewhere} openRoundId={null} />
          {round && (
            <>
              <LiveRoundCard round={round} update={update} announce={announce} />
              {answersOf(round)}
              <ExperimentsOf round={round} />
            </>
          )}
        </>
      )}
      {tryFrom && (
        <Part>
          <NewExperimentDialog
            key={tryFrom.answer.id}
            open={tryFrom.open}
            scope={scope}
            answer={tryFrom.answer}
            userName={userName}
            onClose={() => {
              setTryFrom({ ...tryFrom, open: false });
              returnFocus.restore();
            }}
            onCreated={(experiment, message) => {
              setTryFrom({ ...tryFrom, open: false });
              returnFocus.restore();
              update((current) => (current ? withExperiment(current, experiment) : current));
              announce(message);
            }}
          />
        </Part>
      )}
      <div>
        <Button
          appearance="subtle"
          onClick={() => {
            returnFocus.remember();
            setMine(true);
          }}
        >
          {t("panel.myExperiments")}
        </Button>
      </div>
      {mine !== null && (
        <Part>
          <MyExperimentsDialog
            open={mine}
            announce={announce}
            onClose={() => {
              setMine(false);
              returnFocus.restore();
            }}
          />
        </Part>
      )}
      <div aria-live="polite" aria-relevant="additions text" className={styles.visuallyHidden}>
        {messages.map((message) => (
          <p key={message.id}>{message.text}</p>
        ))}
      </div>
    </main>
  );
}

/** What the team decided to try from this round. */
function ExperimentsOf({ round }: { round: RoundView }) {
  const styles = useStyles();
  if (round.experiments.length === 0) return null;
  return (
    <section aria-labelledby={`experiments-${round.id}`}>
      <h2 id={`experiments-${round.id}`} className={styles.heading}>
        {t("experiments.title")}
      </h2>
      <ul className={styles.experiments}>
        {round.experiments.map((experiment) => (
          <li key={experiment.id}>
            {experiment.text}{" "}
            <Caption>
              (
              {experiment.owner
                ? t("checkBack.owner", { name: experiment.owner.name })
                : t("checkBack.noOwner")}
              {experiment.checkBackAt && experiment.checkBackAt !== "next-standup"
                ? ` · ${t("checkBack.due", { date: formatDate(experiment.checkBackAt) })}`
                : ` · ${t("experiment.whenNext")}`}
              )
            </Caption>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "From our history": only once the person has shared their own answer (the team thinks first). */
function FromOurHistory({ scope, round }: { scope: string; round: RoundView }) {
  const mine = round.answers
    .filter((answer) => answer.mine)
    .map((answer) => answer.text)
    .join("\n");
  if (!mine) return null;
  return (
    <Part fallback={null}>
      <RelatedHistory scope={scope} text={mine} excludeRoundId={round.id} />
    </Part>
  );
}
