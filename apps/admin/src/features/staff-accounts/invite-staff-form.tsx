"use client";
// Invite a staff member: name, work email, roles and the language of the invitation. The API
// creates the account and mails a one-time link to choose a password; what was typed stays in
// the form until the invitation is sent.
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  Button,
  ErrorSummary,
  type FieldErrors,
  hasErrors,
  isEmailAddress,
  issuesToErrors,
  Notice,
  summaryItems,
  TextField,
  toMutationOutcome,
  useProblemMessage,
} from "@openleave/web";
import { useTranslations } from "next-intl";
import { FigureField } from "../published-figures/figure-field";
import type { StaffRole } from "../staff/staff-roles";
import { RoleCheckboxes } from "./role-checkboxes";
import { InviteStaffMemberMutation } from "./staff-accounts-query";

const FIELDS = ["name", "email", "roles", "preferredLanguage"] as const;
type Field = (typeof FIELDS)[number];
const idFor = (field: Field) => `invite-${field}`;

export function InviteStaffForm({ onInvited }: { onInvited: () => void }) {
  const t = useTranslations("users.invite");
  const tLanguage = useTranslations("users.language");
  const problemMessage = useProblemMessage();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roles, setRoles] = useState<StaffRole[]>([]);
  const [language, setLanguage] = useState<"EN" | "ES">("EN");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching }, invite] = useMutation(InviteStaffMemberMutation);

  const fail = (next: FieldErrors<Field>, form: string[] = []) => {
    setFieldErrors(next);
    setFormErrors(form);
    setFailedSubmits((n) => n + 1);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fetching) return;
    const local: FieldErrors<Field> = {};
    if (!name.trim()) local.name = t("nameRequired");
    if (!email.trim()) local.email = t("emailRequired");
    else if (!isEmailAddress(email.trim())) local.email = t("emailInvalid");
    if (roles.length === 0) local.roles = t("rolesRequired");
    if (hasErrors(local)) return fail(local);
    const result = await invite({
      input: { name: name.trim(), email: email.trim(), roles, preferredLanguage: language },
    });
    const outcome = toMutationOutcome(result.data?.inviteStaffMember, result.error);
    if (outcome.kind === "success") {
      setSentTo(email.trim().toLowerCase());
      setName("");
      setEmail("");
      setRoles([]);
      setFieldErrors({});
      setFormErrors([]);
      onInvited();
      return;
    }
    if (outcome.kind === "invalid-input") {
      const mapped = issuesToErrors(outcome.issues, FIELDS);
      return fail(mapped.fieldErrors, mapped.formErrors);
    }
    fail({}, [problemMessage(outcome)]);
  };

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={submit} aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {sentTo ? (
        <Notice type="success">
          <p role="status">{t("sent", { email: sentTo })}</p>
        </Notice>
      ) : null}
      <ErrorSummary items={summaryItems(FIELDS, fieldErrors, formErrors, idFor)} focusKey={failedSubmits} />
      <TextField
        id={idFor("name")}
        label={t("nameLabel")}
        type="text"
        autoComplete="off"
        value={name}
        onChange={setName}
        error={fieldErrors.name}
      />
      <TextField
        id={idFor("email")}
        label={t("emailLabel")}
        hint={t("emailHint")}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={fieldErrors.email}
      />
      <RoleCheckboxes
        id={idFor("roles")}
        legend={t("rolesLegend")}
        value={roles}
        onChange={setRoles}
        error={fieldErrors.roles}
      />
      <FigureField id={idFor("preferredLanguage")} label={t("languageLabel")} error={fieldErrors.preferredLanguage}>
        <select
          className="usa-select"
          value={language}
          onChange={(event) => setLanguage(event.target.value === "ES" ? "ES" : "EN")}
        >
          <option value="EN">{tLanguage("EN")}</option>
          <option value="ES">{tLanguage("ES")}</option>
        </select>
      </FigureField>
      <Button type="submit" disabled={fetching}>
        {fetching ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
