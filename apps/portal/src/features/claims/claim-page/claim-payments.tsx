"use client";
// Every payment of the claim, oldest week first, with what was withheld and how it was paid,
// and the total paid so far (summed in decimal). Before the first payment: what to expect.
import { useTranslations } from "next-intl";
import { useFormat } from "@openleave/web";
import type { ClaimPageClaim } from "./claim-page";
import { PaymentHistoryTools } from "../payment-history/payment-history-tools";
import { paidTotals } from "./payment-totals";

export function ClaimPayments({ claim }: { claim: ClaimPageClaim }) {
  const t = useTranslations("claimPage.payments");
  const format = useFormat();
  const payments = claim.payments;
  const totals = paidTotals(payments);
  const approved = claim.status === "APPROVED" || claim.status === "PARTIALLY_APPROVED" || claim.status === "CLOSED";

  return (
    <section aria-labelledby="payments-heading">
      <h2 id="payments-heading">{t("heading")}</h2>
      {payments.length === 0 ? (
        <div className="usa-summary-box">
          <div className="usa-summary-box__body">
            <p className="usa-summary-box__text margin-y-0">{t("empty")}</p>
            <p className="usa-summary-box__text margin-bottom-0">{approved ? t("emptyApproved") : t("emptyPending")}</p>
          </div>
        </div>
      ) : (
        <>
          <p>{t("schedule")}</p>
          <dl className="claim-facts">
            <div>
              <dt>{t("totalNet")}</dt>
              <dd data-testid="total-paid">{format.money(totals.net)}</dd>
            </div>
            <div>
              <dt>{t("totalGross")}</dt>
              <dd>{format.money(totals.gross)}</dd>
            </div>
            <div>
              <dt>{t("totalWithholding")}</dt>
              <dd>{format.money(totals.federalWithholding)}</dd>
            </div>
            <div>
              <dt>{t("paidCount")}</dt>
              <dd>
                {t("paidCountValue", { paid: format.number(totals.paidCount), all: format.number(payments.length) })}
              </dd>
            </div>
          </dl>
          <table className="usa-table usa-table--borderless usa-table--stacked width-full">
            <caption className="text-left">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("period")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("gross")}</th>
                <th scope="col">{t("withholding")}</th>
                <th scope="col">{t("net")}</th>
                <th scope="col">{t("method")}</th>
                <th scope="col">{t("dates")}</th>
              </tr>
            </thead>
            <tbody>
              {payments.map((payment) => {
                const otherDeductions = [payment.stateWithholding, payment.recoveryOffset].some(
                  (amount) => !/^0+(\.0+)?$/.test(amount),
                );
                return (
                  <tr key={payment.id}>
                    <th scope="row" data-label={t("period")}>
                      {format.calendarDateRange(payment.periodStart, payment.periodEnd, "short")}
                    </th>
                    <td data-label={t("status")}>
                      {t(`statuses.${payment.status}`)}
                      {payment.isReissue ? ` · ${t("reissue")}` : null}
                    </td>
                    <td data-label={t("gross")}>{format.money(payment.gross)}</td>
                    <td data-label={t("withholding")}>{format.money(payment.federalWithholding)}</td>
                    <td data-label={t("net")}>
                      {format.money(payment.net)}
                      {otherDeductions ? (
                        <span className="display-block font-body-3xs">
                          {t("otherDeductions", {
                            state: format.money(payment.stateWithholding),
                            recovery: format.money(payment.recoveryOffset),
                          })}
                        </span>
                      ) : null}
                    </td>
                    <td data-label={t("method")}>
                      {payment.method === "ACH"
                        ? payment.accountNumberMasked
                          ? t("achTo", { account: payment.accountNumberMasked })
                          : t("ach")
                        : t("check")}
                    </td>
                    <td data-label={t("dates")}>
                      <PaymentDates payment={payment} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <PaymentHistoryTools claimNumber={claim.claimNumber} payments={payments} />
        </>
      )}
    </section>
  );
}

function PaymentDates({ payment }: { payment: ClaimPageClaim["payments"][number] }) {
  const t = useTranslations("claimPage.payments");
  const format = useFormat();
  const lines: string[] = [];
  if (payment.sentAt) lines.push(t("sentOn", { date: format.instantDate(payment.sentAt) }));
  const arrived = payment.settledAt ?? payment.paidAt;
  if (arrived) lines.push(t("paidOn", { date: format.instantDate(arrived) }));
  if (lines.length === 0) lines.push(t("scheduledFor", { date: format.calendarDate(payment.scheduledFor) }));
  return (
    <>
      {lines.map((line) => (
        <span key={line} className="display-block">
          {line}
        </span>
      ))}
    </>
  );
}
