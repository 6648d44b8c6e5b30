/**
 * Money and exact decimal arithmetic. Every amount, rate and ratio in a money path is a
 * `Money` (a decimal.js Decimal from a private clone, so global Decimal settings elsewhere in a
 * process cannot change our results). Rounding is never implicit: call `roundMoney` with one of
 * the named rules below, and show the rule in the explanation.
 */
import Decimal from "decimal.js";

/** A private Decimal constructor: 40 significant digits, never exponential notation in strings. */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

export type Money = Decimal;

export const ZERO: Money = new Dec(0);
export const ONE: Money = new Dec(1);

/** Builds a Money from a literal decimal string (for parameter data and constants). */
export function money(literal: string | number): Money {
  return new Dec(literal);
}

export interface RoundingRule {
  /** Stable id shown in explanations, e.g. "floor-dollar". */
  readonly id: string;
  /** Plain-language description, e.g. "round down to the whole dollar". */
  readonly label: string;
  /** Decimal places kept: 2 for cents, 0 for whole dollars. */
  readonly places: number;
  /** decimal.js rounding mode. */
  readonly mode: Decimal.Rounding;
}

function rule(id: string, label: string, places: number, mode: Decimal.Rounding): RoundingRule {
  return Object.freeze({ id, label, places, mode });
}

/** The rounding rules programs choose from. Add one here rather than rounding ad hoc. */
export const Rounding = {
  HALF_UP_CENT: rule("half-up-cent", "round to the nearest cent, halves up", 2, Decimal.ROUND_HALF_UP),
  HALF_EVEN_CENT: rule("half-even-cent", "round to the nearest cent, halves to even", 2, Decimal.ROUND_HALF_EVEN),
  TRUNCATE_CENT: rule("truncate-cent", "truncate to the cent (drop fractions of a cent)", 2, Decimal.ROUND_DOWN),
  UP_CENT: rule("up-cent", "round up to the next cent", 2, Decimal.ROUND_UP),
  HALF_UP_DOLLAR: rule("half-up-dollar", "round to the nearest whole dollar, halves up", 0, Decimal.ROUND_HALF_UP),
  DOWN_DOLLAR: rule("down-dollar", "round down to the next lower whole dollar", 0, Decimal.ROUND_FLOOR),
  UP_DOLLAR: rule("up-dollar", "round up to the next whole dollar", 0, Decimal.ROUND_CEIL),
} as const;

export function roundMoney(value: Money, rounding: RoundingRule): Money {
  return value.toDecimalPlaces(rounding.places, rounding.mode);
}

/**
 * The contract's money string: always two decimal places. Values already at cents (the usual
 * case: results are rounded by the program's rule first) are padded from toString, which is much
 * cheaper than toFixed; anything finer goes through toFixed (halves up).
 */
export function formatMoney(value: Money): string {
  if (value.decimalPlaces() > 2) return value.toFixed(2);
  const text = value.toString();
  const point = text.indexOf(".");
  if (point < 0) return `${text}.00`;
  return text.length - point === 2 ? `${text}0` : text;
}

const formattedOnce = new WeakMap<Money, string>();

/** formatMoney for long-lived values (parameter figures): each string is built only once. */
export function formatStableMoney(value: Money): string {
  let text = formattedOnce.get(value);
  if (text === undefined) {
    text = formatMoney(value);
    formattedOnce.set(value, text);
  }
  return text;
}

export function minMoney(a: Money, b: Money): Money {
  return a.lte(b) ? a : b;
}

export function maxMoney(a: Money, b: Money): Money {
  return a.gte(b) ? a : b;
}
