import { describe, expect, it } from "vitest";
import { INTL_LOCALES, localeOfIntlLocale, negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("picks Spanish for a Spanish-first browser", () => {
    expect(negotiateLocale("es-US,es;q=0.9,en;q=0.8")).toBe("es");
  });

  it("follows quality values, not order", () => {
    expect(negotiateLocale("fr;q=0.9,en;q=0.5,es;q=0.7")).toBe("es");
  });

  it("skips languages the apps do not speak and refuses q=0", () => {
    expect(negotiateLocale("pt-BR,es;q=0")).toBe("en");
  });

  it("falls back to English without a header", () => {
    expect(negotiateLocale(null)).toBe("en");
  });
});

describe("INTL_LOCALES", () => {
  it("formats as U.S. readers of both languages expect", () => {
    const money = (tag: string) => new Intl.NumberFormat(tag, { style: "currency", currency: "USD" }).format(1234.5);
    expect(money(INTL_LOCALES.en)).toBe("$1,234.50");
    expect(money(INTL_LOCALES.es)).toBe("$1,234.50");
    expect(money("es")).not.toBe("$1,234.50"); // Spain's convention, which U.S. Spanish does not use
  });

  it("maps back to the apps' language", () => {
    expect(localeOfIntlLocale(INTL_LOCALES.es)).toBe("es");
    expect(localeOfIntlLocale(INTL_LOCALES.en)).toBe("en");
    expect(localeOfIntlLocale("fr-CA")).toBe("en");
  });
});
