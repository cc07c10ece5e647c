import type { RoundView } from "@learning-loop/contract";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, useSyncExternalStore } from "react";
import type { ReactNode } from "react";
import { callApi, scopePath } from "../api/api-client";
import { Problem } from "./Problem";
import { Caption } from "./ui";
import { roundPromptText, t } from "../i18n/i18n";
import { knowsPresence, onPresence, presentUsers } from "../live/live-status";

export const useCardStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  prompt: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    overflowWrap: "anywhere",
  },
  closedPrompt: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  body: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Action = "close" | "reveal" | "nudge";

/** The round in progress (or the one that just closed): its prompt, its state, and the facilitator's actions. */
export function LiveRoundCard({
  round,
  update,
  announce,
  children,
}: {
  round: RoundView;
  update(round: RoundView): void;
  announce(message: string): void;
  children?: ReactNode;
}) {
  const styles = useCardStyles();
  const [busy, setBusy] = useState<Action | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  /** Whom the last nudge went to: the people Live Share showed in the meeting, or every member. */
  const [nudged, setNudged] = useState<"present" | "members" | null>(null);
  // While Live Share shows who is here, the nudge goes to them only, and the button says so.
  const presenceKnown = useSyncExternalStore(onPresence, knowsPresence);
  const nudgeHint = useId();
  const open = round.status === "open";
  const roundPath = `${scopePath(round.scope)}/rounds/${encodeURIComponent(round.id)}`;

  const act = async (action: Action) => {
    setBusy(action);
    setProblem(null);
    setNudged(null);
    try {
      const present = action === "nudge" ? presentUsers() : null;
      const result = await callApi<RoundView>(`${roundPath}/${action}`, {
        method: "POST",
        ...(present ? { body: { present } } : {}),
      });
      if (action === "nudge") {
        setNudged(present ? "present" : "members");
        announce(t(present ? "round.nudgedPresent" : "round.nudged"));
      } else if (result.data) {
        update(result.data);
      }
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(null);
    }
  };

  const Heading = open ? "h1" : "h2";
  return (
    <section className={styles.card} aria-labelledby={`prompt-${round.id}`}>
      <Caption>
        {open ? t("round.live") : t("round.closedTitle")}
        {round.kind ? ` · ${t(`kind.${round.kind}`)}` : ""}
      </Caption>
      <Heading id={`prompt-${round.id}`} className={open ? styles.prompt : styles.closedPrompt}>
        {roundPromptText(round)}
      </Heading>
      <div className={styles.meta}>
        <span>{t("round.answerCount", { count: round.answerCount })}</span>
        {open && <span>{t("round.revealInfo", { mode: t(`reveal.${round.revealMode}`) })}</span>}
        {open && round.revealMode === "onReveal" && round.revealed && <span>{t("round.revealed")}</span>}
      </div>
      {open && round.canManage && (
        <div className={styles.actions}>
          {round.revealMode === "onReveal" && !round.revealed && (
            <Button appearance="primary" disabled={busy !== null} onClick={() => void act("reveal")}>
              {busy === "reveal" ? t("round.working") : t("round.reveal")}
            </Button>
          )}
          <Button disabled={busy !== null} onClick={() => void act("close")}>
            {busy === "close" ? t("round.working") : t("round.close")}
          </Button>
          <Button
            appearance="subtle"
            disabled={busy !== null}
            aria-describedby={presenceKnown ? nudgeHint : undefined}
            onClick={() => void act("nudge")}
          >
            {busy === "nudge" ? t("round.working") : t(presenceKnown ? "round.nudgePresent" : "round.nudge")}
          </Button>
        </div>
      )}
      {open && round.canManage && presenceKnown && (
        <p id={nudgeHint} className={styles.muted}>
          {t("round.nudgePresentHint")}
        </p>
      )}
      {nudged && (
        <p className={styles.body}>{t(nudged === "present" ? "round.nudgedPresent" : "round.nudged")}</p>
      )}
      {Boolean(problem) && <Problem error={problem} />}
      {children}
    </section>
  );
}
