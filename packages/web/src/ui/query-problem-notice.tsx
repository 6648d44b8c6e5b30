"use client";
// What to show when data could not be loaded, always with a next step: sign in again, try
// again, or go somewhere that works.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { CombinedError } from "@urql/core";
import { signInHref } from "../session/return-path";
import { queryProblem } from "../graphql/query-problem";
import { useTranslations } from "next-intl";
import { Notice } from "./notice";
import { Button } from "../uswds/button";

interface QueryProblemNoticeProps {
  heading: string;
  headingLevel?: "h2" | "h3";
  error: CombinedError;
  onRetry: () => void;
}

export function QueryProblemNotice({ heading, headingLevel = "h3", error, onRetry }: QueryProblemNoticeProps) {
  const t = useTranslations();
  const pathname = usePathname() ?? "/";
  const problem = queryProblem(error);

  if (problem === "session-expired") {
    return (
      <Notice type="warning" headingLevel={headingLevel} heading={heading}>
        <p>{t("errors.sessionExpired")}</p>
        <Link className="usa-button" href={signInHref(pathname)}>
          {t("layout.signIn")}
        </Link>
      </Notice>
    );
  }
  if (problem === "forbidden") {
    return (
      <Notice type="error" headingLevel={headingLevel} heading={heading}>
        <p>{t("errors.forbidden")}</p>
        <Link className="usa-link" href="/">
          {t("common.goHome")}
        </Link>
      </Notice>
    );
  }
  return (
    <Notice type="error" headingLevel={headingLevel} heading={heading}>
      <p>
        {problem === "busy"
          ? t("errors.busy")
          : problem === "unreachable"
            ? t("errors.unreachable")
            : t("errors.unexpected")}
      </p>
      <Button type="button" onClick={onRetry}>
        {t("common.tryAgain")}
      </Button>
    </Notice>
  );
}
