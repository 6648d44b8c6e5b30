// The checks every app's message catalogs must pass, as vitest suites an app's catalogs test
// registers: the same keys in every language, every message valid ICU with the same arguments
// in every language, plural forms the language has, dates and numbers through the shared named
// formats, no empty or untrimmed messages, and Spanish that really is translated.
import { parse, TYPE, type MessageFormatElement, type PluralOrSelectOption } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { webFormats } from "../i18n/formats";
import { INTL_LOCALES, LOCALES, type Locale } from "../i18n/locales";
import { mergeMessages, type MessageTree } from "../i18n/merge-messages";
import { webCatalogs } from "../i18n/messages";

/** Every leaf of a catalog as [dotted key, text]. */
export function messageLeaves(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") return [[path, value]];
    if (value && typeof value === "object") return messageLeaves(value, path);
    throw new Error(`${path} is neither text nor a group of messages`);
  });
}

/** What a message asks of its caller and its translators, e.g. ["count: plural", "name: text"]. */
export interface MessageSignature {
  /** Each argument with its kind, sorted; a select lists its cases. */
  arguments: string[];
  /** Plural case keys as written ("one", "other", "=0"), for the language check. */
  pluralCases: string[];
  /** Date, time and number styles used ("date calendarDate", "number money", "date ::yMd"). */
  styles: string[];
}

/** Parses an ICU message (throws on a malformed one) and says what it uses. */
export function messageSignature(message: string): MessageSignature {
  const kinds = new Map<string, Set<string>>();
  const pluralCases = new Set<string>();
  const styles = new Set<string>();
  const note = (name: string, kind: string) => kinds.set(name, (kinds.get(name) ?? new Set()).add(kind));
  const styleName = (style: unknown) =>
    style == null ? "default" : typeof style === "string" ? style : `::${JSON.stringify(style)}`;

  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          note(element.value, "text");
          break;
        case TYPE.number:
          note(element.value, "number");
          styles.add(`number ${styleName(element.style)}`);
          break;
        case TYPE.date:
        case TYPE.time: {
          const kind = element.type === TYPE.date ? "date" : "time";
          note(element.value, kind);
          styles.add(`${kind} ${styleName(element.style)}`);
          break;
        }
        case TYPE.select:
          note(element.value, `select(${Object.keys(element.options).sort().join("|")})`);
          walkOptions(element.options);
          break;
        case TYPE.plural:
          note(element.value, element.pluralType === "ordinal" ? "selectordinal" : "plural");
          for (const key of Object.keys(element.options)) pluralCases.add(key);
          walkOptions(element.options);
          break;
        case TYPE.tag:
          note(element.value, "tag");
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  const walkOptions = (options: Record<string, PluralOrSelectOption>) => {
    for (const option of Object.values(options)) walk(option.value);
  };

  walk(parse(message, { requiresOtherClause: true }));
  // Inside a plural a translator may write {count} or #: the argument is the plural either way.
  const args = [...kinds].map(([name, found]) => {
    const structural = [...found].filter((kind) => kind !== "text");
    return `${name}: ${(structural.length > 0 ? structural : [...found]).sort().join(" & ")}`;
  });
  return { arguments: args.sort(), pluralCases: [...pluralCases].sort(), styles: [...styles].sort() };
}

const ALLOWED_STYLES = new Set([
  ...Object.keys(webFormats.dateTime).flatMap((name) => [`date ${name}`, `time ${name}`]),
  ...Object.keys(webFormats.number).map((name) => `number ${name}`),
  "number default",
  "number integer",
]);

interface CatalogCheckOptions {
  /** Keys whose Spanish text may equal the English (proper names, "Error:", …). */
  sameInEveryLanguage: RegExp;
}

/**
 * Everything wrong with an app's own catalogs (its messages/en.ts, es.ts) merged over the
 * shared ones as the app serves them: each check's name with its problems (none when fine).
 */
