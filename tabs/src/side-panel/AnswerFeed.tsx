import type { AnswerView, ReactionKind, RoundView } from "@learning-loop/contract";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { AnswerEditor } from "./lazy-parts";
import { Part } from "./Part";
import { Problem } from "./Problem";
import { formatTime, t } from "../i18n/i18n";
import { appOutbox } from "../outbox/app-outbox";
import type { OutboxEntry } from "../outbox/outbox-queue";
import { REACTION_KINDS } from "./limits";
import { withReaction } from "./round-logic";
import { callApi, scopePath } from "../api/api-client";
import { useCardListStyles } from "../ui/card-list";

const useStyles = makeStyles({
  item: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  meta: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
  text: {
    whiteSpace: "pre-wrap",
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  body: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  status: { color: tokens.colorNeutralForeground2, fontStyle: "italic", margin: 0 },
  heading: { fontSize: tokens.fontSizeBase300, margin: `0 0 ${tokens.spacingVerticalS}` },
});

export interface AnswerFeedProps {
  round: RoundView;
  unsent: OutboxEntry[];
  sendingId: string | null;
  /** An open round the person could share a refused answer into instead. */
  openRoundId: string | null;
  update(change: (round: RoundView | null) => RoundView | null): void;
  refresh(): void;
  announce(message: string): void;
  onTry(answer: AnswerView): void;
}

const authorLabel = (answer: AnswerView) =>
  answer.mine
    ? answer.anonymous
      ? t("answer.youAnonymous")
      : t("answer.you")
    : answer.anonymous
      ? t("answer.anonymous")
      : (answer.author?.name ?? t("answer.anonymous"));

/** The round's answers as the side panel shows them: react, try, and edit or delete your own. */
export function AnswerFeed(props: AnswerFeedProps) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const { round, unsent } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hiddenText =
    round.revealMode === "afterAnswer"
      ? t("round.hiddenAfterAnswer")
      : round.revealMode === "onReveal"
        ? t("round.hiddenOnReveal")
        : t("round.hidden");
  const empty = round.answers.length === 0 && unsent.length === 0;
  return (
    <section aria-labelledby={`answers-${round.id}`}>
      <h2 id={`answers-${round.id}`} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("round.answers")}
      </h2>
      {round.answersHidden && (
        <p className={styles.body}>
          {hiddenText} {t("round.answerCount", { count: round.answerCount })}
        </p>
      )}
      {empty && !round.answersHidden ? (
        <p className={styles.body}>{t("round.noAnswers")}</p>
      ) : (
        !empty && (
          <ul className={cards.list} aria-label={t("round.answers")}>
            {round.answers.map((answer) => (
              <AnswerItem
                key={answer.id}
                answer={answer}
                {...props}
                onRemoved={() => headingRef.current?.focus()}
              />
            ))}
            {unsent.map((entry) => (
              <UnsentItem
                key={entry.id}
                entry={entry}
                sending={props.sendingId === entry.id}
                openRoundId={props.openRoundId}
              />
            ))}
          </ul>
        )
      )}
    </section>
  );
}

