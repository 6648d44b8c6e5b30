"use client";
// What every step gets from the wizard: the draft and the claimant's record as the API holds
// them, and `advance`, which reloads both (so the next step sees what was just saved) and
// moves on to the next step that applies.
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useState, type FormEvent } from "react";
import { useClient } from "urql";
import { type FieldErrors, hasErrors, issuesToErrors, type MutationOutcome, useProblemMessage } from "@openleave/web";
import { useLocalizeOutcome } from "../api-errors/use-api-outcome";
import { ApplicationDraftQuery } from "./application-documents";
import { type Draft, nextStep, type Profile, type Step, stepPath } from "./wizard-steps";

export interface WizardValue {
  claimId: string;
  step: Step;
  draft: Draft;
  profile: Profile;
  /** Reloads the draft and goes to the step after `step` (or `to`). */
  advance: (to?: Step) => Promise<void>;
}

export const WizardContext = createContext<WizardValue | null>(null);

export function useWizard(): WizardValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard outside the application wizard");
  return value;
}

export function useAdvance(claimId: string, step: Step) {
  const client = useClient();
  const router = useRouter();
  return useCallback(
    async (to?: Step) => {
      const fresh = await client
        .query(ApplicationDraftQuery, { id: claimId }, { requestPolicy: "network-only" })
        .toPromise();
      const draft = fresh.data?.claim;
      const target = to ?? (draft ? nextStep(draft, step) : null) ?? step;
      router.push(stepPath(claimId, target));
    },
    [client, router, claimId, step],
  );
}

/**
 * The state every step form keeps: field messages, form-wide messages and the failed-submit
 * counter the error summary uses to take focus. `submit` runs the page's own checks first,
 * then the save; the form's values are never touched, so nothing typed is lost on an error.
 */
export function useStepForm<TField extends string>(fields: readonly TField[]) {
  const problemMessage = useProblemMessage();
  const localize = useLocalizeOutcome();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<TField>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [saving, setSaving] = useState(false);

  const show = useCallback((nextFieldErrors: FieldErrors<TField>, nextFormErrors: string[]) => {
    setFieldErrors(nextFieldErrors);
    setFormErrors(nextFormErrors);
    setFailedSubmits((count) => count + 1);
  }, []);

  const submit = useCallback(
    (
      validate: () => FieldErrors<TField>,
      save: () => Promise<MutationOutcome<unknown> | null>,
      after: () => Promise<void>,
    ) =>
      async (event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (saving) return;
        const local = validate();
        if (hasErrors(local)) return show(local, []);
        setSaving(true);
        try {
          const saved = await save();
          const outcome = saved && localize(saved);
          if (outcome && outcome.kind !== "success") {
            if (outcome.kind === "invalid-input") {
              const mapped = issuesToErrors(outcome.issues, fields);
              const formLevel =
                mapped.formErrors.length > 0 || hasErrors(mapped.fieldErrors) ? mapped.formErrors : [outcome.message];
              return show(mapped.fieldErrors, formLevel);
            }
            return show({}, [problemMessage(outcome)]);
          }
          setFieldErrors({});
          setFormErrors([]);
          await after();
        } finally {
          setSaving(false);
        }
      },
    [fields, localize, problemMessage, saving, show],
  );

  return { fieldErrors, formErrors, failedSubmits, saving, submit, show };
}
