import { Component, Suspense } from "react";
import type { ReactNode } from "react";
import { t } from "../i18n/i18n";

class PartBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** A lazily loaded part: nothing while it loads, one calm sentence if it cannot load. */
export function Part({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <PartBoundary fallback={fallback ?? <p role="alert">{t("app.partFailed")}</p>}>
      <Suspense fallback={null}>{children}</Suspense>
    </PartBoundary>
  );
}
