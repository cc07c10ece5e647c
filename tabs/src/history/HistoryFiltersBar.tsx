import { PROMPT_KINDS } from "@learning-loop/contract";
import type { Person, PromptKind, PromptView } from "@learning-loop/contract";
import {
  Button,
  Checkbox,
  Field,
  Input,
  SearchBox,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { t } from "../i18n/i18n";
import { kindLabel } from "./format";
import { NO_FILTERS, isBackwardRange, isFiltering } from "./history-query";
import type { HistoryFilters } from "./history-query";

const SEARCH_DEBOUNCE_MS = 300;

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  // On narrow frames (mobile, a meeting's side of the screen) the filters fold away behind a
  // button, so the timeline keeps most of the height; wide frames always show them.
  collapsed: { "@media (max-width: 599px)": { display: "none" } },
  toggle: { alignSelf: "flex-start", "@media (min-width: 600px)": { display: "none" } },
  search: { maxWidth: "640px" },
  select: { flex: "0 1 200px", minWidth: "150px" },
  date: { flex: "0 1 160px", minWidth: "140px" },
  prompt: { flex: "0 1 280px", minWidth: "180px" },
  check: { paddingBottom: tokens.spacingVerticalXXS },
});

/**
 * Search and filters. Typing is debounced so the API sees one query per pause rather than one per
 * key; every other control applies at once. Authors are the people seen answering under their own
 * name so far: anonymous answers are never attributed, so they can never be filtered by person.
 */
export function HistoryFiltersBar({
  filters,
  onChange,
  people,
  prompts,
}: {
  filters: HistoryFilters;
  onChange(next: HistoryFilters): void;
  people: readonly Person[];
  /** The scope's prompts, library and the team's own; empty while they load. */
  prompts: readonly PromptView[];
}) {
  const styles = useStyles();
  const [text, setText] = useState(filters.q);
  // When the query is changed from outside (the empty state's "Clear filters"), the box follows.
  const [shownQuery, setShownQuery] = useState(filters.q);
  if (filters.q !== shownQuery) {
    setShownQuery(filters.q);
    setText(filters.q);
  }
  const [open, setOpen] = useState(false);
  const active =
    [filters.mode, filters.author, filters.promptId, filters.from, filters.to].filter(Boolean).length +
    Number(filters.hasExperiments);

  useEffect(() => {
    if (text === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: text }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  const set = (patch: Partial<HistoryFilters>) => onChange({ ...filters, ...patch });
  const backward = isBackwardRange(filters);

  return (
    <div role="search" className={styles.bar} aria-label={t("history.filters.label")}>
      <Field className={styles.search} label={t("history.search.label")}>
        <SearchBox
          dismiss={{ "aria-label": t("common.clearSearch") }}
          value={text}
          placeholder={t("history.search.placeholder")}
          onChange={(_event, data) => setText(data.value)}
        />
      </Field>
      <Button
        className={styles.toggle}
        size="small"
        aria-expanded={open}
        aria-controls="history-filters"
        onClick={() => setOpen(!open)}
      >
        {active === 0 ? t("history.filters.toggleNone") : t("history.filters.toggle", { count: active })}
      </Button>
      <div id="history-filters" className={mergeClasses(styles.filters, !open && styles.collapsed)}>
        <Field className={styles.select} label={t("history.filters.mode")}>
          <Select
            value={filters.mode}
            onChange={(_event, data) => set({ mode: data.value as PromptKind | "" })}
          >
            <option value="">{t("history.filters.anyMode")}</option>
            {PROMPT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.select} label={t("history.filters.author")}>
          <Select value={filters.author} onChange={(_event, data) => set({ author: data.value })}>
            <option value="">{t("history.filters.anyAuthor")}</option>
            {people.map((person) => (
              <option key={person.oid} value={person.oid}>
                {person.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.prompt} label={t("history.filters.prompt")}>
          <Select value={filters.promptId} onChange={(_event, data) => set({ promptId: data.value })}>
            <option value="">{t("history.filters.anyPrompt")}</option>
            {(["custom", "library"] as const).map((source) => {
              const group = prompts.filter((prompt) => prompt.source === source);
              return (
                group.length > 0 && (
                  <optgroup key={source} label={t(`history.filters.prompts.${source}`)}>
                    {group.map((prompt) => (
                      <option key={prompt.id} value={prompt.id}>
                        {prompt.text}
                      </option>
                    ))}
                  </optgroup>
                )
              );
            })}
          </Select>
        </Field>
        <Field className={styles.date} label={t("history.filters.from")}>
          <Input
            type="date"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(_event, data) => set({ from: data.value })}
          />
        </Field>
        <Field
          className={styles.date}
          label={t("history.filters.to")}
          validationState={backward ? "error" : "none"}
          validationMessage={backward ? t("history.filters.backward") : undefined}
        >
          <Input
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(_event, data) => set({ to: data.value })}
          />
        </Field>
        <Checkbox
          className={styles.check}
          label={t("history.filters.hasExperiments")}
          checked={filters.hasExperiments}
          onChange={(_event, data) => set({ hasExperiments: data.checked === true })}
        />
        {isFiltering(filters) && (
          <Button
            onClick={() => {
              setText("");
              onChange(NO_FILTERS);
            }}
          >
            {t("history.filters.clear")}
          </Button>
        )}
      </div>
    </div>
  );
}
