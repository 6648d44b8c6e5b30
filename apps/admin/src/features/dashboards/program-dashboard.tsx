"use client";
// Program dashboards: how claims flow (applications and decisions per week, days to decision and
// to first payment), the work (queues and their ageing, employer responses, appeal outcomes) and
// the finances (premiums and benefits per quarter, net position, utilization, benefit and
// duration by leave reason). The filters are a plain GET form, so the URL says what is shown.
// Every chart has its table; the whole page downloads as one CSV file.
import type { ResultOf } from "gql.tada";
import { useCallback, type ReactNode } from "react";
import { useQuery } from "urql";
import { Notice, QueryProblemNotice, StatusMessage, useFormat } from "@openleave/web";
import { useTranslations } from "next-intl";
import { Chart } from "./dashboard-charts";
import { dashboardCsv, type CsvSection } from "./dashboard-csv";
import { ProgramDashboardQuery } from "./dashboard-query";

type Figures = ResultOf<typeof ProgramDashboardQuery>["programDashboard"];

export interface DashboardFilters {
  programId: string | null;
  from: string;
  to: string;
}

export function ProgramDashboard({ filters }: { filters: DashboardFilters }) {
  const t = useTranslations("dashboards");
  const [result, reexecute] = useQuery({ query: ProgramDashboardQuery, variables: filters });
  const retry = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const payload = result.data?.programDashboard;
  const programs = result.data?.programs ?? [];

  // A period the API refuses (reversed, longer than two years) comes back as INVALID_INPUT.
  const invalid = result.error?.graphQLErrors.find((e) => e.extensions?.code === "INVALID_INPUT");
  let body: ReactNode;
  if (invalid) {
    body = (
      <Notice type="error" headingLevel="h2" heading={t("filterError")}>
        <p>{invalid.message}</p>
      </Notice>
    );
  } else if (result.error && !result.data) {
    body = <QueryProblemNotice headingLevel="h2" heading={t("loadError")} error={result.error} onRetry={retry} />;
  } else if (!payload) {
    body = <StatusMessage>{t("loading")}</StatusMessage>;
  } else {
    const programName = programs.find((p) => p.id === filters.programId)?.name ?? t("allPrograms");
    body = <DashboardFigures figures={payload} programName={programName} />;
  }

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="usa-intro">{t("intro")}</p>
      <FiltersForm filters={filters} programs={programs} />
      {body}
    </>
  );
}

