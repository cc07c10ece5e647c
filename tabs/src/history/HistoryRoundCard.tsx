import type { AnswerView, ExperimentView, RoundView } from "@learning-loop/contract";
import {
  Badge,
  Button,
  Caption1,
  Link,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { memo } from "react";
import { roundPromptText, t } from "../i18n/i18n";
import { useCardListStyles } from "../ui/card-list";
import { answersByQuestion, kindKey, questionKey, sourceKey } from "../reviews/review-logic";
import { RoundThemesPart } from "../ai/lazy";
import { formatCheckBack, formatMoment, kindLabel, modeLabel, statusLabel } from "./format";
import { Marked, hasMatch } from "./Marked";
import { ShareButton } from "../lessons/ShareButton";
import { useLessonPublishing } from "../lessons/publish-context";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  highlighted: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  itemHead: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  author: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  chevron: { display: "inline-block", width: "1em" },
});

export interface RoundCardProps {
  round: RoundView;
  timeZone: string;
  expanded: boolean;
  highlighted?: boolean;
  headingLevel?: 2 | 3;
  onToggle(id: string): void;
  onCopyLink(round: RoundView): void;
  /** Closes an open after-action review (its starter or an owner: `round.canManage`). */
  onCloseReview?(round: RoundView): void;
  /** The history search the round was found by: what it matched is marked. */
  query?: string;
}

export const roundHeadingId = (id: string) => `round-${id}-heading`;

/**
 * One learning moment: its prompt and when, and behind a disclosure its answers, reactions and
 * experiments. Memoized: the timeline re-renders on every scroll frame, the cards on screen need not.
 */
