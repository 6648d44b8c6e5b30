import type { ReactNode } from "react";

/** A polite live region, so screen readers hear progress without losing their place. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="usa-body-lead text-base-dark">
      {children}
    </p>
  );
}
