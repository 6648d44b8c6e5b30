"use client";
// Mutation answers as outcomes in the page's language: `toMutationOutcome` from
// @openleave/web, with the API's English messages replaced on a page in Spanish
// (localize-outcome.ts). Every claimant form reads its answers through this.
import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import type { CombinedError } from "@urql/core";
import { toMutationOutcome, useLocale, type MutationOutcome } from "@openleave/web";
import type { Messages } from "@/i18n/catalogs";
import { localizeOutcome, type ApiErrorWords } from "./localize-outcome";

type CodeKey = `codes.${keyof Messages["apiErrors"]["codes"]}`;
type FieldKey = `fields.${keyof Messages["apiErrors"]["fields"]}`;

/** The catalog's sentences for API problems in the page's language; null in English. */
export function useApiErrorWords(): ApiErrorWords | null {
  const t = useTranslations("apiErrors");
  const locale = useLocale();
  return useMemo(() => {
    if (locale === "en") return null;
    // Codes and field names come from the API: only those the catalog has are looked up.
    const lookup = (key: CodeKey | FieldKey) => (t.has(key) ? t(key) : undefined);
    return {
      code: (code) => lookup(`codes.${code}` as CodeKey),
      field: (name) => lookup(`fields.${name}` as FieldKey),
      generic: t("generic"),
      fieldGeneric: t("fieldGeneric"),
    };
  }, [locale, t]);
}

/** Like `toMutationOutcome(payload, error)`, in the page's language. */
export function useApiOutcome() {
  const words = useApiErrorWords();
  return useCallback(
    <TPayload extends object>(payload: TPayload | null | undefined, error?: CombinedError) =>
      localizeOutcome(toMutationOutcome(payload, error), words),
    [words],
  );
}

/** For code that already holds an outcome (the wizard's steps return theirs). */
export function useLocalizeOutcome() {
  const words = useApiErrorWords();
  return useCallback(
    <TOutcome extends MutationOutcome<unknown>>(outcome: TOutcome) => localizeOutcome(outcome, words),
    [words],
  );
}
