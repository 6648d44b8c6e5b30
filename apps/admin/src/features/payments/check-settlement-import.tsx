"use client";
// Upload the bank's check settlement file (its paid, void and stale checks, as CSV): paid checks
// for their amount are settled, a paid amount that differs is flagged and not settled, void and
// stale checks are reissued by check. The summary and every row not applied are shown; the same
// file uploaded again changes nothing (the API answers with the earlier import).
import type { ResultOf } from "gql.tada";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  ErrorMessage,
  FormGroup,
  Label,
  StatusMessage,
  toMutationOutcome,
  useFormat,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { ImportCheckSettlementsMutation } from "./payments-query";

const MAX_BYTES = 5 * 1024 * 1024;
type Imported = Extract<
  NonNullable<ResultOf<typeof ImportCheckSettlementsMutation>["importCheckSettlements"]>,
  { __typename: "MutationImportCheckSettlementsSuccess" }
>["data"];

export function CheckSettlementImport({ onImported }: { onImported?: () => void }) {
  const t = useTranslations("payments.checkSettlement");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [reading, setReading] = useState(false);
  const [imported, setImported] = useState<Imported | null>(null);
  const [{ fetching }, importFile] = useMutation(ImportCheckSettlementsMutation);
  const busy = fetching || reading;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setError(undefined);
    if (!file) return setError(t("fileRequired"));
    if (file.size > MAX_BYTES) return setError(t("fileTooLarge"));
    setReading(true);
    const content = await file.text();
    setReading(false);
    const answer = await importFile({ input: { fileName: file.name, content } });
    const outcome = toMutationOutcome(answer.data?.importCheckSettlements, answer.error);
    if (outcome.kind === "success") {
      setImported(outcome.data);
      onImported?.();
    } else {
      setImported(null);
      setError(
        outcome.kind === "invalid-input" ? (outcome.issues[0]?.message ?? outcome.message) : problemMessage(outcome),
      );
    }
  };

  return (
    <section aria-labelledby="check-settlement-heading" className="margin-top-4">
      <h2 id="check-settlement-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <form className="usa-form maxw-mobile-lg" noValidate onSubmit={submit}>
        <FormGroup error={!!error}>
          <Label htmlFor="check-settlement-file">{t("fileLabel")}</Label>
          <span className="usa-hint" id="check-settlement-hint">
            {t("fileHint")}
          </span>
          {error ? <ErrorMessage id="check-settlement-error">{error}</ErrorMessage> : null}
          <input
            id="check-settlement-file"
            name="check-settlement-file"
            type="file"
            className="usa-file-input"
            accept=".csv,text/csv"
            aria-describedby={`check-settlement-hint${error ? " check-settlement-error" : ""}`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </FormGroup>
        <Button type="submit" disabled={busy} className="margin-top-2">
          {t("submit")}
        </Button>
      </form>
      <div role="status" aria-live="polite" className="margin-top-2">
        {busy ? <StatusMessage>{t("importing")}</StatusMessage> : null}
        {imported && !busy ? (
          <p className="text-success-dark">
            {t("summary", {
              fileName: imported.fileName,
              settled: imported.settledCount,
              voided: imported.voidedCount,
              problems: imported.problems.length,
            })}
          </p>
        ) : null}
      </div>
      {imported && imported.problems.length > 0 ? (
        <table className="usa-table usa-table--borderless usa-table--stacked">
          <caption>{t("problemsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("column.check")}</th>
              <th scope="col">{t("column.bank")}</th>
              <th scope="col">{t("column.why")}</th>
            </tr>
          </thead>
          <tbody>
            {imported.problems.map((problem) => (
              <tr key={problem.checkNumber}>
                <th scope="row" data-label={t("column.check")}>
                  {problem.checkNumber}
                </th>
                <td data-label={t("column.bank")}>
                  {t(`outcome.${problem.outcome}`, { amount: format.money(problem.amount) })}
                </td>
                <td data-label={t("column.why")}>
                  {t(`code.${problem.code}`, { expected: problem.expected ? format.money(problem.expected) : "" })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
