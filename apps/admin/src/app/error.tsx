"use client";
// Shown when a page fails to render. It stays inside the layout, so header and language work.
import { Button } from "@trussworks/react-uswds";
import Link from "next/link";
import { useMessages } from "@/i18n/i18n-provider";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useMessages();
  return (
    <div className="grid-container">
      <h1>{t.errorPage.title}</h1>
      <p className="usa-intro">{t.errorPage.body}</p>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <Button type="button" onClick={reset}>
            {t.common.tryAgain}
          </Button>
        </li>
        <li className="usa-button-group__item">
          <Link className="usa-button usa-button--outline" href="/">
            {t.common.goHome}
          </Link>
        </li>
      </ul>
    </div>
  );
}
