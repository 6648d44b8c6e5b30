"use client";
// One staff account: change its roles, disable it (its sessions end at once and its open tasks
// return to the queues) or enable it again. A reason is asked for both, for the audit trail.
import { useEffect, useRef, useState } from "react";
import { useMutation } from "urql";
import { Button, Notice, toMutationOutcome, useProblemMessage } from "@openleave/web";
import { useTranslations } from "next-intl";
import { FigureField } from "../published-figures/figure-field";
import { isStaffRole, type StaffRole } from "../staff/staff-roles";
import { RoleCheckboxes } from "./role-checkboxes";
import { DisableStaffAccountMutation, EnableStaffAccountMutation, SetStaffRolesMutation } from "./staff-accounts-query";
import type { StaffAccount } from "./staff-accounts";

export function ManageStaffAccount({
  account,
  isYou,
  onChanged,
  onClose,
}: {
  account: StaffAccount;
  isYou: boolean;
  onChanged: () => void;
  onClose: () => void;
}) {
  const t = useTranslations("users.manageAccount");
  const problemMessage = useProblemMessage();
  const heading = useRef<HTMLHeadingElement>(null);
  const [roles, setRoles] = useState<StaffRole[]>(account.roles.filter(isStaffRole));
  const [rolesError, setRolesError] = useState<string | undefined>();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [{ fetching: savingRoles }, setStaffRoles] = useMutation(SetStaffRolesMutation);
  const [{ fetching: disabling }, disable] = useMutation(DisableStaffAccountMutation);
  const [{ fetching: enabling }, enable] = useMutation(EnableStaffAccountMutation);

  // Opened from the table: move focus here so keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), []);

  const saveRoles = async () => {
    setDone(null);
    if (roles.length === 0) return setRolesError(t("rolesRequired"));
    setRolesError(undefined);
    const result = await setStaffRoles({ input: { userId: account.id, roles } });
    const outcome = toMutationOutcome(result.data?.setStaffRoles, result.error);
    if (outcome.kind === "success") {
      setDone(t("rolesSaved", { name: account.name }));
      onChanged();
    } else
      setRolesError(
        outcome.kind === "invalid-input" ? (outcome.issues[0]?.message ?? outcome.message) : problemMessage(outcome),
      );
  };

  const changeAccess = async (to: "disable" | "enable") => {
    setDone(null);
    if (!reason.trim()) return setReasonError(t("reasonRequired"));
    setReasonError(undefined);
    const input = { userId: account.id, reason: reason.trim() };
    const outcome =
      to === "disable"
        ? await disable({ input }).then((r) => toMutationOutcome(r.data?.disableStaffAccount, r.error))
        : await enable({ input }).then((r) => toMutationOutcome(r.data?.enableStaffAccount, r.error));
    if (outcome.kind === "success") {
      setReason("");
      setDone(to === "disable" ? t("disabledDone", { name: account.name }) : t("enabledDone", { name: account.name }));
      onChanged();
    } else
      setReasonError(
        outcome.kind === "invalid-input" ? (outcome.issues[0]?.message ?? outcome.message) : problemMessage(outcome),
      );
  };

  return (
    <section
      className="margin-top-4 padding-2 border-1px border-base-lighter radius-md"
      aria-labelledby="manage-heading"
    >
      <h2 id="manage-heading" ref={heading} tabIndex={-1}>
        {t("heading", { name: account.name })}
      </h2>
      <p>{account.email}</p>
      {done ? (
        <Notice type="success">
          <p role="status">{done}</p>
        </Notice>
      ) : null}
      <RoleCheckboxes
        id="manage-roles"
        legend={t("rolesLegend")}
        value={roles}
        onChange={setRoles}
        error={rolesError}
      />
      <Button type="button" className="margin-top-2" disabled={savingRoles} onClick={() => void saveRoles()}>
        {t("saveRoles")}
      </Button>

      <h3 className="margin-top-4">{account.disabledAt ? t("enableHeading") : t("disableHeading")}</h3>
      {isYou ? (
        <p>{t("notYourself")}</p>
      ) : (
        <>
          <p>{account.disabledAt ? t("enableIntro") : t("disableIntro")}</p>
          <FigureField id="manage-reason" label={t("reasonLabel")} hint={t("reasonHint")} error={reasonError}>
            <textarea
              className="usa-textarea height-auto"
              rows={2}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </FigureField>
          {account.disabledAt ? (
            <Button
              type="button"
              className="margin-top-2"
              disabled={enabling}
              onClick={() => void changeAccess("enable")}
            >
              {t("enable")}
            </Button>
          ) : (
            <Button
              type="button"
              secondary
              className="margin-top-2"
              disabled={disabling}
              onClick={() => void changeAccess("disable")}
            >
              {t("disable")}
            </Button>
          )}
        </>
      )}
      <p className="margin-top-3">
        <button type="button" className="usa-button usa-button--unstyled" onClick={onClose}>
          {t("close")}
        </button>
      </p>
    </section>
  );
}