function FiltersForm({
  filters,
  programs,
}: {
  filters: DashboardFilters;
  programs: readonly { id: string; name: string }[];
}) {
  const t = useTranslations("dashboards.filters");
  return (
    <form method="get" className="usa-form maxw-none dashboard-filters" aria-labelledby="dashboard-filters-legend">
      <fieldset className="usa-fieldset">
        <legend id="dashboard-filters-legend" className="usa-legend usa-legend--large">
          {t("legend")}
        </legend>
        <div className="grid-row grid-gap">
          <div className="tablet:grid-col-4">
            <label className="usa-label" htmlFor="dashboard-program">
              {t("program")}
            </label>
            <select className="usa-select" id="dashboard-program" name="program" defaultValue={filters.programId ?? ""}>
              <option value="">{t("allPrograms")}</option>
              {programs.map((program) => (
                <option key={program.id} value={program.id}>
                  {program.name}
                </option>
              ))}
            </select>
          </div>
          <div className="tablet:grid-col-3">
            <label className="usa-label" htmlFor="dashboard-from">
              {t("from")}
            </label>
            <input className="usa-input" id="dashboard-from" name="from" type="date" defaultValue={filters.from} />
          </div>
          <div className="tablet:grid-col-3">
            <label className="usa-label" htmlFor="dashboard-to">
              {t("to")}
            </label>
            <input className="usa-input" id="dashboard-to" name="to" type="date" defaultValue={filters.to} />
          </div>
          <div className="tablet:grid-col-2 display-flex flex-align-end">
            <button type="submit" className="usa-button margin-top-2">
              {t("submit")}
            </button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}

function DashboardFigures({ figures, programName }: { figures: Figures; programName: string }) {
  const t = useTranslations();
  const format = useFormat();
  const label = (key: string, fallback: string) => (t.has(key as never) ? t(key as never) : fallback);
  const queueLabel = (queue: string) => label(`workQueue.queues.${queue}`, queue);
  const reasonLabel = (reason: string) => label(`claim.leaveReasons.${reason}`, reason);
  const outcomeLabel = (outcome: string) => label(`dashboards.appeals.outcomes.${outcome}`, outcome);
  const days = (value: string | null) =>
    value === null ? t("dashboards.none") : t("dashboards.days", { days: value });
  const ratio = (value: string | null) => (value === null ? t("dashboards.none") : format.percent(value));
  const money = (value: string | null) => (value === null ? t("dashboards.none") : format.money(value));
  const w = "dashboards.weeks";
  const q = "dashboards.queues";
  const f = "dashboards.finances";

  const weekRows = figures.weeks.map((week) => ({
    week: format.calendarDate(week.weekStart, "short"),
    applications: week.applications,
    approved: week.approved,
    partiallyApproved: week.partiallyApproved,
    denied: week.denied,
  }));
  const queueRows = figures.queues.map((queue) => ({
    queue: queueLabel(queue.queue),
    under3: queue.ageUnder3Days,
    from3to7: queue.age3To7Days,
    from8to14: queue.age8To14Days,
    over14: queue.age15DaysOrMore,
  }));
  const appealRows = figures.appealOutcomes.map((a) => ({ outcome: outcomeLabel(a.outcome), appeals: a.appeals }));
  const quarterRows = figures.quarters.map((quarter) => ({
    quarter: quarter.quarter,
    premiums: quarter.premiumsReported,
    benefits: quarter.benefitsPaid,
    net: quarter.netPosition,
  }));

  const sections: CsvSection[] = [
    {
      title: t(`${w}.heading`),
      header: [
        t(`${w}.week`),
        t(`${w}.applications`),
        t(`${w}.approved`),
        t(`${w}.partiallyApproved`),
        t(`${w}.denied`),
      ],
      rows: figures.weeks.map((x) => [x.weekStart, x.applications, x.approved, x.partiallyApproved, x.denied]),
    },
    {
      title: t("dashboards.timing.heading"),
      header: [
        t("dashboards.timing.measure"),
        t("dashboards.timing.claims"),
        t("dashboards.timing.waiting"),
        t("dashboards.timing.onHold"),
        t("dashboards.timing.median"),
        t("dashboards.timing.p90"),
      ],
      rows: [
        [t("dashboards.timing.toDecision"), ...durationCells(figures.daysToDecision)],
        [t("dashboards.timing.toFirstPayment"), ...durationCells(figures.daysToFirstPayment)],
      ],
    },
    {
      title: t(`${q}.heading`),
      header: [
        t(`${q}.queue`),
        t(`${q}.open`),
        t(`${q}.overdue`),
        t(`${q}.under3`),
        t(`${q}.from3to7`),
        t(`${q}.from8to14`),
        t(`${q}.over14`),
      ],
      rows: figures.queues.map((x) => [
        x.queue,
        x.open,
        x.overdue,
        x.ageUnder3Days,
        x.age3To7Days,
        x.age8To14Days,
        x.age15DaysOrMore,
      ]),
    },
    {
      title: t("dashboards.employers.heading"),
      header: [t("dashboards.employers.measure"), t("dashboards.employers.value")],
      rows: [
        [t("dashboards.employers.due"), figures.employerResponses.due],
        [t("dashboards.employers.onTime"), figures.employerResponses.onTime],
        [t("dashboards.employers.late"), figures.employerResponses.late],
        [t("dashboards.employers.missed"), figures.employerResponses.missed],
        [t("dashboards.employers.open"), figures.employerResponses.open],
        [t("dashboards.employers.contested"), figures.employerResponses.contested],
        [t("dashboards.employers.onTimeRate"), figures.employerResponses.onTimeRate],
        [t("dashboards.employers.responseRate"), figures.employerResponses.responseRate],
      ],
    },
    {
      title: t("dashboards.appeals.heading"),
      header: [t("dashboards.appeals.outcome"), t("dashboards.appeals.appeals")],
      rows: figures.appealOutcomes.map((a) => [a.outcome, a.appeals]),
    },
    {
      title: t(`${f}.quartersHeading`),
      header: [t(`${f}.quarter`), t(`${f}.premiums`), t(`${f}.benefits`), t(`${f}.net`)],
      rows: figures.quarters.map((x) => [x.quarter, x.premiumsReported, x.benefitsPaid, x.netPosition]),
    },
    {
      title: t(`${f}.utilizationHeading`),
      header: [t(`${f}.claims`), t(`${f}.coveredWorkers`), t(`${f}.perThousand`)],
      rows: [
        [figures.utilization.claims, figures.utilization.coveredWorkers, figures.utilization.claimsPerThousandWorkers],
      ],
    },
    {
      title: t(`${f}.reasonsHeading`),
      header: [t(`${f}.reason`), t(`${f}.approvedClaims`), t(`${f}.averageBenefit`), t(`${f}.averageWeeks`)],
      rows: figures.byLeaveReason.map((r) => [r.leaveReason, r.approvedClaims, r.averageWeeklyBenefit, r.averageWeeks]),
    },
  ];

  const download = () => {
    const csv = dashboardCsv(
      [
        [t("dashboards.filters.program"), programName],
        [t("dashboards.filters.from"), figures.from],
        [t("dashboards.filters.to"), figures.to],
      ],
      sections,
    );
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `openleave-dashboard-${figures.from}-${figures.to}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <p className="margin-top-3">
        {t("dashboards.showing", {
          program: programName,
          period: format.calendarDateRange(figures.from, figures.to),
        })}
      </p>
      <button type="button" className="usa-button usa-button--outline" onClick={download}>
        {t("dashboards.downloadCsv")}
      </button>

      <DashboardSection id="weeks" heading={t(`${w}.heading`)} intro={t(`${w}.intro`)}>
        <Chart
          rows={weekRows}
          category="week"
          series={[
            { key: "applications", label: t(`${w}.applications`) },
            { key: "approved", label: t(`${w}.approved`), stack: "decisions" },
            { key: "partiallyApproved", label: t(`${w}.partiallyApproved`), stack: "decisions" },
            { key: "denied", label: t(`${w}.denied`), stack: "decisions" },
          ]}
        />
        <FiguresTable
          caption={t(`${w}.heading`)}
          header={[
            t(`${w}.week`),
            t(`${w}.applications`),
            t(`${w}.approved`),
            t(`${w}.partiallyApproved`),
            t(`${w}.denied`),
          ]}
          rows={weekRows.map((r) => [r.week, r.applications, r.approved, r.partiallyApproved, r.denied].map(String))}
        />
      </DashboardSection>

      <DashboardSection id="timing" heading={t("dashboards.timing.heading")} intro={t("dashboards.timing.intro")}>
        <FiguresTable
          caption={t("dashboards.timing.heading")}
          header={sections[1]!.header}
          rows={[
            [t("dashboards.timing.toDecision"), figures.daysToDecision] as const,
            [t("dashboards.timing.toFirstPayment"), figures.daysToFirstPayment] as const,
          ].map(([name, d]) => [
            name,
            format.number(d.claims),
            format.number(d.waiting),
            format.number(d.onHold),
            days(d.medianDays),
            days(d.p90Days),
          ])}
        />
      </DashboardSection>

      <DashboardSection id="queues" heading={t(`${q}.heading`)} intro={t(`${q}.intro`)}>
        {figures.queues.length === 0 ? (
          <p>{t(`${q}.empty`)}</p>
        ) : (
          <>
            <Chart
              rows={queueRows}
              category="queue"
              series={[
                { key: "under3", label: t(`${q}.under3`), stack: "age" },
                { key: "from3to7", label: t(`${q}.from3to7`), stack: "age" },
                { key: "from8to14", label: t(`${q}.from8to14`), stack: "age" },
                { key: "over14", label: t(`${q}.over14`), stack: "age" },
              ]}
            />
            <FiguresTable
              caption={t(`${q}.heading`)}
              header={sections[2]!.header}
              rows={figures.queues.map((x) => [
                queueLabel(x.queue),
                ...[x.open, x.overdue, x.ageUnder3Days, x.age3To7Days, x.age8To14Days, x.age15DaysOrMore].map(
                  format.number,
                ),
              ])}
            />
          </>
        )}
      </DashboardSection>

      <DashboardSection
        id="employers"
        heading={t("dashboards.employers.heading")}
        intro={t("dashboards.employers.intro")}
      >
        <FiguresTable
          caption={t("dashboards.employers.heading")}
          header={sections[3]!.header}
          rows={sections[3]!.rows.map(([name, value], index) => [
            String(name),
            index >= 6 ? ratio(value === null ? null : String(value)) : format.number(Number(value)),
          ])}
        />
      </DashboardSection>

      <DashboardSection id="appeals" heading={t("dashboards.appeals.heading")} intro={t("dashboards.appeals.intro")}>
        <Chart
          rows={appealRows}
          category="outcome"
          series={[{ key: "appeals", label: t("dashboards.appeals.appeals") }]}
        />
        <FiguresTable
          caption={t("dashboards.appeals.heading")}
          header={sections[4]!.header}
          rows={appealRows.map((a) => [a.outcome, format.number(a.appeals)])}
        />
      </DashboardSection>

      <h2 className="margin-top-6">{t(`${f}.heading`)}</h2>
      <p>{t(`${f}.intro`)}</p>
      <DashboardSection id="quarters" heading={t(`${f}.quartersHeading`)} level={3}>
        <Chart
          rows={quarterRows}
          category="quarter"
          formatValue={(value) => format.moneyWhole(String(value))}
          series={[
            { key: "premiums", label: t(`${f}.premiums`) },
            { key: "benefits", label: t(`${f}.benefits`) },
            { key: "net", label: t(`${f}.net`), line: true },
          ]}
        />
        <FiguresTable
          caption={t(`${f}.quartersHeading`)}
          header={sections[5]!.header}
          rows={figures.quarters.map((x) => [
            x.quarter,
            money(x.premiumsReported),
            money(x.benefitsPaid),
            money(x.netPosition),
          ])}
        />
      </DashboardSection>
      <DashboardSection id="utilization" heading={t(`${f}.utilizationHeading`)} level={3}>
        <p>
          {figures.utilization.claimsPerThousandWorkers === null
            ? t(`${f}.noWorkers`)
            : t(`${f}.utilization`, {
                rate: figures.utilization.claimsPerThousandWorkers,
                claims: figures.utilization.claims,
                workers: figures.utilization.coveredWorkers,
              })}
        </p>
      </DashboardSection>
      <DashboardSection id="reasons" heading={t(`${f}.reasonsHeading`)} level={3}>
        {figures.byLeaveReason.length === 0 ? (
          <p>{t(`${f}.noApprovals`)}</p>
        ) : (
          <FiguresTable
            caption={t(`${f}.reasonsHeading`)}
            header={sections[7]!.header}
            rows={figures.byLeaveReason.map((r) => [
              reasonLabel(r.leaveReason),
              format.number(r.approvedClaims),
              money(r.averageWeeklyBenefit),
              r.averageWeeks === null ? t("dashboards.none") : t(`${f}.weeks`, { weeks: r.averageWeeks }),
            ])}
          />
        )}
      </DashboardSection>
    </>
  );
}

function durationCells(d: Figures["daysToDecision"]) {
  return [d.claims, d.waiting, d.onHold, d.medianDays, d.p90Days] as const;
}

function DashboardSection({
  id,
  heading,
  intro,
  level = 2,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  level?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className="margin-top-5" aria-labelledby={`dashboard-${id}`}>
      <Heading id={`dashboard-${id}`}>{heading}</Heading>
      {intro ? <p>{intro}</p> : null}
      {children}
    </section>
  );
}

function FiguresTable({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
}) {
  return (
    // Scrolls sideways on phones rather than squeezing the columns.
    <div className="usa-table-container--scrollable">
      <table className="usa-table usa-table--borderless usa-table--compact">
        <caption className="usa-sr-only">{caption}</caption>
        <thead>
          <tr>
            {header.map((cell, index) => (
              <th key={index} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
