"use client";
// The dashboard's charts (recharts). Each chart is a picture of the table that follows it, which
// carries the same figures for screen readers and keyboard users: the chart itself is hidden
// from assistive technology and takes no focus.
import type { ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

// USWDS colours with at least 3:1 contrast on white.
export const CHART_COLOURS = ["#005ea2", "#008817", "#d54309", "#71767a", "#936f38", "#8168b3"] as const;

export interface Series {
  key: string;
  label: string;
  /** Bars that share a stack id are drawn on top of each other. */
  stack?: string;
  /** Drawn as a line over the bars. */
  line?: boolean;
}

export function Chart<TRow extends Record<string, string | number | null>>({
  rows,
  category,
  series,
  formatValue,
}: {
  rows: readonly TRow[];
  category: keyof TRow & string;
  series: readonly Series[];
  formatValue?: (value: number) => string;
}): ReactNode {
  const hasLine = series.some((s) => s.line);
  const ChartKind = hasLine ? ComposedChart : BarChart;
  const data: Record<string, string | number | null>[] = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, key === category || value === null ? value : Number(value)]),
    ),
  );
  return (
    <div className="dashboard-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <ChartKind data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={category as string} tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} tickFormatter={formatValue} width={formatValue ? 80 : 40} />
          <Tooltip formatter={formatValue ? (value) => formatValue(Number(value)) : undefined} />
          <Legend />
          {series.map((s, index) =>
            s.line ? (
              <Line
                key={s.key}
                type="monotone"
                dataKey={s.key}
                name={s.label}
                stroke={CHART_COLOURS[index % CHART_COLOURS.length]}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ) : (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId={s.stack}
                fill={CHART_COLOURS[index % CHART_COLOURS.length]}
                isAnimationActive={false}
              />
            ),
          )}
        </ChartKind>
      </ResponsiveContainer>
    </div>
  );
}
