/**
 * Explanation texts take their figures from parameters: a `what:` text that spells out a number
 * the program also holds as a parameter ("820 hours", "$2,500") goes stale the day the next
 * dated value takes effect. This lint reads every `what:` string in the program and concept
 * source files and fails on a number equal to a value of any parameter of the programs that
 * file belongs to (every program, for the shared concept folders).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AnyParameter } from "../src/core/parameter";
import { PROGRAMS } from "../src/programs/index";

const SRC = path.resolve(import.meta.dirname, "../src");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) out.push(full);
  }
  return out;
}

/** The numbers a value holds, as plain decimal strings ("2500", "0.9", "12"). */
function numbersOf(value: unknown, into: Set<string>): void {
  if (value === null || value === undefined) return;
  if (typeof value === "number") {
    into.add(String(value));
    return;
  }
  if (typeof value === "object" && "toFixed" in (value as object) && "isZero" in (value as object)) {
    const decimal = value as { toString(): string; times(n: number): { toString(): string } };
    into.add(normalize(decimal.toString()));
    // Rates are written as percentages in texts ("90%"): 0.9 → 90.
    into.add(normalize(decimal.times(100).toString()));
    return;
  }
  if (Array.isArray(value)) for (const item of value) numbersOf(item, into);
  else if (typeof value === "object") for (const item of Object.values(value as object)) numbersOf(item, into);
}

function normalize(number: string): string {
  const plain = number.replace(/,/g, "");
  return plain.includes(".") ? plain.replace(/0+$/, "").replace(/\.$/, "") : plain;
}

function parameterNumbers(parameters: readonly AnyParameter[]): Set<string> {
  const numbers = new Set<string>();
  for (const parameter of parameters) {
    for (const entry of parameter.entries) numbersOf(entry.value, numbers);
  }
  return numbers;
}

const WHAT = /(?:\b(?:what|stepWhat):|WHAT\s*=)\s*(["'`])((?:\\.|(?!\1)[\s\S])*?)\1/g;
const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

function whatTexts(file: string): { line: number; text: string }[] {
  return whatTextsIn(readFileSync(file, "utf8"));
}

function whatTextsIn(source: string): { line: number; text: string }[] {
  const texts: { line: number; text: string }[] = [];
  for (const match of source.matchAll(WHAT)) {
    const line = source.slice(0, match.index).split("\n").length;
    texts.push({ line, text: match[2]! });
  }
  return texts;
}

function programsOfFile(file: string) {
  const relative = path.relative(path.join(SRC, "programs"), file);
  if (relative.startsWith("..")) return PROGRAMS; // a shared concept folder
  const folder = relative.split(path.sep)[0]!;
  // A program's folder, or a sibling program whose parameters live there (nj-tdi for nj-fli).
  const owners = PROGRAMS.filter((p) => p.parameters.some((param) => param.id.startsWith(`${folder}.`)));
  return owners.length > 0 ? owners : PROGRAMS;
}

/** The numbers in `text` that equal a parameter's value. */
function figuresIn(text: string, numbers: ReadonlySet<string>): string[] {
  return [...text.matchAll(NUMBER)].map((match) => match[0]).filter((figure) => numbers.has(normalize(figure)));
}

describe("explanation texts hold no parameter's value", () => {
  const files = sourceFiles(SRC);

  it("finds the texts it checks", () => {
    expect(files.flatMap(whatTexts).length).toBeGreaterThan(75);
  });

  it("no `what:` (or `stepWhat:`) text spells out a figure that a parameter holds", () => {
    const problems: string[] = [];
    for (const file of files) {
      const numbers = parameterNumbers(programsOfFile(file).flatMap((p) => p.parameters));
      for (const { line, text } of whatTexts(file)) {
        for (const figure of figuresIn(text, numbers))
          problems.push(`${path.relative(SRC, file)}:${line}: "${figure}" in "${text}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("would catch one: a text spelling out a parameter's amount or rate is reported", () => {
    const co = PROGRAMS.find((p) => p.jurisdiction === "CO")!;
    const numbers = parameterNumbers(co.parameters);
    const texts = whatTextsIn(`x({ what: "Wages of at least $2,500 and 90% below half the state AWW" });`);
    expect(texts.flatMap(({ text }) => figuresIn(text, numbers))).toEqual(["2,500", "90"]);
    expect(figuresIn("Average weekly wage: the highest quarter ÷ 13 weeks", numbers)).toEqual([]);
  });
});
