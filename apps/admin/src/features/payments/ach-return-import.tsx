"use client";
// Upload the bank's ACH return file (NACHA): each returned direct deposit is marked with its
// return code and reissued by check, once; the summary says how many, and how many entries named
// no payment sent. The same file uploaded again changes nothing (the API answers with the earlier
// import).
import type { ResultOf } from "gql.tada";
import { useState } from "react";
import { useMutation } from "urql";
import { toMutationOutcome, useProblemMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { BankFileForm, bankFileLabels } from "./bank-file-form";
import { ImportAchReturnsMutation } from "./payments-query";

type Imported = Extract<
  NonNullable<ResultOf<typeof ImportAchReturnsMutation>["importAchReturns"]>,
  { __typename: "MutationImportAchReturnsSuccess" }
>["data"];

export function AchReturnImport({ onImported }: { onImported?: () => void }) {
  const t = useTranslations("payments.achReturns");
  const problemMessage = useProblemMessage();
  const [imported, setImported] = useState<Imported | null>(null);
  const [{ fetching }, importFile] = useMutation(ImportAchReturnsMutation);

  const upload = async (fileName: string, content: string) => {
    const answer = await importFile({ input: { fileName, content } });
    const outcome = toMutationOutcome(answer.data?.importAchReturns, answer.error);
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
      id="ach-returns"
      labels={bankFileLabels(t)}
      accept=".ach,.txt,text/plain"
      upload={upload}
      busy={fetching}
      outcome={
        imported ? (
          <p className="text-success-dark">
            {t("summary", {
              fileName: imported.fileName,
              returned: imported.returnedCount,
              unmatched: imported.unmatchedCount,
            })}
          </p>
        ) : null
      }
    />
  );
}