function AnswerItem({
  answer,
  round,
  update,
  refresh,
  announce,
  onTry,
  onRemoved,
}: AnswerFeedProps & { answer: AnswerView; onRemoved(): void }) {
  const styles = useStyles();
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<"edit" | "delete" | null>(null);
  const answerPath = `${scopePath(round.scope)}/rounds/${encodeURIComponent(round.id)}/answers/${encodeURIComponent(answer.id)}`;

  const react = async (kind: ReactionKind) => {
    const on = !answer.myReactions.includes(kind);
    setProblem(null);
    update((current) => (current ? withReaction(current, answer.id, kind, on) : current));
    try {
      await callApi(`${answerPath}/reactions/${kind}`, { method: on ? "PUT" : "DELETE" });
    } catch (failure) {
      update((current) => (current ? withReaction(current, answer.id, kind, !on) : current));
      setProblem(failure);
    }
  };

  const open = (next: "edit" | "delete") => {
    setProblem(null);
    setNotice(null);
    setMode(next);
  };

  const done = (result: { removed?: boolean; notice?: string; problem?: unknown }) => {
    if (result.removed) {
      onRemoved();
      return;
    }
    returnFocus.current = mode === "delete" ? "delete" : "edit";
    setMode("view");
    if (result.notice) setNotice(result.notice);
    if (result.problem) setProblem(result.problem);
  };

  // Back from editing or deleting, focus returns to the button that started it.
  useEffect(() => {
    if (mode !== "view" || !returnFocus.current) return;
    (returnFocus.current === "delete" ? deleteButton : editButton).current?.focus();
    returnFocus.current = null;
  }, [mode]);

  return (
    <li className={styles.item}>
      <div className={styles.meta}>
        <span>{authorLabel(answer)}</span>
        {answer.mode && <span>{t(`kind.${answer.mode}`)}</span>}
        {/* An anonymous answer has no time of its own (the API sends its round's start). */}
        {!answer.anonymous && <span>{formatTime(answer.createdAt)}</span>}
        {answer.editedAt && <span>{t("answer.edited")}</span>}
      </div>
      {mode !== "edit" && <p className={styles.text}>{answer.text}</p>}
      {notice && (
        <p role="status" className={styles.body}>
          {notice}
        </p>
      )}
      {Boolean(problem) && <Problem error={problem} />}
      {mode !== "view" ? (
        <Part>
          <AnswerEditor
            mode={mode}
            round={round}
            answer={answer}
            update={update}
            refresh={refresh}
            announce={announce}
            onDone={done}
          />
        </Part>
      ) : (
        <div className={styles.actions}>
          {REACTION_KINDS.map((kind) => {
            const label = t(`reaction.${kind}`);
            const count = answer.reactions[kind];
            const pressed = answer.myReactions.includes(kind);
            return (
              <Button
                key={kind}
                size="small"
                appearance={pressed ? "primary" : "secondary"}
                aria-pressed={pressed}
                aria-label={t("reaction.label", { label, count })}
                onClick={() => void react(kind)}
              >
                {label} {count > 0 ? count : ""}
              </Button>
            );
          })}
          <Button size="small" onClick={() => onTry(answer)}>
            {t("experiment.try")}
          </Button>
          {answer.mine && (
            <>
              <Button size="small" ref={editButton} onClick={() => open("edit")}>
                {t("answer.edit")}
              </Button>
              <Button size="small" ref={deleteButton} onClick={() => open("delete")}>
                {t("answer.delete")}
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** Answers of earlier rounds the API did not take: kept, with a way to share them now or let go. */
export function UnsentList({ entries, openRoundId }: { entries: OutboxEntry[]; openRoundId: string | null }) {
  const styles = useStyles();
  const cards = useCardListStyles();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="unsent-heading">
      <h2 id="unsent-heading" className={styles.heading}>
        {t("unsent.title")}
      </h2>
      <ul className={cards.list} aria-labelledby="unsent-heading">
        {entries.map((entry) => (
          <UnsentItem key={entry.id} entry={entry} sending={false} openRoundId={openRoundId} />
        ))}
      </ul>
    </section>
  );
}

function UnsentItem({
  entry,
  sending,
  openRoundId,
}: {
  entry: OutboxEntry;
  sending: boolean;
  openRoundId: string | null;
}) {
  const styles = useStyles();
  const reason =
    entry.failure?.kind === "roundClosed"
      ? t("answer.failureRoundClosed")
      : t("answer.failureRefused", { detail: entry.failure?.detail ?? "" });
  const elsewhere = openRoundId !== null && openRoundId !== entry.roundId;
  return (
    <li className={styles.item}>
      <div className={styles.meta}>
        <span>{entry.anonymous ? t("answer.youAnonymous") : t("answer.you")}</span>
        {entry.mode && <span>{t(`kind.${entry.mode}`)}</span>}
      </div>
      <p className={styles.text}>{entry.text}</p>
      {entry.state === "pending" || sending ? (
        <p className={styles.status}>{t("answer.sending")}</p>
      ) : (
        <>
          <p className={styles.status}>{t("answer.notSent", { reason })}</p>
          <div className={styles.actions}>
            {elsewhere ? (
              <Button
                size="small"
                onClick={() => void appOutbox().then((outbox) => outbox.retry(entry.id, openRoundId))}
              >
                {t("answer.retryHere")}
              </Button>
            ) : (
              entry.failure?.kind !== "roundClosed" && (
                <Button
                  size="small"
                  onClick={() => void appOutbox().then((outbox) => outbox.retry(entry.id))}
                >
                  {t("answer.retry")}
                </Button>
              )
            )}
            <Button size="small" onClick={() => void appOutbox().then((outbox) => outbox.discard(entry.id))}>
              {t("answer.discard")}
            </Button>
          </div>
        </>
      )}
    </li>
  );
}
