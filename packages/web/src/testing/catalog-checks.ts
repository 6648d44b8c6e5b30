// The checks every app's message catalogs must pass, as vitest suites an app's catalogs test
// registers: the same keys and {placeholders} in every language, no empty or untrimmed
// messages, and Spanish that really is translated.
import { describe, expect, it } from "vitest";
import { placeholdersOf } from "../i18n/format";
import { LOCALES, type Locale } from "../i18n/locales";

/** Every leaf of a catalog as [dotted key, text]. */
export function messageLeaves(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") return [[path, value]];
    if (value && typeof value === "object") return messageLeaves(value, path);
    throw new Error(`${path} is neither text nor a group of messages`);
  });
}

interface CatalogCheckOptions {
  /** Keys whose Spanish text may equal the English (proper names, "Error:", …). */
  sameInEveryLanguage: RegExp;
}

export function describeCatalogChecks(
  catalogs: Record<Locale, object>,
  { sameInEveryLanguage }: CatalogCheckOptions,
): void {
  const english = new Map(messageLeaves(catalogs.en));

  describe.each(LOCALES.filter((locale) => locale !== "en"))("the %s catalog", (locale) => {
    const translated = new Map(messageLeaves(catalogs[locale]));

    it("has exactly the English keys", () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it("uses the same {placeholders} in every message", () => {
      const mismatches = [...english].filter(
        ([key, text]) => placeholdersOf(text).join() !== placeholdersOf(translated.get(key) ?? "").join(),
      );
      expect(mismatches.map(([key]) => key)).toEqual([]);
    });
  });

  describe.each(LOCALES)("the %s catalog", (locale) => {
    it("has no empty or untrimmed messages", () => {
      const bad = messageLeaves(catalogs[locale]).filter(([, text]) => text.trim() === "" || text.trim() !== text);
      expect(bad).toEqual([]);
    });
  });

  it("translates at least the visible words (Spanish differs from English for most messages)", () => {
    const same = messageLeaves(catalogs.es).filter(([key, text]) => english.get(key) === text);
    expect(same.filter(([key]) => !sameInEveryLanguage.test(key)).map(([key]) => key)).toEqual([]);
  });
}