export const HistoryRoundCard = memo(function HistoryRoundCard({
  round,
  timeZone,
  expanded,
  highlighted = false,
  headingLevel = 3,
  onToggle,
  onCopyLink,
  onCloseReview,
  query = "",
}: RoundCardProps) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  const detailsId = `round-${round.id}-details`;
  const headingId = roundHeadingId(round.id);
  const matching = query ? round.answers.filter((answer) => hasMatch(answer.text, query)).length : 0;
  return (
    <article
      className={mergeClasses(styles.card, highlighted && styles.highlighted)}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className={styles.heading} tabIndex={-1}>
        {round.review ? (
          `${t("review.title")} · ${t(kindKey(round.review.kind))}: ${round.review.title}`
        ) : (
          <Marked text={roundPromptText(round)} query={query} />
        )}
      </Heading>
      {round.review && (
        <Caption1 className={styles.muted}>
          {t("review.from", {
            source: t(sourceKey(round.review.source)),
            time: formatMoment(round.review.receivedAt, timeZone),
          })}
          {round.review.url && (
            <>
              {" · "}
              <Link href={round.review.url} target="_blank" rel="noreferrer noopener">
                {t("review.openEvent", { source: t(sourceKey(round.review.source)) })}
              </Link>
            </>
          )}
        </Caption1>
      )}
      <div className={styles.meta}>
        <Caption1>{formatMoment(round.startedAt, timeZone)}</Caption1>
        {round.kind && (
          <Badge appearance="tint" color="brand" size="small">
            {kindLabel(round.kind)}
          </Badge>
        )}
        {round.status === "open" && (
          <Badge appearance="filled" color="success" size="small">
            {t("history.round.open")}
          </Badge>
        )}
        <Caption1>{t("history.round.startedBy", { name: round.startedBy.name })}</Caption1>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          size="small"
          aria-expanded={expanded}
          {...(expanded ? { "aria-controls": detailsId } : {})}
          onClick={() => onToggle(round.id)}
        >
          <span aria-hidden="true" className={styles.chevron}>
            {expanded ? "▾" : "▸"}
          </span>
          {t("history.round.toggle", { answers: round.answerCount, experiments: round.experiments.length })}
        </Button>
        {matching > 0 && (
          <Caption1 className={styles.muted}>
            {t("history.search.matchingAnswers", { count: matching })}
          </Caption1>
        )}
        <Button
          appearance="subtle"
          size="small"
          aria-describedby={headingId}
          onClick={() => onCopyLink(round)}
        >
          {t("history.round.copyLink")}
        </Button>
        {round.review && round.status === "open" && round.canManage && onCloseReview && (
          <Button
            appearance="subtle"
            size="small"
            aria-label={t("review.closeLabel", { title: round.review.title })}
            onClick={() => onCloseReview(round)}
          >
            {t("review.close")}
          </Button>
        )}
      </div>
      {expanded && (
        <div id={detailsId} className={styles.details}>
          <section aria-labelledby={`${detailsId}-answers`}>
            <Sub id={`${detailsId}-answers`} className={styles.subheading}>
              {t("history.round.answers")}
            </Sub>
            {round.answersHidden && <Text className={styles.muted}>{t("history.round.hidden")}</Text>}
            {round.answers.length === 0 && !round.answersHidden ? (
              <Text className={styles.muted}>{t("history.round.noAnswers")}</Text>
            ) : round.review ? (
              answersByQuestion(round).map((answers, index) => (
                <div key={index}>
                  <Text weight="semibold">{t(questionKey(index))}</Text>
                  {answers.length === 0 ? (
                    <Text className={styles.muted}> {t("review.noAnswers")}</Text>
                  ) : (
                    <ul className={cards.list}>
                      {answers.map((answer) => (
                        <AnswerItem key={answer.id} answer={answer} query={query} />
                      ))}
                    </ul>
                  )}
                </div>
              ))
            ) : (
              <ul className={cards.list}>
                {round.answers.map((answer) => (
                  <AnswerItem key={answer.id} answer={answer} query={query} />
                ))}
              </ul>
            )}
          </section>
          <RoundThemesPart round={round} />
          {round.experiments.length > 0 && (
            <section aria-labelledby={`${detailsId}-experiments`}>
              <Sub id={`${detailsId}-experiments`} className={styles.subheading}>
                {t("history.round.experiments")}
              </Sub>
              <ul className={cards.list}>
                {round.experiments.map((experiment) => (
                  <ExperimentItem
                    key={experiment.id}
                    experiment={experiment}
                    timeZone={timeZone}
                    query={query}
                  />
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </article>
  );
});

/** Anonymous answers show no author, by design: the API never sends one. */
function AnswerItem({ answer, query }: { answer: AnswerView; query: string }) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const author = answer.anonymous
    ? t("history.answer.anonymous")
    : answer.mine
      ? t("history.answer.you")
      : (answer.author?.name ?? t("history.answer.anonymous"));
  const reactions = [
    answer.reactions["me-too"] > 0 && t("history.answer.meToo", { count: answer.reactions["me-too"] }),
    answer.reactions.insightful > 0 && t("history.answer.insightful", { count: answer.reactions.insightful }),
  ].filter(Boolean);
  return (
    <li className={mergeClasses(cards.item, cards.filled, styles.item)}>
      <div className={styles.itemHead}>
        <Caption1 className={styles.author}>{author}</Caption1>
        {answer.mode && (
          <Badge appearance="outline" size="small">
            {modeLabel(answer.mode)}
          </Badge>
        )}
      </div>
      <Text>
        <Marked text={answer.text} query={query} />
      </Text>
      {reactions.length > 0 && <Caption1 className={styles.muted}>{reactions.join(" · ")}</Caption1>}
      {answer.mine && (
        <div>
          <ShareButton
            kind="answer"
            sourceId={answer.id}
            text={answer.text}
            canShowName={!answer.anonymous}
            anonymous={answer.anonymous}
          />
        </div>
      )}
    </li>
  );
}

function ExperimentItem({
  experiment,
  timeZone,
  query,
}: {
  experiment: ExperimentView;
  timeZone: string;
  query: string;
}) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const publishing = useLessonPublishing();
  const ownsIt = publishing?.oid != null && experiment.owner?.oid === publishing.oid;
  return (
    <li className={mergeClasses(cards.item, cards.filled, styles.item)}>
      <div className={styles.itemHead}>
        <Text weight="semibold">
          <Marked text={experiment.text} query={query} />
        </Text>
        <Badge appearance="tint" size="small" color={experiment.due ? "warning" : "informative"}>
          {statusLabel(experiment.status)}
        </Badge>
        {experiment.due && (
          <Badge appearance="filled" size="small" color="warning">
            {t("history.experiment.due")}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.muted}>
        {experiment.owner
          ? t("history.experiment.owner", { name: experiment.owner.name })
          : t("history.experiment.noOwner")}
        {experiment.checkBackAt &&
          ` · ${t("history.experiment.checkBack", { date: formatCheckBack(experiment.checkBackAt, timeZone) })}`}
      </Caption1>
      {experiment.outcome && (
        <Text>
          <Marked text={t("history.experiment.outcome", { outcome: experiment.outcome })} query={query} />
        </Text>
      )}
      {(ownsIt || publishing?.owner) && (
        <div>
          <ShareButton
            kind="experiment"
            sourceId={experiment.id}
            text={experiment.text}
            canShowName={ownsIt}
            anonymous={false}
          />
        </div>
      )}
    </li>
  );
}
