"use client";
// Shown when a page fails to render (an app's error.tsx). It stays inside the layout, so the
// header and the language toggle keep working.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "../uswds/button";

export function ErrorPageContent({ reset }: { reset: () => void }) {
  const t = useTranslations();
  return (
    <div className="grid-container">
      <h1>{t("errorPage.title")}</h1>
      <p className="usa-intro">{t("errorPage.body")}</p>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <Button type="button" onClick={reset}>
            {t("common.tryAgain")}
          </Button>
        </li>
        <li className="usa-button-group__item">
          <Link className="usa-button usa-button--outline" href="/">
            {t("common.goHome")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
