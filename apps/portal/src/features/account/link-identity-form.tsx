"use client";
// Confirming who a signed-up claimant is: legal name, date of birth and SSN/ITIN, checked here
// the way the API checks them, then matched by the API against the wage records it holds.
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  hasErrors,
  issuesToErrors,
  Notice,
  summaryItems,
  TextField,
  useProblemMessage,
} from "@openleave/web";
import { useApiOutcome } from "@/features/api-errors/use-api-outcome";
import { useTranslations } from "next-intl";
import { LinkIdentityMutation } from "./account-mutations";

const FIELDS = ["firstName", "lastName", "dateOfBirth", "ssn"] as const;
type Field = (typeof FIELDS)[number];
type IdentityTranslator = ReturnType<typeof useTranslations<"identity">>;

/** The SSA's rules for a number that can be an SSN or ITIN (mirrors normalizeTaxId in @openleave/crypto). */
export function taxIdProblem(value: string): "ssnInvalid" | "ssnNotValid" | undefined {
  const digits = value.replace(/[\s-]/g, "");
  if (!/^\d{9}$/.test(digits)) return "ssnInvalid";
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || group === 0 || serial === 0) return "ssnNotValid";
  if (area >= 900) {
    const itinGroup =
      (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
    if (!itinGroup) return "ssnNotValid";
  }
  return undefined;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= "1900-01-01";
}

export function validateIdentity(
  values: Record<Field, string>,
  t: IdentityTranslator,
  today: string,
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (!values.firstName.trim()) errors.firstName = t("firstNameRequired");
  if (!values.lastName.trim()) errors.lastName = t("lastNameRequired");
  const dob = values.dateOfBirth.trim();
  if (!isCalendarDate(dob)) errors.dateOfBirth = t("dateOfBirthInvalid");
  else if (dob >= today) errors.dateOfBirth = t("dateOfBirthFuture");
  const ssn = taxIdProblem(values.ssn);
  if (ssn) errors.ssn = t(ssn);
  return errors;
}

export interface LinkedPerson {
  firstName: string;
  lastName: string;
  taxIdMasked: string;
}

export function LinkIdentityForm({ onLinked }: { onLinked?: (person: LinkedPerson) => void }) {
  const t = useTranslations("identity");
  const problemMessage = useProblemMessage();
  const toOutcome = useApiOutcome();
  const [values, setValues] = useState<Record<Field, string>>({
    firstName: "",
    lastName: "",
    dateOfBirth: "",
    ssn: "",
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [linked, setLinked] = useState<LinkedPerson>();
  const [{ fetching }, link] = useMutation(LinkIdentityMutation);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (linked) panel.current?.focus();
  }, [linked]);

  if (linked)
    return (
      <div ref={panel} tabIndex={-1}>
        <Notice type="success" headingLevel="h3" heading={t("linkedHeading")}>
          <p>{t("linkedBody", { name: `${linked.firstName} ${linked.lastName}`, taxId: linked.taxIdMasked })}</p>
          <Link className="usa-button" href="/apply">
            {t("apply")}
          </Link>
        </Notice>
      </div>
    );

  const showProblems = (nextFieldErrors: FieldErrors<Field>, nextFormErrors: string[]) => {
    setFieldErrors(nextFieldErrors);
    setFormErrors(nextFormErrors);
    setFailedSubmits((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const today = new Date().toISOString().slice(0, 10);
    const localErrors = validateIdentity(values, t, today);
    if (hasErrors(localErrors)) return showProblems(localErrors, []);
    const result = await link(
      {
        input: {
          firstName: values.firstName.trim(),
          lastName: values.lastName.trim(),
          dateOfBirth: values.dateOfBirth.trim(),
          ssn: values.ssn.trim(),
        },
      },
      // The session's viewer now has a person: without this the cached viewer stayed unlinked
      // and "Start an application" led to "not linked" until a full reload.
      { additionalTypenames: ["Viewer"] },
    );
    const outcome = toOutcome(result.data?.linkIdentity, result.error);
    switch (outcome.kind) {
      case "success":
        setFieldErrors({});
        setFormErrors([]);
        setLinked(outcome.data);
        onLinked?.(outcome.data);
        return;
      case "invalid-input": {
        const mapped = issuesToErrors(outcome.issues, FIELDS);
        return showProblems(mapped.fieldErrors, mapped.formErrors);
      }
      case "rate-limited":
        return showProblems({}, [t("tooManyTries")]);
      case "failed":
        return showProblems({}, [outcome.code === "IDENTITY_NOT_MATCHED" ? t("notMatched") : outcome.message]);
      default:
        return showProblems({}, [problemMessage(outcome)]);
    }
  };

  const setField = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <form className="usa-form usa-form--large" method="post" noValidate onSubmit={handleSubmit}>
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors)} focusKey={failedSubmits} />
      <TextField
        id="firstName"
        label={t("firstNameLabel")}
        type="text"
        autoComplete="given-name"
        value={values.firstName}
        onChange={setField("firstName")}
        error={fieldErrors.firstName}
      />
      <TextField
        id="lastName"
        label={t("lastNameLabel")}
        type="text"
        autoComplete="family-name"
        value={values.lastName}
        onChange={setField("lastName")}
        error={fieldErrors.lastName}
      />
      <TextField
        id="dateOfBirth"
        label={t("dateOfBirthLabel")}
        hint={t("dateOfBirthHint")}
        type="text"
        inputMode="numeric"
        autoComplete="bday"
        value={values.dateOfBirth}
        onChange={setField("dateOfBirth")}
        error={fieldErrors.dateOfBirth}
      />
      <TextField
        id="ssn"
        label={t("ssnLabel")}
        hint={t("ssnHint")}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={values.ssn}
        onChange={setField("ssn")}
        error={fieldErrors.ssn}
      />
      <Button type="submit">{fetching ? t("submitting") : t("submit")}</Button>
    </form>
  );
}
