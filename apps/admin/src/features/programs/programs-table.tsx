// The programs this deployment runs, fetched on the server (public data, no session).
import { Notice, ProgramsQuery } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { getServerClient } from "@/graphql/server-client";

export async function ProgramsTable() {
  const t = await getTranslations();
  const result = await getServerClient().query(ProgramsQuery, {});
  if (result.error || !result.data) {
    return (
      <Notice type="error" headingLevel="h3" heading={t("programs.error")}>
        {t("programs.errorNext")}
      </Notice>
    );
  }
  const { programs } = result.data;
  if (programs.length === 0) return <p>{t("programs.empty")}</p>;
  return (
    <table className="usa-table usa-table--borderless usa-table--compact">
      <caption className="usa-sr-only">{t("programs.heading")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("programs.program")}</th>
          <th scope="col">{t("programs.jurisdiction")}</th>
          <th scope="col">{t("programs.code")}</th>
        </tr>
      </thead>
      <tbody>
        {programs.map((program) => (
          <tr key={program.id}>
            <th scope="row">{program.name}</th>
            <td>{program.jurisdiction}</td>
            <td>{program.code}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
