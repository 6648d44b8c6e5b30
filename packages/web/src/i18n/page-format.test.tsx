import { screen } from "@testing-library/react";
import { createFormatter, useTranslations } from "next-intl";
import { afterEach, describe, expect, it } from "vitest";
import { renderWithApp } from "../test/render";
import { webFormats } from "./formats";
import { INTL_LOCALES, LOCALES } from "./locales";
import { createPageFormat, useFormat } from "./page-format";

const formatIn = (timeZone: string, locale: (typeof LOCALES)[number] = "en") =>
  createPageFormat(createFormatter({ locale: INTL_LOCALES[locale], formats: webFormats, timeZone }));

describe("calendar dates", () => {
  const processZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = processZone;
  });

  it("show the same day in every time zone the runtime knows, whatever the machine's own zone", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    expect(zones.length).toBeGreaterThan(300);
    for (const machineZone of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      process.env.TZ = machineZone; // Node re-reads TZ when it changes
      const wrong = zones.flatMap((zone) => {
        const format = formatIn(zone);
        return [
          format.calendarDate("2026-12-02"),
          format.calendarDate("2026-12-02T00:00:00.000Z"),
          format.calendarDate("2026-12-02", "short"),
        ]
          .filter((text, index) => text !== ["December 2, 2026", "December 2, 2026", "Dec 2, 2026"][index])
          .map((text) => `${machineZone} / ${zone}: ${text}`);
      });
      expect(wrong).toEqual([]);
    }
  });

  it("are written in Spanish on a Spanish page", () => {
    for (const zone of ["Pacific/Kiritimati", "Etc/GMT+12"]) {
      expect(formatIn(zone, "es").calendarDate("2026-12-02")).toBe("2 de diciembre de 2026");
    }
  });

  it("form a range without repeating the month and year (thin spaces around the dash)", () => {
    expect(formatIn("Pacific/Honolulu").calendarDateRange("2026-12-02", "2026-12-16")).toBe(
      "December 2\u2009–\u200916, 2026",
    );
    expect(formatIn("Pacific/Honolulu", "es").calendarDateRange("2026-12-02", "2027-01-15")).toBe(
      "2 de diciembre de 2026\u2009–\u200915 de enero de 2027",
    );
  });

  it("name their month and weekday in the page's language, on the same day everywhere", () => {
    expect(formatIn("Pacific/Honolulu").calendarMonth("2026-12-01")).toBe("December 2026");
    expect(formatIn("Pacific/Kiritimati", "es").calendarMonth("2026-12-01")).toBe("diciembre de 2026");
    expect(formatIn("Pacific/Honolulu").weekday("2026-12-01")).toBe("Tuesday");
    expect(formatIn("Pacific/Kiritimati", "es").weekday("2026-12-01", "narrow")).toBe("M");
  });

  it("differ from instants, which are shown in the deployment's time zone", () => {
    // Midnight UTC is still December 1 in Honolulu: right for an instant, wrong for a date.
    expect(formatIn("Pacific/Honolulu").instantDate("2026-12-02T00:00:00.000Z")).toBe("December 1, 2026");
    expect(formatIn("America/New_York").instantDateTime("2026-11-18T15:30:00.000Z")).toBe(
      "November 18, 2026 at 10:30 AM",
    );
  });
});

describe("money and numbers", () => {
  it("writes dollars exactly from the API's decimal strings, in both languages the U.S. way", () => {
    for (const locale of LOCALES) {
      const format = formatIn("UTC", locale);
      expect(format.money("1234.5")).toBe("$1,234.50");
      expect(format.money("-87.25")).toBe("-$87.25");
      // 0.615 has no exact float; read as a decimal it rounds half away from zero to 0.62.
      expect(format.money("0.615")).toBe("$0.62");
      expect(format.money("9007199254740993.01")).toBe("$9,007,199,254,740,993.01");
      expect(format.moneyWhole("1234.50")).toBe("$1,235");
    }
  });

  it("refuses what is not a decimal amount", () => {
    expect(() => formatIn("UTC").money("$12")).toThrow(/not a decimal amount/);
    expect(() => formatIn("UTC").money("1e3")).toThrow(/not a decimal amount/);
  });

  it("groups counts and writes percentages per language", () => {
    expect(formatIn("UTC").number(12345)).toBe("12,345");
    expect(formatIn("UTC", "es").number(12345)).toBe("12,345");
    expect(formatIn("UTC").percent("0.9")).toBe("90%");
    expect(formatIn("UTC", "es").percent(0.675)).toBe("67.5%");
    expect(formatIn("UTC", "es").list(["A", "B", "C"])).toBe("A, B y C");
    expect(formatIn("UTC", "en").alternatives(["PDF", "PNG", "HEIC"])).toBe("PDF, PNG, or HEIC");
    expect(formatIn("UTC", "es").alternatives(["PDF", "PNG", "HEIC"])).toBe("PDF, PNG o HEIC");
  });
});

describe("useFormat and plural messages in a component", () => {
  function BenefitLine({ amount, start, waiting }: { amount: string; start: string; waiting: number }) {
    const t = useTranslations("home");
    const format = useFormat();
    return (
      <>
        <p>{t("benefit", { amount: format.money(amount), start: format.calendarDate(start) })}</p>
        <p>{t("claimsWaiting", { count: waiting })}</p>
      </>
    );
  }

  it("formats with the page's language and picks the plural form for the count", () => {
    const { rerender } = renderWithApp(<BenefitLine amount="1100.00" start="2026-12-02" waiting={0} />);
    expect(screen.getByText("Your weekly benefit is $1,100.00, starting December 2, 2026.")).toBeInTheDocument();
    expect(screen.getByText("No claims are waiting")).toBeInTheDocument();
    rerender(<BenefitLine amount="1100.00" start="2026-12-02" waiting={1} />);
    expect(screen.getByText("1 claim is waiting")).toBeInTheDocument();
    rerender(<BenefitLine amount="1100.00" start="2026-12-02" waiting={1200} />);
    expect(screen.getByText("1,200 claims are waiting")).toBeInTheDocument();
  });

  it("does the same in Spanish", () => {
    renderWithApp(<BenefitLine amount="1100.00" start="2026-12-02" waiting={3} />, { locale: "es" });
    expect(
      screen.getByText("Su beneficio semanal es $1,100.00, a partir del 2 de diciembre de 2026."),
    ).toBeInTheDocument();
    expect(screen.getByText("3 reclamos están en espera")).toBeInTheDocument();
  });
});

describe("markup in a message", () => {
  function Help() {
    const t = useTranslations("home");
    return <p>{t.rich("help", { guide: (chunks) => <a href="/help/payments">{chunks}</a> })}</p>;
  }

  it("wraps the tagged words in the element the page gives, in both languages", () => {
    const { unmount } = renderWithApp(<Help />);
    expect(screen.getByRole("link", { name: "how payments work" })).toHaveAttribute("href", "/help/payments");
    expect(screen.getByText(/before you apply\./)).toBeInTheDocument();
    unmount();
    renderWithApp(<Help />, { locale: "es" });
    expect(screen.getByRole("link", { name: "cómo funcionan los pagos" })).toHaveAttribute("href", "/help/payments");
  });
});
