import { LEARNING_MODES } from "@learning-loop/contract";
import type { LearningMode, LessonSort, LessonView } from "@learning-loop/contract";
import {
  Badge,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  SearchBox,
  Select,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { ProblemState } from "../auth/ProblemState";
import { modeLabel, statusLabel } from "../history/format";
import { t } from "../i18n/i18n";
import { useCardListStyles } from "../ui/card-list";
import { knownScopes } from "./known-scopes";
import type { KnownScope } from "./known-scopes";
import { adoptLesson, loadAccess, loadFeed, unpublishLesson } from "./lessons-api";
import type { FeedFilter } from "./lessons-api";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filters: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  item: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  tried: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** How long the search box waits after the last key before asking the API. */
const SEARCH_DELAY_MS = 300;

export interface LessonsFeedProps {
  /** The page's own team or chat: "Try this in my team" starts the experiment there. Null in the personal app. */
  scope: string | null;
  announce(message: string): void;
  /** The level of each lesson's heading. */
  headingLevel?: 2 | 3;
  /**
   * Whether the tenant's feed is on, when the page knows it (the personal app asks
   * `me/lessons-access` itself for its admin section; null while it asks). A change reloads the
   * list. Left out, the feed asks on its own.
   */
  feedEnabled?: boolean | null;
}

/**
 * "From other teams": the tenant's lesson feed (docs/lessons.md), newest or most adopted first, with
 * search, a learning-mode filter and "Load more". Each lesson can be tried in a team ("Try this in
 * my team"); its publisher, its team's owner and tenant admins can unpublish it.
 */
export default function LessonsFeed({ scope, announce, headingLevel = 2, feedEnabled }: LessonsFeedProps) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const [filter, setFilter] = useState<FeedFilter>({ sort: "newest", q: "", mode: null });
  const [typed, setTyped] = useState("");
  const [items, setItems] = useState<LessonView[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  // Off as the access check said (its own, or the page's), or as the last page said.
  const [accessOff, setAccessOff] = useState(false);
  const [pageOff, setPageOff] = useState(false);
  const feedOff = (feedEnabled === undefined ? accessOff : feedEnabled === false) || pageOff;
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  // In the personal app: the teams this person opened the history tab in, on this device.
  const [targets] = useState<KnownScope[]>(() => (scope ? [] : knownScopes()));
  const [target, setTarget] = useState<string>(() => scope ?? targets[0]?.scope ?? "");

  const ownAccess = feedEnabled === undefined;
  useEffect(() => {
    if (!ownAccess) return;
    const controller = new AbortController();
    loadAccess(controller.signal).then(
      (access) => setAccessOff(!access.feedEnabled),
      () => undefined,
    );
    return () => controller.abort();
  }, [ownAccess]);

  useEffect(() => {
    if (typed === filter.q) return;
    const timer = setTimeout(() => setFilter((current) => ({ ...current, q: typed })), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, filter.q]);

  // A tenant admin switching the feed on or off on this page reloads the list (not the first answer
  // of the page's access check: the list loaded meanwhile is current).
  const [switches, setSwitches] = useState(0);
  const known = useRef<boolean | null>(null);
  useEffect(() => {
    if (typeof feedEnabled !== "boolean") return;
    if (known.current !== null && known.current !== feedEnabled) setSwitches((count) => count + 1);
    known.current = feedEnabled;
  }, [feedEnabled]);

  // Which list is shown: a "Load more" answer for an earlier search or order is dropped.
  const shownList = useRef(0);
  // The first lesson "Load more" brought: it takes the focus, as the button may be gone.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (focusId) document.getElementById(`lesson-${focusId}`)?.focus();
  }, [focusId]);

  // Lessons unpublished on this page: a list or page asked for before the unpublish reached the
  // API may still bring them, and must not show them again.
  const removed = useRef(new Set<string>());
  const kept = (page: LessonView[]) => page.filter((item) => !removed.current.has(item.id));

  useEffect(() => {
    const controller = new AbortController();
    shownList.current++;
    setProblem(null);
    setItems(null);
    loadFeed(filter, null, controller.signal).then(
      (page) => {
        setItems(kept(page.items));
        setCursor(page.nextCursor);
        setPageOff(page.feedEnabled === false);
      },
      (failure: unknown) => !controller.signal.aborted && setProblem(failure),
    );
    return () => controller.abort();
  }, [filter, switches]);

  const more = async () => {
    if (!cursor) return;
    const list = shownList.current;
    setLoadingMore(true);
    try {
      const page = await loadFeed(filter, cursor);
      if (list !== shownList.current) return;
      setItems((current) => [...(current ?? []), ...kept(page.items)]);
      setCursor(page.nextCursor);
      setFocusId(page.items[0]?.id ?? null);
    } catch (failure) {
      if (list === shownList.current) setProblem(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  const remove = useCallback((id: string) => {
    removed.current.add(id);
    setItems((current) => current?.filter((item) => item.id !== id) ?? null);
  }, []);

  const targetName = scope ? null : (targets.find((entry) => entry.scope === target)?.name ?? null);

  return (
    <section className={styles.section} aria-label={t("lessons.title")}>
      <Text as="p" block className={styles.muted}>
        {t("lessons.intro")}
      </Text>
      {feedOff && (
        <MessageBar intent="info">
          <MessageBarBody>{t("lessons.feedOff")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.filters}>
        <Field label={t("lessons.sort")}>
          <RadioGroup
            layout="horizontal"
            value={filter.sort}
            onChange={(_event, data) =>
              setFilter((current) => ({ ...current, sort: data.value as LessonSort }))
            }
          >
            <Radio value="newest" label={t("lessons.sort.newest")} />
            <Radio value="adopted" label={t("lessons.sort.adopted")} />
          </RadioGroup>
        </Field>
        <Field label={t("lessons.search")}>
          <SearchBox
            dismiss={{ "aria-label": t("common.clearSearch") }}
            value={typed}
            maxLength={100}
            onChange={(_event, data) => setTyped(data.value)}
          />
        </Field>
        <Field label={t("lessons.mode")}>
          <Select
            value={filter.mode ?? ""}
            onChange={(_event, data) =>
              setFilter((current) => ({ ...current, mode: (data.value || null) as LearningMode | null }))
            }
          >
            <option value="">{t("lessons.mode.all")}</option>
            {LEARNING_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {modeLabel(mode)}
              </option>
            ))}
          </Select>
        </Field>
        {!scope && targets.length > 0 && (
          <Field label={t("lessons.adoptInto")} hint={t("lessons.adoptIntoHint")}>
            <Select value={target} onChange={(_event, data) => setTarget(data.value)}>
              {targets.map((entry) => (
                <option key={entry.scope} value={entry.scope}>
                  {entry.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {!scope && targets.length === 0 && (
        <Text as="p" block className={styles.muted}>
          {t("lessons.noScopes")}
        </Text>
      )}
      {problem !== null && !items ? (
        <ProblemState error={problem} />
      ) : !items ? (
        <Spinner label={t("lessons.loading")} />
      ) : items.length === 0 ? (
        <Text as="p" block>
          {t("lessons.empty")}
        </Text>
      ) : (
        <ul className={cards.list} aria-label={t("lessons.list")}>
          {items.map((lesson) => (
            <Lesson
              key={lesson.id}
              lesson={lesson}
              target={target || null}
              targetName={targetName}
              headingLevel={headingLevel}
              remove={remove}
              announce={announce}
            />
          ))}
        </ul>
      )}
      {items && cursor && (
        <Button onClick={() => void more()} disabledFocusable={loadingMore}>
          {t("lessons.more")}
        </Button>
      )}
      {problem !== null && items && <ProblemState error={problem} />}
    </section>
  );
}

function Lesson({
  lesson,
  target,
  targetName,
  headingLevel,
  remove,
  announce,
}: {
  lesson: LessonView;
  target: string | null;
  targetName: string | null;
  headingLevel: 2 | 3;
  remove(id: string): void;
  announce(message: string): void;
}) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `lesson-${lesson.id}`;
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  const adopt = async () => {
    if (!target) return;
    setBusy(true);
    setProblem(null);
    try {
      await adoptLesson(lesson.id, target);
      const message = targetName
        ? t("lessons.adopted.done", { team: targetName })
        : t("lessons.adopted.done", { team: t("lessons.otherTeam") });
      setDone(message);
      announce(message);
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };

  const unpublish = async () => {
    if (!lesson.scope) return;
    setBusy(true);
    setProblem(null);
    try {
      await unpublishLesson(lesson.scope, lesson.id);
      announce(t("lessons.unpublished"));
      remove(lesson.id);
    } catch (failure) {
      setProblem(failure);
      setBusy(false);
    }
  };

  const tried = lesson.tried;
  return (
    <li
      className={mergeClasses(cards.item, cards.outlined, cards.filled, styles.item)}
      aria-labelledby={headingId}
    >
      <Heading id={headingId} className={styles.heading} tabIndex={-1}>
        {lesson.text}
      </Heading>
      <div className={styles.meta}>
        <Badge appearance="tint" size="small">
          {t(lesson.kind === "answer" ? "lessons.kind.answer" : "lessons.kind.experiment")}
        </Badge>
        {lesson.mode && (
          <Badge appearance="outline" size="small">
            {modeLabel(lesson.mode)}
          </Badge>
        )}
        <Caption1 className={styles.muted}>
          {[
            lesson.team ? t("lessons.fromTeam", { team: lesson.team }) : t("lessons.teamHidden"),
            lesson.author ? t("lessons.by", { name: lesson.author }) : null,
            lesson.adoptedCount > 0 ? t("lessons.adopted", { count: lesson.adoptedCount }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </Caption1>
      </div>
      {lesson.outcome && (
        <Text>
          {lesson.status ? `${statusLabel(lesson.status)} · ` : ""}
          {t("lessons.outcome", { outcome: lesson.outcome })}
        </Text>
      )}
      {tried.length > 0 && (
        <>
          <Caption1 id={`${headingId}-tried`}>{t("lessons.tried", { count: tried.length })}</Caption1>
          <ul className={styles.tried} aria-labelledby={`${headingId}-tried`}>
            {tried.map((entry, index) => (
              <li key={index}>
                <Caption1>
                  {t("lessons.triedBy", {
                    team: entry.team ?? t("lessons.otherTeam"),
                    status: statusLabel(entry.status),
                    outcome: entry.outcome,
                  })}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        {target && !done && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            aria-label={t("lessons.adoptLabel", { text: lesson.text })}
            onClick={() => void adopt()}
          >
            {t("lessons.adopt")}
          </Button>
        )}
        {lesson.canUnpublish && lesson.scope && (
          <Button
            size="small"
            disabled={busy}
            aria-label={t("lessons.unpublishLabel", { text: lesson.text })}
            onClick={() => void unpublish()}
          >
            {t("lessons.unpublish")}
          </Button>
        )}
      </div>
      {done && <Text role="status">{done}</Text>}
      {problem !== null && <ProblemState error={problem} />}
    </li>
  );
}
