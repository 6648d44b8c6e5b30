// The rules package's explanation, as stored on an eligibility snapshot (JSON): ordered steps,
// each with what it did, its result, the parameters it used and the citations behind them.
// Read defensively: it is data from the API, typed only as JSON.

export interface Citation {
  title: string;
  section?: string;
  href?: string;
}

export interface ParameterUse {
  id: string;
  label: string;
  value: unknown;
  from?: string;
  cite: Citation[];
}

export interface ExplanationStep {
  step: string;
  what: string;
  result: unknown;
  parameters: ParameterUse[];
  cite: Citation[];
  note?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function citations(value: unknown): Citation[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((c) =>
    typeof c.title === "string"
      ? [
          {
            title: c.title,
            section: typeof c.section === "string" ? c.section : undefined,
            href: typeof c.href === "string" && /^https?:\/\//.test(c.href) ? c.href : undefined,
          },
        ]
      : [],
  );
}

export function explanationSteps(json: unknown): ExplanationStep[] {
  if (!Array.isArray(json)) return [];
  return json.filter(isObject).map((step) => ({
    step: typeof step.step === "string" ? step.step : "",
    what: typeof step.what === "string" ? step.what : "",
    result: step.result ?? null,
    note: typeof step.note === "string" ? step.note : undefined,
    cite: citations(step.cite),
    parameters: Array.isArray(step.parameters)
      ? step.parameters.filter(isObject).map((p) => ({
          id: typeof p.id === "string" ? p.id : "",
          label: typeof p.label === "string" ? p.label : String(p.id ?? ""),
          value: p.value ?? null,
          from: typeof p.from === "string" ? p.from : undefined,
          cite: citations(p.cite),
        }))
      : [],
  }));
}

/** A result or parameter value in a few words: "587.00", "yes", "2025-Q3, 2025-Q4". */
export function valueText(value: unknown, words: { yes: string; no: string; none: string }): string {
  if (value === null || value === undefined) return words.none;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map((item) => valueText(item, words)).join(", ");
  if (isObject(value)) {
    return Object.entries(value)
      .map(([key, item]) => `${key}: ${valueText(item, words)}`)
      .join("; ");
  }
  return String(value);
}

export function citationText(citation: Citation): string {
  return citation.section ? `${citation.title}, ${citation.section}` : citation.title;
}
