// A USWDS alert that may hold paragraphs, links and buttons. (The react-uswds Alert wraps its
// children in a <p>, which cannot contain block content.) Works in Server and Client Components.
import type { ReactNode } from "react";

interface NoticeProps {
  type: "info" | "warning" | "error" | "success";
  heading?: string;
  headingLevel?: "h2" | "h3";
  slim?: boolean;
  className?: string;
  children?: ReactNode;
}

export function Notice({ type, heading, headingLevel = "h2", slim = false, className, children }: NoticeProps) {
  const Heading = headingLevel;
  const classes = ["usa-alert", `usa-alert--${type}`, slim ? "usa-alert--slim" : "", className ?? ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={classes}>
      <div className="usa-alert__body">
        {heading ? <Heading className="usa-alert__heading">{heading}</Heading> : null}
        {children ? <div className="usa-alert__text">{children}</div> : null}
      </div>
    </div>
  );
}
