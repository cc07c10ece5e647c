import { PROMPT_KINDS } from "@learning-loop/contract";
import type { PromptView } from "@learning-loop/contract";
import { Select } from "@fluentui/react-components";
import { t } from "../i18n/i18n";
import { kindLabel } from "../history/format";

/** A prompt picker: library prompts grouped by kind, then the team's own prompts. */
export function PromptSelect({
  prompts,
  value,
  onChange,
  className,
}: {
  prompts: readonly PromptView[];
  value: string;
  onChange(id: string): void;
  className?: string;
}) {
  const library = prompts.filter((prompt) => prompt.source === "library");
  const custom = prompts.filter((prompt) => prompt.source === "custom");
  const known = prompts.some((prompt) => prompt.id === value);
  return (
    <Select className={className} value={value} onChange={(_event, data) => onChange(data.value)}>
      {!known && <option value={value}>{t("config.unknownPrompt")}</option>}
      {PROMPT_KINDS.map((kind) => {
        const ofKind = library.filter((prompt) => prompt.kind === kind);
        return ofKind.length === 0 ? null : (
          <optgroup key={kind} label={kindLabel(kind)}>
            {ofKind.map((prompt) => (
              <option key={prompt.id} value={prompt.id}>
                {prompt.text}
              </option>
            ))}
          </optgroup>
        );
      })}
      {custom.length > 0 && (
        <optgroup label={t("config.customPrompts")}>
          {custom.map((prompt) => (
            <option key={prompt.id} value={prompt.id}>
              {prompt.text}
            </option>
          ))}
        </optgroup>
      )}
    </Select>
  );
}
