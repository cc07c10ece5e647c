import {
  LANGUAGES,
  LANGUAGE_NAMES,
  NOTIFICATION_KINDS,
  PULSE_SETTINGS,
  REVEAL_MODES,
  REVIEW_LABEL_MAX,
  isLanguage,
} from "@learning-loop/contract";
import type {
  Language,
  PromptView,
  PromptsResponse,
  PulseSetting,
  RevealMode,
  ScopeView,
} from "@learning-loop/contract";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { callApi, isStatus, scopePath } from "../api/api-client";
import { ProblemState } from "../auth/ProblemState";
import { useResource } from "../data/use-resource";
import { messageLanguage, t } from "../i18n/i18n";
import {
  NAME_MAX,
  RETENTION_MAX,
  RETENTION_MIN,
  WEEKDAYS_MONDAY_FIRST,
  editableFormOf,
  formOf,
  hasChanges,
  isValid,
  settingsUpdate,
  validateForm,
} from "./config-form";
import type { ConfigForm, FieldProblem } from "./config-form";
import { DataDeletion } from "./DataDeletion";
import { PromptSelect } from "./PromptSelect";
import { ReadOnlySettings } from "./ReadOnlySettings";
import { useTabConfig } from "../teams/use-tab-config";
import { EventSources } from "./EventSources";
import { WebhookSecret } from "./WebhookSecret";
import { AiSwitch } from "../ai/AiSwitch";
import { weekdayName } from "./weekdays";
import { localizedPrompts } from "../i18n/localized-prompts";

/** The reader's language if cards can speak it, else English: what a new scope's cards default to. */
const readerLanguage = (): Language => {
  const language = messageLanguage();
  return isLanguage(language) ? language : "en";
};

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "760px",
    // A select is as wide as its longest option (a time zone, a long language's pulse choice);
    // in a narrow window it takes the width there is and ellipsizes instead of widening the page.
    "& .fui-Select": { maxWidth: "100%", minWidth: 0 },
    "& select": { maxWidth: "100%", minWidth: 0, textOverflow: "ellipsis" },
  },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    border: "none",
  },
  sectionHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  rotation: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 300px), 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  // Long prompt texts must not widen a weekday's cell beyond its column.
  day: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  daySelect: { width: "100%", maxWidth: "100%", minWidth: 0, "& select": { textOverflow: "ellipsis" } },
  switches: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface Settings {
  scope: ScopeView;
  prompts: PromptView[];
}

type Load = { state: "loading" } | { state: "failed"; error: unknown } | ({ state: "ready" } & Settings);

/**
 * The configuration page (`settings` frame): the scope's settings, saved through Teams' own Save
 * button. Owners edit; members see the settings read-only and can still add the tab, because
 * adding a tab to a channel is a Teams permission, not ours: refusing it would only block people
 * from seeing their team's history while giving no protection (the API enforces who may change
 * settings regardless).
 */
