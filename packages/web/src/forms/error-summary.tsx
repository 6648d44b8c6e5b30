"use client";
// The error summary at the top of a form (USWDS alert). It takes focus after each failed
// submit so screen reader and keyboard users land on the list of problems; each entry links
// to its field.
import { useEffect, useId, useRef, type MouseEvent } from "react";
import { useTranslations } from "next-intl";
import type { SummaryItem } from "./form-errors";

interface ErrorSummaryProps {
  items: readonly SummaryItem[];
  /** Changes on every failed submit, so focus moves here again even if the problems are the same. */
  focusKey: number;
}

export function ErrorSummary({ items, focusKey }: ErrorSummaryProps) {
  const t = useTranslations("errors");
  const headingId = useId();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (items.length > 0) container.current?.focus();
    // Only a new submit moves focus, not every edit of the items.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  if (items.length === 0) return null;

  const jumpTo = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: "center" });
  };

  return (
    <div
      ref={container}
      tabIndex={-1}
      className="usa-alert usa-alert--error margin-bottom-3"
      aria-labelledby={headingId}
    >
      <div className="usa-alert__body">
        <h2 id={headingId} className="usa-alert__heading">
          {t("summaryHeading", { count: items.length })}
        </h2>
        <ul className="usa-list usa-list--unstyled">
          {items.map((item, index) => (
            <li key={`${item.fieldId ?? "form"}-${index}`}>
              {item.fieldId ? (
                <a className="usa-link" href={`#${item.fieldId}`} onClick={(event) => jumpTo(event, item.fieldId!)}>
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
