// The body of an app's not-found page, in the app's `notFound` and `common.goHome` words.
import Link from "next/link";
import { useTranslations } from "next-intl";

export function NotFoundContent() {
  const t = useTranslations();
  return (
    <div className="grid-container">
      <h1>{t("notFound.title")}</h1>
      <p className="usa-intro">{t("notFound.body")}</p>
      <Link className="usa-button" href="/">
        {t("common.goHome")}
      </Link>
    </div>
  );
}