export function Config({ scope }: { scope: string }) {
  const styles = useStyles();
  const settings = useResource<Settings>(
    useCallback(async () => {
      const [scopeResult, promptsResult] = await Promise.all([
        callApi<ScopeView>(scopePath(scope)),
        callApi<PromptsResponse>(`${scopePath(scope)}/prompts`),
      ]);
      return {
        data: { scope: scopeResult.data, prompts: localizedPrompts(promptsResult.data).prompts },
        etag: scopeResult.etag ?? scopeResult.data.etag,
      };
    }, [scope]),
  );
  const load: Load =
    settings.current.state === "ready"
      ? { state: "ready", ...settings.current.data }
      : settings.current.state === "idle"
        ? { state: "loading" }
        : settings.current;
  const [form, setForm] = useState<ConfigForm | null>(null);
  const [original, setOriginal] = useState<ConfigForm | null>(null);
  const [saveProblem, setSaveProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const stale = settings.stale;
  const loadedScope = settings.current.state === "ready" ? settings.current.data.scope : null;

  // The form starts from what was loaded, and from what a save answered.
  useEffect(() => {
    if (!loadedScope) return;
    setForm(editableFormOf(loadedScope, readerLanguage()));
    setOriginal(formOf(loadedScope));
  }, [loadedScope]);

  const { retry, save, update: updateSettings } = settings;
  const reload = useCallback(() => {
    setSaveProblem(null);
    retry();
  }, [retry]);

  const loadedPrompts = settings.current.state === "ready" ? settings.current.data.prompts : null;
  const promptIds = useMemo(() => new Set(loadedPrompts?.map((prompt) => prompt.id) ?? []), [loadedPrompts]);
  const problems = useMemo(() => (form ? validateForm(form, promptIds) : {}), [form, promptIds]);
  const owner = load.state === "ready" && load.scope.role === "owner";
  // Honest validity: not while loading; an owner's form must be valid; a member only adds the tab;
  // when the settings cannot be read, the tab can still be added and the settings keep their defaults.
  const valid = load.state === "failed" || (load.state === "ready" && (!owner || isValid(problems)));

  const beforeSave = useCallback(async () => {
    if (!owner || !form || !original) return;
    const update = settingsUpdate(original, form);
    if (!hasChanges(update)) return;
    setSaveProblem(null);
    try {
      const result = await save((etag) =>
        callApi<ScopeView>(scopePath(scope), { method: "PUT", body: update, ifMatch: etag ?? '"0"' }),
      );
      if (result.data) {
        const saved = result.data;
        updateSettings((previous) => ({ ...previous, scope: saved }), result.etag ?? saved.etag);
      }
    } catch (error) {
      setSaveProblem(error);
      throw new Error(isStatus(error, 412) ? t("config.save.stale") : t("config.save.failed"), {
        cause: error,
      });
    }
  }, [owner, form, original, scope, save, updateSettings]);

  useTabConfig(valid, beforeSave);

  const update = (patch: Partial<ConfigForm>) =>
    setForm((previous) => (previous ? { ...previous, ...patch } : previous));
  const problemText = (problem: FieldProblem | undefined) =>
    problem === undefined
      ? undefined
      : t(`config.problem.${problem}`, { min: RETENTION_MIN, max: RETENTION_MAX, nameMax: NAME_MAX });

  return (
    <main className={styles.page}>
      <h1 className={styles.title}>{t("config.title")}</h1>
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {load.state === "loading" && <Spinner label={t("config.loading")} />}
      {load.state === "failed" && (
        <>
          <ProblemState error={load.error} onRetry={reload} />
          <Text>{t("config.loadFailedHelp")}</Text>
        </>
      )}
      {load.state === "ready" && !owner && (
        <ReadOnlySettings scope={load.scope} prompts={load.prompts} />
      )}
      {load.state === "ready" && owner && form && (
        <form
          className={styles.form}
          aria-describedby="config-intro"
          onSubmit={(event) => event.preventDefault()}
        >
          <Text id="config-intro">{t("config.intro")}</Text>
          {saveProblem !== null && (
            <>
              <ProblemState error={saveProblem} />
              {stale && (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    {t("config.save.staleHelp")}{" "}
                    <Button size="small" onClick={reload}>
                      {t("config.reload")}
                    </Button>
                  </MessageBarBody>
                </MessageBar>
              )}
            </>
          )}

          <Field
            label={t("config.name")}
            hint={t("config.nameHint")}
            required
            validationState={problems.name ? "error" : "none"}
            validationMessage={problemText(problems.name)}
          >
            <Input
              value={form.name}
              maxLength={NAME_MAX * 2}
              onChange={(_event, data) => update({ name: data.value })}
            />
          </Field>

          <fieldset className={styles.section}>
            <legend className={styles.sectionHeading}>{t("config.rotation")}</legend>
            <Text className={styles.muted}>{t("config.rotationHint")}</Text>
            <div className={styles.rotation}>
              {WEEKDAYS_MONDAY_FIRST.map((day) => (
                <Field
                  key={day}
                  className={styles.day}
                  label={weekdayName(day)}
                  validationState={problems[`rotation.${day}`] ? "error" : "none"}
                  validationMessage={problemText(problems[`rotation.${day}`])}
                >
                  <PromptSelect
                    className={styles.daySelect}
                    prompts={load.prompts}
                    value={form.rotation[day] ?? ""}
                    onChange={(id) =>
                      update({
                        rotation: form.rotation.map((current, index) => (index === day ? id : current)),
                      })
                    }
                  />
                </Field>
              ))}
            </div>
          </fieldset>

          <Field label={t("config.revealMode")}>
            <RadioGroup
              value={form.revealMode}
              onChange={(_event, data) => update({ revealMode: data.value as RevealMode })}
            >
              {REVEAL_MODES.map((mode) => (
                <Radio
                  key={mode}
                  value={mode}
                  label={`${t(`config.reveal.${mode}`)}: ${t(`config.reveal.${mode}.hint`)}`}
                />
              ))}
            </RadioGroup>
          </Field>

          <Switch
            checked={form.anonymousDefault}
            label={t("config.anonymousDefault")}
            onChange={(_event, data) => update({ anonymousDefault: data.checked })}
          />

          <AiSwitch scope={scope} checked={form.ai} onChange={(ai) => update({ ai })} />

          <Field label={t("config.pulse")} hint={t("config.pulseHint")}>
            <Select
              value={form.pulse}
              onChange={(_event, data) => update({ pulse: data.value as PulseSetting })}
            >
              {PULSE_SETTINGS.map((setting) => (
                <option key={setting} value={setting}>
                  {t(`config.pulse.${setting}`)}
                </option>
              ))}
            </Select>
          </Field>

          <fieldset className={styles.section}>
            <legend className={styles.sectionHeading}>{t("config.notifications")}</legend>
            <div className={styles.switches}>
              {NOTIFICATION_KINDS.map((kind) => (
                <Switch
                  key={kind}
                  checked={form.notifications[kind]}
                  label={t(`config.notification.${kind}`)}
                  onChange={(_event, data) =>
                    update({ notifications: { ...form.notifications, [kind]: data.checked } })
                  }
                />
              ))}
            </div>
          </fieldset>

          <fieldset className={styles.section}>
            <legend className={styles.sectionHeading}>{t("config.lessons.legend")}</legend>
            <div className={styles.switches}>
              <Switch
                checked={form.lessons.publishing}
                label={t("config.lessons.publishing")}
                onChange={(_event, data) =>
                  update({ lessons: { ...form.lessons, publishing: data.checked } })
                }
              />
              <Switch
                checked={form.lessons.hideTeam}
                label={t("config.lessons.hideTeam")}
                onChange={(_event, data) => update({ lessons: { ...form.lessons, hideTeam: data.checked } })}
              />
            </div>
          </fieldset>

          <Field label={t("config.language")} hint={t("config.languageHint")}>
            <Select
              value={form.language}
              onChange={(_event, data) => update({ language: data.value as Language })}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {LANGUAGE_NAMES[language]}
                </option>
              ))}
            </Select>
          </Field>

          <Field
            label={t("config.timezone")}
            hint={t("config.timezoneHint")}
            validationState={problems.timezone ? "error" : "none"}
            validationMessage={problemText(problems.timezone)}
          >
            <Select value={form.timezone} onChange={(_event, data) => update({ timezone: data.value })}>
              {timeZones(form.timezone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </Select>
          </Field>

          <Field
            label={t("config.retention")}
            hint={t("config.retentionHint", { min: RETENTION_MIN, max: RETENTION_MAX })}
            validationState={problems.retentionDays ? "error" : "none"}
            validationMessage={problemText(problems.retentionDays)}
          >
            <Input
              type="number"
              inputMode="numeric"
              min={RETENTION_MIN}
              max={RETENTION_MAX}
              value={form.retentionDays}
              placeholder={t("config.retentionPlaceholder")}
              onChange={(_event, data) => update({ retentionDays: data.value })}
            />
          </Field>
          <Field
            label={t("config.reviewLabel")}
            hint={t("config.reviewLabelHint")}
            validationState={problems.githubIssueLabel ? "error" : "none"}
            validationMessage={problemText(problems.githubIssueLabel)}
          >
            <Input
              value={form.githubIssueLabel}
              maxLength={REVIEW_LABEL_MAX}
              onChange={(_event, data) => update({ githubIssueLabel: data.value })}
            />
          </Field>
          <Field
            label={t("config.reviewTag")}
            hint={t("config.reviewTagHint")}
            validationState={problems.azureDevOpsTag ? "error" : "none"}
            validationMessage={problemText(problems.azureDevOpsTag)}
          >
            <Input
              value={form.azureDevOpsTag}
              maxLength={REVIEW_LABEL_MAX}
              onChange={(_event, data) => update({ azureDevOpsTag: data.value })}
            />
          </Field>
          <Text className={styles.muted}>{t("config.saveHint")}</Text>
        </form>
      )}
      {load.state === "ready" && <EventSources scope={scope} reviewSources={load.scope.reviewSources} />}
      {load.state === "ready" && owner && <WebhookSecret scope={scope} />}
      {load.state === "ready" && (
        <DataDeletion
          scope={scope}
          scopeName={load.scope.name}
          owner={owner}
          onDone={setNotice}
          onScopeDeleted={reload}
        />
      )}
    </main>
  );
}

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const all = new Set(["UTC", ...zones]);
  all.add(current);
  return [...all];
}
