"use client";
// The notices section of a claimant's claim page: each notice readable in place and downloadable
// as its PDF. Each item carries the anchor the notice's email links to (#notice-<id>).
import { useTranslations } from "next-intl";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import { ClaimNoticesQuery } from "./claim-notices-query";

export function ClaimNotices({ claimId }: { claimId: string }) {
  const t = useTranslations("claimNotices");
  const format = useFormat();
  const [result, reexecute] = useQuery({ query: ClaimNoticesQuery, variables: { id: claimId } });
  const notices = result.data?.claim?.notices;

  return (
    <section aria-labelledby="notices-heading" id="notices">
      <h2 id="notices-heading">{t("heading")}</h2>
      {result.error && !result.data ? (
        <QueryProblemNotice
          heading={t("error")}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : !notices ? (
        <StatusMessage>{t("loading")}</StatusMessage>
      ) : notices.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <ul className="usa-list usa-list--unstyled">
            {notices.map((notice) => {
              const sent = format.instantDate(notice.createdAt);
              return (
                <li key={notice.id} id={`notice-${notice.id}`} className="margin-bottom-3">
                  <h3 className="margin-bottom-05" lang={notice.language === "ES" ? "es" : "en"}>
                    {notice.subject}
                  </h3>
                  <p className="margin-top-0 margin-bottom-1 text-base-dark">{t("sentOn", { date: sent })}</p>
                  <details>
                    <summary>{t("read")}</summary>
                    <p style={{ whiteSpace: "pre-line" }} lang={notice.language === "ES" ? "es" : "en"}>
                      {notice.body}
                    </p>
                  </details>
                  <p className="margin-top-1">
                    <a
                      className="usa-link"
                      href={notice.pdfUrl}
                      download
                      aria-label={t("downloadLabel", { subject: notice.subject, date: sent })}
                    >
                      {t("download")}
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
