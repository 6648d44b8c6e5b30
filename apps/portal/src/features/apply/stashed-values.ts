"use client";
// What a person typed on a step and has not saved yet is kept in this tab's sessionStorage, so
// an expired session (sign in again), a lost connection or a reload loses nothing. Cleared
// once the step is saved. Never used for bank account numbers.
import { useCallback, useEffect, useState } from "react";

export function useStashedValues<T extends Record<string, string>>(key: string, initial: () => T) {
  const storageKey = `openleave.application.${key}`;
  const [start] = useState(initial);
  const [values, setValues] = useState<T>(() => {
    try {
      const raw = window.sessionStorage.getItem(storageKey);
      if (raw) return { ...start, ...(JSON.parse(raw) as Partial<T>) };
    } catch {
      // Storage can be unavailable (private modes, quotas): the form still works.
    }
    return start;
  });
  useEffect(() => {
    try {
      if (JSON.stringify(values) === JSON.stringify(start)) window.sessionStorage.removeItem(storageKey);
      else window.sessionStorage.setItem(storageKey, JSON.stringify(values));
    } catch {
      // See above.
    }
  }, [storageKey, start, values]);
  const clear = useCallback(() => {
    try {
      window.sessionStorage.removeItem(storageKey);
    } catch {
      // See above.
    }
  }, [storageKey]);
  return [values, setValues, clear] as const;
}
