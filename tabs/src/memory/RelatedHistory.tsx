import type { RelatedItem, RelatedResponse } from "@learning-loop/contract";
import { historyDeepLink } from "@learning-loop/contract";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { whenInSight } from "../teams/app-caching";
import { teamsAppId } from "../history/app-id";
import { formatDate, loadAllMessages, t } from "../i18n/i18n";
import { useCardListStyles } from "../ui/card-list";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0 },
});

type State = { kind: "loading" } | { kind: "failed" } | { kind: "loaded"; items: RelatedItem[] };

/**
 * The team's own earlier answers and experiments related to `text` ("From our history", or "Have
 * we tried this before?" for experiments), each with how it ended and a link to its round.
 */
export default function RelatedHistory({
  scope,
  text,
  kind,
  excludeRoundId,
  limit = 3,
}: {
  scope: string;
  text: string;
  kind?: "experiment";
  excludeRoundId?: string;
  limit?: number;
}) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const headingId = useId();
  const [state, setState] = useState<State>({ kind: "loading" });
  // These strings come with the full catalog, not the side panel's first chunk.
  const [strings, setStrings] = useState(false);
  useEffect(() => {
    loadAllMessages().then(
      () => setStrings(true),
      () => setStrings(true),
    );
  }, []);
  const query = text.trim();

  useEffect(() => {
    if (!query) return;
    let current = true;
    const params = new URLSearchParams({ text: query.slice(0, 2000), limit: String(limit) });
    if (kind) params.set("kind", kind);
    if (excludeRoundId) params.set("excludeRoundId", excludeRoundId);
    // Asked once the typing settled, and never while Teams keeps the panel cached out of sight.
    const timer = setTimeout(() => {
      whenInSight()
        .then(() =>
          current ? callApi<RelatedResponse>(`${scopePath(scope)}/related?${params.toString()}`) : null,
        )
        .then(
          (response) => response && current && setState({ kind: "loaded", items: response.data.items }),
          () => current && setState({ kind: "failed" }),
        );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [scope, query, kind, excludeRoundId, limit]);

  if (!query || !strings) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t(kind === "experiment" ? "memory.tried" : "memory.title")}
      </h3>
      {state.kind === "loading" ? (
        <p className={styles.meta} role="status">
          {t("memory.loading")}
        </p>
      ) : state.kind === "failed" ? (
        <p className={styles.meta}>{t("memory.failed")}</p>
      ) : state.items.length === 0 ? (
        <p className={styles.meta}>{t("memory.none")}</p>
      ) : (
        <ul className={cards.list}>
          {state.items.map((item) => (
            <RelatedEntry key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RelatedEntry({ item }: { item: RelatedItem }) {
  const styles = useStyles();
  const cards = useCardListStyles();
  const date = item.roundAt ? formatDate(item.roundAt) : null;
  const label =
    item.kind === "answer"
      ? t("memory.answer", { date: date ?? "" })
      : date
        ? t("memory.experimentFrom", { date })
        : t("memory.experiment");
  const link = item.roundId ? historyDeepLink(teamsAppId(), item.roundId) : null;
  return (
    <li className={mergeClasses(cards.item, cards.outlined)}>
      <span className={styles.meta}>
        {label}
        {item.status ? ` · ${t(`memory.status.${item.status}`)}` : ""}
      </span>
      <p className={styles.text}>{item.text}</p>
      {item.status && (
        <span className={styles.meta}>
          {item.outcome ? t("memory.outcome", { outcome: item.outcome }) : t("memory.noOutcome")}
        </span>
      )}
      {link && (
        <a
          href={link}
          target="_blank"
          rel="noreferrer"
          aria-label={date ? t("memory.openNamed", { date }) : t("memory.open")}
        >
          {t("memory.open")}
        </a>
      )}
    </li>
  );
}
