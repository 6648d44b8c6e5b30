"use client";
// The full SSN is shown only after the staff member writes why they need it; the API records
// the reading and its purpose in the claim's audit trail.
import { useId, useState } from "react";
import { useMutation } from "urql";
import { Button, toMutationOutcome, useProblemMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { RevealTaxIdMutation } from "./claim-review-query";

export function RevealTaxId({
  personId,
  masked,
  onRevealed,
}: {
  personId: string;
  masked: string;
  onRevealed?: () => void;
}) {
  const t = useTranslations("claim.reveal");
  const problemMessage = useProblemMessage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [{ fetching }, reveal] = useMutation(RevealTaxIdMutation);

  if (revealed) {
    return (
      <span>
        <span className="text-mono">{revealed}</span>{" "}
        <Button type="button" unstyled onClick={() => setRevealed(null)}>
          {t("hide")}
        </Button>
      </span>
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (purpose.trim().length < 5) {
      setError(t("purposeRequired"));
      return;
    }
    setError(null);
    const result = await reveal({ personId, purpose: purpose.trim() });
    const outcome = toMutationOutcome(result.data?.revealTaxId, result.error);
    if (outcome.kind === "success") {
      setRevealed(outcome.data);
      setOpen(false);
      setPurpose("");
      onRevealed?.();
    } else setError(problemMessage(outcome));
  };

  return (
    <span>
      <span className="text-mono">{masked}</span>{" "}
      {open ? (
        <form onSubmit={submit} className="margin-top-1" noValidate>
          <div className={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
            <label className="usa-label" htmlFor={`${id}-purpose`}>
              {t("purposeLabel")}
            </label>
            <span className="usa-hint" id={`${id}-hint`}>
              {t("purposeHint")}
            </span>
            {error ? (
              <span className="usa-error-message" id={`${id}-error`} role="alert">
                {error}
              </span>
            ) : null}
            <input
              className={`usa-input${error ? " usa-input--error" : ""}`}
              id={`${id}-purpose`}
              value={purpose}
              onChange={(event) => setPurpose(event.target.value)}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
              maxLength={200}
            />
          </div>
          <Button type="submit" className="margin-top-1" disabled={fetching}>
            {fetching ? t("revealing") : t("confirm")}
          </Button>
          <Button type="button" unstyled className="margin-left-2" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
        </form>
      ) : (
        <Button type="button" unstyled onClick={() => setOpen(true)}>
          {t("open")}
        </Button>
      )}
    </span>
  );
}
