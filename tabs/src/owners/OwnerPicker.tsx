import type { ScopeMember, ScopeMembersResponse } from "@learning-loop/contract";
import { Combobox, Field, Option } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { callApi, scopePath } from "../api/api-client";
import { addMessages, t } from "../i18n/i18n";
import { owners } from "./messages";

addMessages(owners);

/** Who owns an experiment: a person of the scope (with their Entra oid) or just a name. */
export interface OwnerValue {
  oid: string | null;
  name: string;
}

/** Waits this long after the last key before asking the API, so typing a name costs one request. */
const SEARCH_DELAY_MS = 200;

/**
 * The owner field: a combobox over the scope's members (`GET …/members?q=`) that also takes any
 * name typed freely, for someone outside Teams. Picking a person keeps their oid, so the check-back
 * reminder can mention them and the experiment shows in their "My experiments".
 */
export function OwnerPicker({
  scope,
  value,
  onChange,
  label,
  hint,
  warning,
}: {
  scope: string;
  value: OwnerValue;
  onChange(value: OwnerValue): void;
  label: string;
  hint?: string;
  /** A warning shown under the field (for example: naming yourself reveals an anonymous answer). */
  warning?: string;
}) {
  const [query, setQuery] = useState(value.name);
  const [members, setMembers] = useState<ScopeMember[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const q = query.trim();
      callApi<ScopeMembersResponse>(`${scopePath(scope)}/members${q ? `?q=${encodeURIComponent(q)}` : ""}`, {
        signal: controller.signal,
      }).then(
        (result) => {
          setMembers(result.data.items);
          setFailed(false);
        },
        () => {
          if (!controller.signal.aborted) setFailed(true);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [scope, query]);

  const typed = query.trim();
  const status = warning
    ? warning
    : failed
      ? t("owners.picker.failed")
      : value.oid
        ? t("owners.picker.picked", { name: value.name })
        : typed && members?.length === 0
          ? t("owners.picker.noMatch")
          : undefined;

  return (
    <Field
      label={label}
      hint={hint}
      validationState={warning ? "warning" : "none"}
      validationMessage={status}
      validationMessageIcon={warning ? undefined : null}
    >
      <Combobox
        freeform
        expandIcon={{ "aria-label": t("owners.picker.open") }}
        value={query}
        placeholder={t("owners.picker.placeholder")}
        selectedOptions={value.oid ? [value.oid] : []}
        onChange={(event) => {
          const text = event.target.value;
          setQuery(text);
          onChange({ oid: null, name: text });
        }}
        onOptionSelect={(_event, data) => {
          const member = members?.find((candidate) => candidate.id === data.optionValue);
          if (!member) return;
          setQuery(member.name);
          onChange({ oid: member.id, name: member.name });
        }}
      >
        {(members ?? []).map((member) => (
          <Option key={member.id} value={member.id} text={member.name}>
            {member.name}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
