"use client";
// Upload a quarterly wage report (CSV) on the existing import: the year and quarter, the file,
// then the validation report with every rejected row and why (the API never echoes an SSN),
// and the history of reports on file. Uploading a quarter again amends it.
import type { ResultOf } from "gql.tada";
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import {
  Button,
  ErrorMessage,
  ErrorSummary,
  type FieldErrors,
  FormGroup,
  issuesToErrors,
  Label,
  QueryProblemNotice,
  Select,
  StatusMessage,
  summaryItems,
  TextField,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { ImportWageReportMutation, WageReportsQuery } from "./employer-documents";

const FIELDS = ["year", "quarter", "csv"] as const;
type Field = (typeof FIELDS)[number];
const MAX_BYTES = 5 * 1024 * 1024;
const REJECTION_CODES = [
  "REQUIRED",
  "INVALID_SSN",
  "INVALID_AMOUNT",
  "NEGATIVE_AMOUNT",
  "TOO_MANY_DECIMALS",
  "OUT_OF_RANGE",
  "TOO_LONG",
  "WRONG_COLUMN_COUNT",
  "DUPLICATE_SSN",
] as const;
type Report = Extract<
  NonNullable<ResultOf<typeof ImportWageReportMutation>["importWageReport"]>,
  { __typename: "MutationImportWageReportSuccess" }
>["data"];

export function WageReportUpload({ employerId, employerName }: { employerId: string; employerName: string }) {
  const t = useTranslations("employers.wageReports");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const [history, reexecute] = useQuery({ query: WageReportsQuery, variables: { employerId } });
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [quarter, setQuarter] = useState("1");
  const [file, setFile] = useState<File | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [progress, setProgress] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [{ fetching }, importReport] = useMutation(ImportWageReportMutation);

  const showProblems = (next: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(next);
    setFormErrors(form);
    setFailedSubmits((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching || progress) return;
    const errors: FieldErrors<Field> = {};
    if (!/^\d{4}$/.test(year.trim())) errors.year = t("yearInvalid");
    if (!file) errors.csv = t("fileRequired");
    else if (file.size > MAX_BYTES) errors.csv = t("fileTooLarge");
    if (Object.keys(errors).length) return showProblems(errors);
    setProgress(t("reading"));
    const csv = await file!.text();
    // Rows in the file (less the header), so a long check says what it is doing.
    setProgress(t("uploading", { count: Math.max(0, csv.split(/\r?\n/).filter(Boolean).length - 1) }));
    const answer = await importReport({
      input: { employerId, year: Number(year.trim()), quarter: Number(quarter), fileName: file!.name, csv },
    });
    setProgress(null);
    const outcome = toMutationOutcome(answer.data?.importWageReport, answer.error);
    switch (outcome.kind) {
      case "success":
        setFieldErrors({});
        setFormErrors([]);
        setReport(outcome.data);
        reexecute({ requestPolicy: "network-only" });
        return;
      case "invalid-input": {
        const mapped = issuesToErrors(outcome.issues, FIELDS);
        return showProblems(mapped.fieldErrors, mapped.formErrors.length ? mapped.formErrors : []);
      }
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  const reports = history.data?.wageReports.edges.map((edge) => edge.node) ?? [];
  // The API's codes in the page's language; its own (English) words for a code this page does not know.
  const problemText = (rejection: { code: string; message: string }) =>
    (REJECTION_CODES as readonly string[]).includes(rejection.code)
      ? t(`rejectionCodes.${rejection.code as (typeof REJECTION_CODES)[number]}`)
      : rejection.message;
  return (
    <>
      <h1>{t("title", { name: employerName })}</h1>
      <p>{t("intro")}</p>
      <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
        <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
        <TextField
          id="year"
          label={t("yearLabel")}
          type="text"
          inputMode="numeric"
          value={year}
          onChange={setYear}
          error={fieldErrors.year}
        />
        <FormGroup error={!!fieldErrors.quarter}>
          <Label htmlFor="quarter">{t("quarterLabel")}</Label>
          {fieldErrors.quarter ? <ErrorMessage id="quarter-error">{fieldErrors.quarter}</ErrorMessage> : null}
          <Select id="quarter" name="quarter" value={quarter} onChange={(event) => setQuarter(event.target.value)}>
            {["1", "2", "3", "4"].map((q) => (
              <option key={q} value={q}>
                {t("quarterOption", { quarter: q })}
              </option>
            ))}
          </Select>
        </FormGroup>
        <FormGroup error={!!fieldErrors.csv}>
          <Label htmlFor="csv">{t("fileLabel")}</Label>
          <span className="usa-hint" id="csv-hint">
            {t("fileHint")}
          </span>
          {fieldErrors.csv ? <ErrorMessage id="csv-error">{fieldErrors.csv}</ErrorMessage> : null}
          <input
            id="csv"
            name="csv"
            type="file"
            className="usa-file-input"
            accept=".csv,text/csv"
            aria-describedby={`csv-hint${fieldErrors.csv ? " csv-error" : ""}`}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </FormGroup>
        {progress ? (
          <div className="margin-top-2">
            <StatusMessage>{progress}</StatusMessage>
            <progress aria-label={progress} className="width-full" />
          </div>
        ) : null}
        <Button type="submit" className="margin-top-2">
          {t("submit")}
        </Button>
      </form>

      {report ? (
        <section aria-labelledby="report-heading" className="margin-top-4">
          <h2 id="report-heading">
            {t("resultHeading", { quarter: String(report.quarter), year: String(report.year) })}
          </h2>
          <p>
            {t("accepted", { count: report.acceptedCount })}, {t("rejected", { count: report.rejectedCount })}
          </p>
          {report.rejections.length ? (
            <>
              <h3>{t("rejectionsHeading")}</h3>
              <div>
                <table className="usa-table usa-table--stacked">
                  <thead>
                    <tr>
                      <th scope="col">{t("row")}</th>
                      <th scope="col">{t("column")}</th>
                      <th scope="col">{t("problem")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rejections.map((rejection) => (
                      <tr key={`${rejection.row}-${rejection.field}-${rejection.code}`}>
                        <td data-label={t("row")}>{rejection.row}</td>
                        <td data-label={t("column")}>{rejection.field}</td>
                        <td data-label={t("problem")}>{problemText(rejection)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {report.rejectionsTruncated ? <p>{t("truncated")}</p> : null}
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="margin-top-4">
        <h2 id="history-heading">{t("historyHeading")}</h2>
        {history.error && !history.data ? (
          <QueryProblemNotice
            heading={t("error")}
            error={history.error}
            onRetry={() => reexecute({ requestPolicy: "network-only" })}
          />
        ) : !history.data ? (
          <StatusMessage>{t("loading")}</StatusMessage>
        ) : reports.length === 0 ? (
          <p>{t("historyEmpty")}</p>
        ) : (
          <ul className="usa-list">
            {reports.map((item) => (
              <li key={item.id}>
                {t("historyItem", {
                  quarter: String(item.quarter),
                  year: String(item.year),
                  file: item.fileName,
                  accepted: String(item.acceptedCount),
                  rejected: String(item.rejectedCount),
                  date: format.instantDate(item.createdAt),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
