// Colours for status tags. Each tone names its USWDS utility classes and the hex values they
// stand for, so a test can check the text contrast (WCAG AA needs 4.5:1 for small text).

export type Tone = "neutral" | "progress" | "action-needed" | "good" | "bad" | "closed";

export const TONES: Record<Tone, { className: string; background: string; text: string }> = {
  neutral: { className: "bg-base-lighter text-ink", background: "#dfe1e2", text: "#1b1b1b" },
  progress: { className: "bg-primary text-white", background: "#005ea2", text: "#ffffff" },
  "action-needed": { className: "bg-warning-light text-ink", background: "#fee685", text: "#1b1b1b" },
  good: { className: "bg-success-darker text-white", background: "#216e1f", text: "#ffffff" },
  bad: { className: "bg-error-dark text-white", background: "#b50909", text: "#ffffff" },
  closed: { className: "bg-base-dark text-white", background: "#565c65", text: "#ffffff" },
};

/** WCAG 2.1 contrast ratio between two #rrggbb colours. */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
