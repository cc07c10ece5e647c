import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useMemo, useRef } from "react";
import type { ReactElement, ReactNode, SelectHTMLAttributes } from "react";

/*
 * Small form primitives on Fluent's design tokens, for the side panel's first bundle. Fluent's own
 * Field, Select, Switch and Spinner would add about 12 KB (gzip) to the panel's first paint, a
 * third of its budget (docs/architecture.md §7); Button and Textarea, which every page needs, stay Fluent.
 */

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  hint: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  error: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorPaletteRedForeground1,
  },
  select: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    minHeight: "32px",
    maxWidth: "100%",
    padding: `0 ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  switchRow: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  switchInput: {
    appearance: "none",
    flexShrink: 0,
    margin: 0,
    width: "40px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: tokens.colorNeutralBackground1,
    position: "relative",
    cursor: "pointer",
    "::before": {
      content: '""',
      position: "absolute",
      top: "3px",
      left: "3px",
      width: "12px",
      height: "12px",
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorNeutralForeground3,
      transitionProperty: "transform",
      transitionDuration: tokens.durationFaster,
    },
    ":checked": {
      backgroundColor: tokens.colorCompoundBrandBackground,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorCompoundBrandBackground}`,
    },
    ":checked::before": {
      transform: "translateX(20px)",
      backgroundColor: tokens.colorNeutralForegroundInverted,
    },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  loading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase300,
    padding: tokens.spacingVerticalS,
  },
  ring: {
    width: "16px",
    height: "16px",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    border: `2px solid ${tokens.colorNeutralStroke2}`,
    borderTopColor: tokens.colorCompoundBrandStroke,
    animationName: { to: { transform: "rotate(360deg)" } },
    animationDuration: "0.8s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationDuration: "3s" },
  },
  caption: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  body: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, margin: 0 },
});

export const useTextStyles = useStyles;

/**
 * A labelled control with a hint and an error, wired for screen readers: the label names the
 * control, hint and error describe it, and an error marks it invalid.
 */
export function FormField({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  children: (control: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactElement;
}) {
  const styles = useStyles();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children({
        id,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": true } : {}),
      })}
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}

export function NativeSelect({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  const styles = useStyles();
  return <select {...props} className={mergeClasses(styles.select, className)} />;
}

/** An on/off switch: a checkbox with the switch role, as Fluent's Switch renders it. */
export function SwitchField({
  label,
  checked,
  onChange,
  describedBy,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  describedBy?: string;
}) {
  const styles = useStyles();
  return (
    <label className={styles.switchRow}>
      <input
        type="checkbox"
        role="switch"
        className={styles.switchInput}
        checked={checked}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/** "Loading…" with a quiet ring; a status, so screen readers hear it once. */
export function Loading({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <div role="status" className={styles.loading}>
      <span className={styles.ring} aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function Caption({ children, className }: { children: ReactNode; className?: string }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.caption, className)}>{children}</span>;
}

/**
 * Gives focus back to where it was when a dialog opened, once it closes. (Fluent's own restorer
 * needs tabster's focus tracking from the first paint, 9 KB the side panel does not carry.)
 */
export function useReturnFocus(): { remember(): void; restore(): void } {
  const origin = useRef<HTMLElement | null>(null);
  return useMemo(
    () => ({
      remember() {
        origin.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      },
      restore() {
        const element = origin.current;
        origin.current = null;
        if (element) setTimeout(() => element.isConnected && element.focus(), 0);
      },
    }),
    [],
  );
}
