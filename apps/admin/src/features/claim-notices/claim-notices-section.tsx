"use client";
// The claim screen's notices: every notice sent on the claim (to the claimant and the employer's
// copies), with its PDF. Its own query, so a decision's new notice appears when urql refetches
// the claim after the mutation.
import { useTranslations } from "next-intl";
import { useQuery } from "urql";
import { QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import { Section } from "../claim-review/section";
import { useFollowClaim } from "../claim-review/use-follow-claim";
import { ClaimNoticesQuery } from "./claim-notices-query";

export function ClaimNoticesSection({ claimId, claimState }: { claimId: string; claimState: string }) {
  const t = useTranslations("claimNotices");
  const format = useFormat();
  // Notices come from decisions made on other screens too (an appeal decided on the docket).
  const [result, reexecute] = useQuery({
    query: ClaimNoticesQuery,
    variables: { id: claimId },
    requestPolicy: "cache-and-network",
  });
  useFollowClaim(claimState, reexecute);
  const notices = result.data?.claim?.notices;

  return (
    <Section id="notices" title={t("heading")}>
      {result.error && !result.data ? (
        <QueryProblemNotice
          headingLevel="h3"
          heading={t("error")}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : !notices ? (
        <StatusMessage>{t("loading")}</StatusMessage>
      ) : notices.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="usa-sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("notice")}</th>
              <th scope="col">{t("to")}</th>
              <th scope="col">{t("language")}</th>
              <th scope="col">{t("sent")}</th>
              <th scope="col">{t("file")}</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((notice) => {
              const sent = format.instantDateTime(notice.createdAt);
              return (
                <tr key={notice.id}>
                  <th scope="row" data-label={t("notice")}>
                    {notice.subject}
                  </th>
                  <td data-label={t("to")}>{t(`audiences.${notice.audience}`)}</td>
                  <td data-label={t("language")}>{t(`languages.${notice.language}`)}</td>
                  <td data-label={t("sent")}>{sent}</td>
                  <td data-label={t("file")}>
                    <a
                      className="usa-link"
                      href={notice.pdfUrl}
                      download
                      aria-label={t("downloadLabel", {
                        subject: notice.subject,
                        audience: t(`audiences.${notice.audience}`),
                        date: sent,
                      })}
                    >
                      {t("download")}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}
