"use client";
// Weekly hours of approved intermittent or reduced-schedule leave: the weeks that can be reported
// now (the API's list, on the program's calendar), the approved weekly most, the reports already
// made with where their week's payment stands, and a form to report or correct a week.
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useMutation } from "urql";
import { useTranslations } from "next-intl";
import {
  ErrorSummary,
  type FieldErrors,
  issuesToErrors,
  Notice,
  summaryItems,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { InputField, SelectField } from "../../apply/fields";
import type { ClaimPageClaim } from "../claim-page/claim-page";
import { addDays, hundredths, plainHours } from "./calendar";
import { ReportLeaveHoursMutation } from "./manage-documents";

type Period = ClaimPageClaim["leavePeriods"][number];

/** Periods whose hours are reported: approved intermittent or reduced-schedule leave of an approved claim. */
export function reportablePeriods(claim: ClaimPageClaim): Period[] {
  if (claim.status !== "APPROVED" && claim.status !== "PARTIALLY_APPROVED") return [];
  return claim.leavePeriods.filter((period) => period.kind !== "CONTINUOUS" && period.decision === "APPROVED");
}

export function LeaveHours({ claim, onChanged }: { claim: ClaimPageClaim; onChanged: () => void }) {
  const t = useTranslations("claimManage.hours");
  const periods = reportablePeriods(claim);
  if (periods.length === 0) return null;
  return (
    <section aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {periods.map((period) => (
        <PeriodHours key={period.id} claim={claim} period={period} titled={periods.length > 1} onChanged={onChanged} />
      ))}
    </section>
  );
}

const FIELDS = ["weekStart", "hours"] as const;
type Field = (typeof FIELDS)[number];

function PeriodHours({
  claim,
  period,
  titled,
  onChanged,
}: {
  claim: ClaimPageClaim;
  period: Period;
  titled: boolean;
  onChanged: () => void;
}) {
  const t = useTranslations("claimManage.hours");
  const tPayments = useTranslations("claimPage.payments");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [week, setWeek] = useState("");
  const [hours, setHours] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failures, setFailures] = useState(0);
  const [saved, setSaved] = useState<{ week: string; hours: string } | null>(null);
  const [{ fetching }, report] = useMutation(ReportLeaveHoursMutation);
  const savedRef = useRef<HTMLDivElement>(null);
  const prefix = `hours-${period.id}`;
  const allowed = period.weeklyHoursAllowed ? plainHours(period.weeklyHoursAllowed) : null;
  const weeks = period.reportableWeeks;
  const reports = claim.leaveHoursReports.filter((r) => r.leavePeriodId === period.id);
  const weekLabel = (start: string) =>
    format.calendarDateRange(start, [addDays(start, 6), period.endDate].sort()[0]!, "short");

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const show = (errors: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(errors);
    setFormErrors(form);
    setFailures((count) => count + 1);
  };

  const check = (): FieldErrors<Field> => {
    const errors: FieldErrors<Field> = {};
    if (!week) errors.weekStart = t("weekRequired");
    const value = hundredths(hours);
    if (!hours.trim()) errors.hours = t("hoursRequired");
    else if (value === null) errors.hours = t("hoursFormat");
    else if (value === 0) errors.hours = t("hoursZero");
    else if (period.weeklyHoursAllowed && value > hundredths(period.weeklyHoursAllowed)!)
      errors.hours = t("hoursTooMany", { hours: allowed ?? "" });
    return errors;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    setSaved(null);
    const errors = check();
    if (Object.keys(errors).length > 0) return show(errors);
    const answer = await report({ input: { leavePeriodId: period.id, weekStart: week, hours: hours.trim() } });
    const outcome = toOutcome(answer.data?.reportLeaveHours, answer.error);
    if (outcome.kind === "success") {
      setFieldErrors({});
      setFormErrors([]);
      setSaved({ week, hours: hours.trim() });
      setHours("");
      setWeek("");
      onChanged();
      return;
    }
    if (outcome.kind === "invalid-input") {
      const mapped = issuesToErrors(outcome.issues, FIELDS);
      return show(mapped.fieldErrors, mapped.formErrors);
    }
    show({}, [problemMessage(outcome)]);
  };

  return (
    <div className="margin-bottom-4">
      {titled ? (
        <h3>{t("periodHeading", { dates: format.calendarDateRange(period.startDate, period.endDate) })}</h3>
      ) : null}
      <p>
        {allowed
          ? t("allowance", {
              hours: allowed,
              dates: format.calendarDateRange(period.startDate, period.endDate),
            })
          : t("noAllowance", { dates: format.calendarDateRange(period.startDate, period.endDate) })}
      </p>

      {reports.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked width-full">
          <caption className="text-left">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("week")}</th>
              <th scope="col">{t("hoursColumn")}</th>
              <th scope="col">{t("received")}</th>
              <th scope="col">{t("payment")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => {
              const payment = claim.payments.find(
                (p) => p.periodStart <= report.weekStart && report.weekStart <= p.periodEnd,
              );
              // The API stamps a first report's two times alike; a correction moves updatedAt on.
              const corrected = Date.parse(report.updatedAt) > Date.parse(report.createdAt);
              return (
                <tr key={report.id}>
                  <th scope="row" data-label={t("week")}>
                    {weekLabel(report.weekStart)}
                  </th>
                  <td data-label={t("hoursColumn")}>{t("hoursValue", { hours: Number(plainHours(report.hours)) })}</td>
                  <td data-label={t("received")}>
                    {corrected
                      ? t("correctedOn", { date: format.instantDate(report.updatedAt) })
                      : t("receivedOn", { date: format.instantDate(report.createdAt) })}
                  </td>
                  <td data-label={t("payment")}>
                    {payment ? tPayments(`statuses.${payment.status}`) : t("notPaidYet")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <div ref={savedRef} tabIndex={-1}>
        {saved ? (
          <Notice type="success" heading={t("savedHeading")} headingLevel="h3">
            <p>{t("saved", { hours: plainHours(saved.hours), week: weekLabel(saved.week) })}</p>
          </Notice>
        ) : null}
      </div>

      {weeks.length === 0 ? (
        <p>{t("noWeeksYet", { date: format.calendarDate(period.startDate) })}</p>
      ) : (
        <form
          className="usa-form usa-form--large"
          noValidate
          onSubmit={submit}
          aria-busy={fetching}
          aria-labelledby={`${prefix}-form-heading`}
        >
          <h3 id={`${prefix}-form-heading`}>{t("formHeading")}</h3>
          <ErrorSummary
            items={summaryItems(FIELDS, fieldErrors, formErrors, (field) => `${prefix}-${field}`)}
            focusKey={failures}
          />
          <SelectField
            id={`${prefix}-weekStart`}
            label={t("weekLabel")}
            hint={t("weekHint")}
            value={week}
            onChange={setWeek}
            error={fieldErrors.weekStart}
            placeholder={t("weekPlaceholder")}
            options={[...weeks].reverse().map((start) => ({ value: start, label: weekLabel(start) }))}
          />
          <InputField
            id={`${prefix}-hours`}
            label={t("hoursLabel")}
            hint={allowed ? t("hoursHint", { hours: allowed }) : t("hoursHintPlain")}
            inputMode="decimal"
            autoComplete="off"
            width="sm"
            value={hours}
            onChange={setHours}
            error={fieldErrors.hours}
          />
          <button type="submit" className="usa-button margin-top-3" disabled={fetching}>
            {fetching ? t("saving") : t("submit")}
          </button>
        </form>
      )}
    </div>
  );
}
