import Link from "next/link";
import { getMessages } from "@/i18n/server";

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <div className="grid-container">
      <h1>{t.notFound.title}</h1>
      <p className="usa-intro">{t.notFound.body}</p>
      <Link className="usa-button" href="/">
        {t.common.goHome}
      </Link>
    </div>
  );
}
