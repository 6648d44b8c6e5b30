import type { ReactNode } from "react";

/** A titled part of the claim screen: a landmark-free section named by its h2. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="claim-section">
      <h2 id={`${id}-heading`} className="claim-section__heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A term/value list for facts. */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="claim-facts">
      {items.map(([term, value]) => (
        <div key={term} className="claim-facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
