import { Field, Switch } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { t } from "../i18n/i18n";
import { aiStatus } from "./ai-status";

/**
 * The owner's switch for the AI partner on the configuration page. It shows only where the
 * deployment has an AI endpoint: elsewhere switching it on could do nothing.
 */
export function AiSwitch({
  scope,
  checked,
  onChange,
}: {
  scope: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let current = true;
    aiStatus(scope).then(
      (status) => current && setAvailable(status.available),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [scope]);
  if (!available) return null;
  return (
    <Field hint={t("ai.config.hint")}>
      <Switch
        checked={checked}
        label={t("ai.config.label")}
        onChange={(_event, data) => onChange(data.checked)}
      />
    </Field>
  );
}
