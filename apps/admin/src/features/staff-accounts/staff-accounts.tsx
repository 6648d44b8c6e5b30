"use client";
// Staff management (program administrators): every staff account with its roles and status,
// the form to invite someone, and the panel to change one account's roles or disable it.
import { useCallback, useState } from "react";
import { useQuery } from "urql";
import type { ResultOf } from "gql.tada";
import { Notice, QueryProblemNotice, StatusMessage, useFormat, useSession } from "@openleave/web";
import { useTranslations } from "next-intl";
import { rolesForDisplay } from "../staff/staff-roles";
import { InviteStaffForm } from "./invite-staff-form";
import { ManageStaffAccount } from "./manage-staff-account";
import { StaffAccountsQuery } from "./staff-accounts-query";

export type StaffAccount = ResultOf<typeof StaffAccountsQuery>["staffAccounts"][number];

export function StaffAccounts() {
  const t = useTranslations("users");
  const session = useSession();
  const isProgramAdmin = session.status === "signed-in" && session.viewer.roles.includes("PROGRAM_ADMIN");
  if (!isProgramAdmin) {
    return (
      <>
        <h1>{t("title")}</h1>
        <Notice type="info">
          <p>{t("onlyAdmins")}</p>
        </Notice>
      </>
    );
  }
  return <StaffAccountsForAdmin viewerId={session.viewer.id} />;
}

function StaffAccountsForAdmin({ viewerId }: { viewerId: string }) {
  const t = useTranslations("users");
  const [result, reexecute] = useQuery({ query: StaffAccountsQuery });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const accounts = result.data?.staffAccounts ?? [];
  const selected = accounts.find((account) => account.id === selectedId) ?? null;

  let list;
  if (result.error && !result.data) {
    list = <QueryProblemNotice headingLevel="h2" heading={t("loadError")} error={result.error} onRetry={refresh} />;
  } else if (!result.data) {
    list = <StatusMessage>{t("loading")}</StatusMessage>;
  } else if (accounts.length === 0) {
    list = <p>{t("empty")}</p>;
  } else {
    list = <AccountsTable accounts={accounts} viewerId={viewerId} onManage={setSelectedId} />;
  }

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="usa-intro">{t("intro")}</p>
      <section aria-labelledby="staff-list-heading">
        <h2 id="staff-list-heading">{t("listHeading")}</h2>
        {list}
      </section>
      {selected ? (
        <ManageStaffAccount
          key={selected.id}
          account={selected}
          isYou={selected.id === viewerId}
          onChanged={refresh}
          onClose={() => setSelectedId(null)}
        />
      ) : null}
      <section className="margin-top-6">
        <InviteStaffForm onInvited={refresh} />
      </section>
    </>
  );
}

function AccountsTable({
  accounts,
  viewerId,
  onManage,
}: {
  accounts: readonly StaffAccount[];
  viewerId: string;
  onManage: (id: string) => void;
}) {
  const t = useTranslations();
  const format = useFormat();
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked">
      <caption className="usa-sr-only">{t("users.listHeading")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("users.column.name")}</th>
          <th scope="col">{t("users.column.roles")}</th>
          <th scope="col">{t("users.column.status")}</th>
          <th scope="col">{t("users.column.lastSignIn")}</th>
          <th scope="col">{t("users.column.action")}</th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id}>
            <th scope="row" data-label={t("users.column.name")}>
              {account.name}
              {account.id === viewerId ? <span className="text-base-dark"> {t("users.you")}</span> : null}
              <span className="display-block font-body-3xs text-base-dark">{account.email}</span>
            </th>
            <td data-label={t("users.column.roles")}>
              {rolesForDisplay(account.roles)
                .map((role) => t(`roles.${role}`))
                .join(", ")}
            </td>
            <td data-label={t("users.column.status")}>
              <span className={`usa-tag${account.disabledAt ? " bg-secondary-dark" : ""}`}>
                {account.disabledAt
                  ? t("users.status.disabled")
                  : account.invitationPending
                    ? t("users.status.invited")
                    : t("users.status.active")}
              </span>
            </td>
            <td data-label={t("users.column.lastSignIn")}>
              {account.lastSignedInAt ? format.instantDateTime(account.lastSignedInAt) : t("users.never")}
            </td>
            <td data-label={t("users.column.action")}>
              <button type="button" className="usa-button usa-button--outline" onClick={() => onManage(account.id)}>
                {t("users.manage")}
                <span className="usa-sr-only"> {account.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
