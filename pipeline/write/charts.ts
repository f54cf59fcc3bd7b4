/**
 * Inline SVG charts for report.html: horizontal bars for rankings, columns
 * for counts over time. Plain markup, no script, no external font or file.
 */
import type { Ranked } from "./facts.ts";

export const escapeXml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

const FONT = `font-family="system-ui, 'DejaVu Sans', 'Noto Sans', Arial, sans-serif" font-size="13"`;
const WIDTH = 760;
const MAX_LABEL = 44;

function clip(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join("")}…`;
}

function svg(height: number, label: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `role="img" aria-label="${escapeXml(label)}" ${FONT}>${body}</svg>`
  );
}

export interface ChartOptions {
  readonly label: string;
  readonly color: string;
  /** The value of a full-length bar; the largest value when not given. */
  readonly scale?: number;
  readonly format?: (value: number) => string;
}

/** One horizontal bar per row, longest first as given, value at the end of each bar. */
export function barChart(rows: readonly Ranked[], options: ChartOptions): string {
  if (rows.length === 0) return `<p class="empty">No data.</p>`;
  const rowHeight = 24;
  const labelWidth = 300;
  const barArea = WIDTH - labelWidth - 70;
  const max = options.scale ?? Math.max(...rows.map((row) => row.value), 1);
  const format = options.format ?? String;
  const bars = rows.map((row, index) => {
    const y = index * rowHeight;
    const width = Math.max(1, Math.round((row.value / max) * barArea));
    const title = escapeXml(row.detail ? `${row.label}: ${format(row.value)} (${row.detail})` : `${row.label}: ${format(row.value)}`);
    return (
      `<g><title>${title}</title>` +
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" fill="#222">${escapeXml(clip(row.label, MAX_LABEL))}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 8}" rx="2" fill="${options.color}"/>` +
      `<text x="${labelWidth + width + 6}" y="${y + 16}" fill="#444">${format(row.value)}</text></g>`
    );
  });
  return svg(rows.length * rowHeight + 4, options.label, bars.join(""));
}

const MONTHS_BEFORE_YEARS = 48;

/** Counts by `YYYY-MM` as a gap-free series: by month over up to four years, by year beyond. */
export function timeline(byMonth: readonly Ranked[]): Ranked[] {
  if (byMonth.length === 0) return [];
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const first = index(byMonth[0]!.label);
  const last = index(byMonth[byMonth.length - 1]!.label);
  const byYear = last - first >= MONTHS_BEFORE_YEARS;
  const bucket = (position: number) => {
    const year = Math.floor(position / 12);
    return byYear ? String(year) : `${year}-${String((position % 12) + 1).padStart(2, "0")}`;
  };
  const counts = new Map<string, number>();
  for (let position = first; position <= last; position += 1) counts.set(bucket(position), 0);
  for (const row of byMonth) counts.set(bucket(index(row.label)), counts.get(bucket(index(row.label)))! + row.value);
  return [...counts].map(([label, value]) => ({ label, value }));
}

/** One column per period, left to right; every label when they fit, else every n-th. */
export function columnChart(series: readonly Ranked[], options: ChartOptions): string {
  if (series.length === 0) return `<p class="empty">No data.</p>`;
  const height = 220;
  const top = 18;
  const bottom = 40;
  const left = 40;
  const plotWidth = WIDTH - left - 10;
  const slot = plotWidth / series.length;
  const barWidth = Math.max(2, Math.min(48, slot * 0.8));
  const max = Math.max(...series.map((point) => point.value), 1);
  const labelEvery = Math.max(1, Math.ceil(series.length / Math.floor(plotWidth / 64)));
  const scale = (value: number) => Math.round((value / max) * (height - top - bottom));
  const columns = series.map((point, position) => {
    const x = left + position * slot + (slot - barWidth) / 2;
    const columnHeight = scale(point.value);
    const y = height - bottom - columnHeight;
    const label =
      position % labelEvery === 0
        ? `<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" fill="#222">${escapeXml(point.label)}</text>`
        : "";
    const value = point.value > 0 && slot >= 24 ? `<text x="${(x + barWidth / 2).toFixed(1)}" y="${y - 4}" text-anchor="middle" fill="#444">${point.value}</text>` : "";
    return (
      `<g><title>${escapeXml(`${point.label}: ${point.value}`)}</title>` +
      `<rect x="${x.toFixed(1)}" y="${y}" width="${barWidth.toFixed(1)}" height="${columnHeight}" fill="${options.color}"/>${value}${label}</g>`
    );
  });
  const axis = `<line x1="${left}" y1="${height - bottom}" x2="${WIDTH - 10}" y2="${height - bottom}" stroke="#999"/>` +
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end" fill="#666">${max}</text>` +
    `<text x="${left - 6}" y="${height - bottom}" text-anchor="end" fill="#666">0</text>`;
  return svg(height, options.label, axis + columns.join(""));
}