export function catalogProblems(
  appCatalogs: Record<Locale, MessageTree>,
  { sameInEveryLanguage }: CatalogCheckOptions,
): [check: string, problems: string[]][] {
  const merged = Object.fromEntries(
    LOCALES.map((locale) => [locale, mergeMessages(webCatalogs[locale], appCatalogs[locale])]),
  ) as Record<Locale, MessageTree>;
  const leaves = (locale: Locale) => new Map(messageLeaves(merged[locale]));
  const english = leaves("en");

  const parsed = Object.fromEntries(
    LOCALES.map((locale) => {
      const found = new Map<string, MessageSignature>();
      const malformed: string[] = [];
      for (const [key, text] of leaves(locale)) {
        try {
          found.set(key, messageSignature(text));
        } catch (error) {
          malformed.push(`${key}: ${(error as Error).message}`);
        }
      }
      return [locale, { found, malformed }];
    }),
  ) as Record<Locale, { found: Map<string, MessageSignature>; malformed: string[] }>;

  const checks: [string, string[]][] = [];
  for (const locale of LOCALES.filter((other) => other !== "en")) {
    const translated = leaves(locale);
    checks.push([
      `the ${locale} catalog has exactly the English keys`,
      [
        ...[...english.keys()].filter((key) => !translated.has(key)).map((key) => `missing: ${key}`),
        ...[...translated.keys()].filter((key) => !english.has(key)).map((key) => `not in English: ${key}`),
      ],
    ]);
    const ownEnglish = new Set(messageLeaves(appCatalogs.en).map(([key]) => key));
    const ownTranslated = new Set(messageLeaves(appCatalogs[locale]).map(([key]) => key));
    checks.push([
      `the app's ${locale} file rewords exactly the shared messages its English file rewords`,
      [
        ...[...ownEnglish].filter((key) => !ownTranslated.has(key)).map((key) => `missing: ${key}`),
        ...[...ownTranslated].filter((key) => !ownEnglish.has(key)).map((key) => `not in English: ${key}`),
      ],
    ]);
    checks.push([
      `the ${locale} catalog uses the English arguments in every message`,
      [...parsed[locale].found].flatMap(([key, signature]) => {
        const expected = parsed.en.found.get(key)?.arguments.join(", ");
        const actual = signature.arguments.join(", ");
        return expected !== undefined && expected !== actual ? [`${key}: {${actual}} instead of {${expected}}`] : [];
      }),
    ]);
  }

  for (const locale of LOCALES) {
    const categories = new Set<string>(new Intl.PluralRules(INTL_LOCALES[locale]).resolvedOptions().pluralCategories);
    checks.push([`the ${locale} catalog holds only well-formed ICU messages`, parsed[locale].malformed]);
    checks.push([
      `the ${locale} catalog uses only plural forms the language has`,
      [...parsed[locale].found].flatMap(([key, { pluralCases }]) =>
        pluralCases.filter((name) => !name.startsWith("=") && !categories.has(name)).map((name) => `${key}: ${name}`),
      ),
    ]);
    // `{start, date, long}` would write a calendar date in the deployment's time zone and can
    // show the day before; the `calendarDate` format cannot.
    checks.push([
      `the ${locale} catalog formats dates and numbers only with the shared named formats`,
      [...parsed[locale].found].flatMap(([key, { styles }]) =>
        styles.filter((style) => !ALLOWED_STYLES.has(style)).map((style) => `${key}: ${style}`),
      ),
    ]);
    checks.push([
      `the ${locale} catalog has no empty or untrimmed messages`,
      [...leaves(locale)].filter(([, text]) => text.trim() === "" || text.trim() !== text).map(([key]) => key),
    ]);
  }

  const shared = new Map(messageLeaves(webCatalogs.en));
  checks.push([
    "every shared message the app rewords keeps its arguments",
    messageLeaves(appCatalogs.en).flatMap(([key]) => {
      const original = shared.get(key);
      const reworded = parsed.en.found.get(key);
      if (original === undefined || reworded === undefined) return [];
      const expected = messageSignature(original).arguments.join(", ");
      const actual = reworded.arguments.join(", ");
      return expected !== actual ? [`${key}: {${actual}} instead of {${expected}}`] : [];
    }),
  ]);
  checks.push([
    "Spanish differs from English, apart from the words that are the same in both",
    [...leaves("es")]
      .filter(([key, text]) => english.get(key) === text && !sameInEveryLanguage.test(key))
      .map(([key]) => key),
  ]);
  return checks;
}

/** Registers `catalogProblems`' checks as tests, in an app's src/i18n/catalogs.test.ts. */
export function describeCatalogChecks(appCatalogs: Record<Locale, MessageTree>, options: CatalogCheckOptions): void {
  describe("the message catalogs", () => {
    it.each(catalogProblems(appCatalogs, options))("%s", (_check, problems) => {
      expect(problems).toEqual([]);
    });
  });
}
