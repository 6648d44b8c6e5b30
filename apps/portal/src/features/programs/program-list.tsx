// The programs this deployment runs, fetched on the server (public data, no session).
import { Notice, ProgramsQuery } from "@openleave/web";
import { getTranslations } from "next-intl/server";
import { getServerClient } from "@/graphql/server-client";
import { en } from "@/i18n/messages/en";
import { jurisdictionName, programCoverage } from "./program-coverage";

export async function ProgramList() {
  const t = await getTranslations();
  const stateNames = await getTranslations("jurisdictions");
  type StateCode = Parameters<typeof stateNames>[0];
  const stateName = (code: string) => (stateNames.has(code as StateCode) ? stateNames(code as StateCode) : undefined);
  const result = await getServerClient().query(ProgramsQuery, {});

  if (result.error || !result.data) {
    return (
      <Notice type="error" headingLevel="h3" heading={t("home.programsError")}>
        {t("home.programsErrorNext")}
      </Notice>
    );
  }
  const { programs } = result.data;
  if (programs.length === 0) return <p>{t("home.programsEmpty")}</p>;

  return (
    <ul className="usa-card-group">
      {programs.map((program) => {
        const coverage = programCoverage(program, Object.keys(en.claims.reasons));
        return (
          <li key={program.id} className="usa-card tablet:grid-col-6">
            <div className="usa-card__container">
              <div className="usa-card__header">
                <h3 className="usa-card__heading">{program.name}</h3>
                <p className="margin-y-05 text-base-dark">{jurisdictionName(program.jurisdiction, stateName)}</p>
              </div>
              <div className="usa-card__body">
                {coverage ? (
                  <>
                    <p>{t("programs.paysFor")}</p>
                    <ul className="usa-list">
                      {coverage.map((reason) => (
                        <li key={reason}>{t(`claims.reasons.${reason}`)}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>{t("programs.genericDescription")}</p>
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function ProgramListLoading({ label }: { label: string }) {
  return (
    <p role="status" className="text-base-dark">
      {label}
    </p>
  );
}
