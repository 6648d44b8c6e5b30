"use client";
// Upload the bank's check settlement file (its paid, void and stale checks, as CSV): paid checks
// for their amount are settled, a paid amount that differs is flagged and not settled, void and
// stale checks are reissued by check. The summary and every row not applied are shown; the same
// file uploaded again changes nothing (the API answers with the earlier import).
import type { ResultOf } from "gql.tada";
import { useState } from "react";
import { useMutation } from "urql";
import { toMutationOutcome, useFormat, useProblemMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { BankFileForm, bankFileLabels } from "./bank-file-form";
import { ImportCheckSettlementsMutation } from "./payments-query";

type Imported = Extract<
  NonNullable<ResultOf<typeof ImportCheckSettlementsMutation>["importCheckSettlements"]>,
  { __typename: "MutationImportCheckSettlementsSuccess" }
>["data"];

export function CheckSettlementImport({ onImported }: { onImported?: () => void }) {
  const t = useTranslations("payments.checkSettlement");
  const format = useFormat();
  const problemMessage = useProblemMessage();
  const [imported, setImported] = useState<Imported | null>(null);
  const [{ fetching }, importFile] = useMutation(ImportCheckSettlementsMutation);

  const upload = async (fileName: string, content: string) => {
    const answer = await importFile({ input: { fileName, content } });
    const outcome = toMutationOutcome(answer.data?.importCheckSettlements, answer.error);
    if (outcome.kind === "success") {
      setImported(outcome.data);
      onImported?.();
      return undefined;
    }
    setImported(null);
    return outcome.kind === "invalid-input" ? (outcome.issues[0]?.message ?? outcome.message) : problemMessage(outcome);
  };

  return (
    <BankFileForm
      id="check-settlement"
      labels={bankFileLabels(t)}
      accept=".csv,text/csv"
      upload={upload}
      busy={fetching}
      outcome={
        imported ? (
          <p className="text-success-dark">
            {t("summary", {
              fileName: imported.fileName,
              settled: imported.settledCount,
              voided: imported.voidedCount,
              problems: imported.problems.length,
            })}
          </p>
        ) : null
      }
    >
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
    </BankFileForm>
  );
}
