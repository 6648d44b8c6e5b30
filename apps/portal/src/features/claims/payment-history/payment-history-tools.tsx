"use client";
// Below the payment table: the history as a CSV file, and per calendar year the benefits paid
// and federal tax withheld (what Form 1099-G reports).
import { useTimeZone, useTranslations } from "next-intl";
import { useFormat } from "@openleave/web";
import { type CsvPayment, paymentsCsv } from "./payment-csv";
import { taxYears } from "./tax-years";

export function PaymentHistoryTools({
  claimNumber,
  payments,
}: {
  claimNumber: string | null;
  payments: readonly CsvPayment[];
}) {
  const t = useTranslations("paymentHistory");
  const tp = useTranslations("claimPage.payments");
  const format = useFormat();
  const timeZone = useTimeZone() ?? "UTC";
  const years = taxYears(payments, timeZone);
  const dayIn = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });

  const download = () => {
    const csv = paymentsCsv(payments, (column) => t(`columns.${column}`), {
      method: (method) => (method === "ACH" ? tp("ach") : tp("check")),
      status: (status) => tp(`statuses.${status as "PAID"}`),
      day: (instant) => dayIn.format(new Date(instant)),
    });
    // A byte order mark so spreadsheet programs read the accents as UTF-8.
    const url = URL.createObjectURL(new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${claimNumber ?? "claim"}-payments.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <p>
        <button type="button" className="usa-button usa-button--outline" onClick={download}>
          {t("download")}
        </button>
      </p>
      <h3 id="tax-years-heading">{t("yearsHeading")}</h3>
      <p>{t("yearsIntro")}</p>
      {years.length === 0 ? (
        <p>{t("yearsEmpty")}</p>
      ) : (
        <table
          className="usa-table usa-table--borderless usa-table--stacked width-full"
          aria-labelledby="tax-years-heading"
        >
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              <th scope="col">{t("yearGross")}</th>
              <th scope="col">{t("yearWithheld")}</th>
              <th scope="col">{t("yearPayments")}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year.year}>
                <th scope="row" data-label={t("year")}>
                  {year.year}
                </th>
                <td data-label={t("yearGross")} data-testid={`year-${year.year}-gross`}>
                  {format.money(year.gross)}
                </td>
                <td data-label={t("yearWithheld")} data-testid={`year-${year.year}-withheld`}>
                  {format.money(year.federalWithholding)}
                </td>
                <td data-label={t("yearPayments")}>{format.number(year.payments)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
