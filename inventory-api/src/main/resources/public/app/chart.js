// Bar charts as inline SVG: one bar per label, stacked by series (or side by side), its total written above it.
import {h} from './dom.js';
import {number, t} from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
export const COLOURS = ['#1f5f8b', '#4f9d69', '#d08c2c', '#8e5ea2', '#b3261e', '#6b7b8c'];
/** A bar above this many times the median of the non-zero bars is an outlier, drawn clipped. */
const OUTLIER_FACTOR = 10;

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The height above which a total is an outlier: 10 × the median of the non-zero totals. */
export function outlierBound(totals) {
  const sorted = totals.filter(v => v > 0).sort((a, b) => a - b);
  if (!sorted.length) return Infinity;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return OUTLIER_FACTOR * median;
}

/**
 * bars: [{label, values: [number per series], faint?}]; series: [{name, colour?}]; format: how totals are written;
 * clipOutliers: draw a bar above outlierBound clipped, marked, with its real value, and say so under the chart;
 * grouped: the series side by side instead of stacked; note: a line under the chart; a faint bar is drawn pale
 * (a figure from too few cases). A label too long for its slot is cut, whole in the bar's title.
 * Answers a figure with the chart, its legend (when several series) and a title for screen readers.
 */
export function barChart({id, title, bars, series = [{name: title}], format = number, clipOutliers = false,
                          grouped = false, note}) {
  if (grouped) return groupedChart({id, title, bars, series, format, note});
  const width = 640, height = 240, left = 8, bottom = 40, top = 24;
  const totals = bars.map(bar => bar.values.reduce((sum, v) => sum + Number(v || 0), 0));
  const bound = clipOutliers ? outlierBound(totals) : Infinity;
  const max = Math.max(1, ...totals.map(total => Math.min(total, bound)));
  const slot = (width - left * 2) / Math.max(1, bars.length);
  const barWidth = Math.min(56, slot * 0.7);
  const chart = svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': title});
  chart.append(svg('title', {}, title));
  chart.append(svg('line', {x1: left, x2: width - left, y1: height - bottom, y2: height - bottom, stroke: '#c3cbd3'}));
  bars.forEach((bar, i) => {
    const outlier = totals[i] > bound;
    const scale = (outlier ? bound / totals[i] : 1) / max * (height - bottom - top);
    const x = left + slot * i + (slot - barWidth) / 2;
    const marked = outlier ? ' outlier' : '';
    let y = height - bottom;
    bar.values.forEach((value, s) => {
      const size = Number(value || 0) * scale;
      y -= size;
      if (size > 0) {
        const rect = svg('rect', {x, y, width: barWidth, height: size, class: (marked + (bar.faint ? ' faint' : '')).trim(),
          fill: series[s]?.colour ?? COLOURS[s % COLOURS.length]});
        rect.append(svg('title', {}, `${bar.title ?? bar.label} · ${series[s]?.name ?? ''}: ${format(value)}`
          + (outlier ? ` (${t('chart.outlier')})` : '')));
        chart.append(rect);
      }
    });
    if (outlier) chart.append(svg('path', {d: `M${x} ${y + 8} l${barWidth / 2} -6 l${barWidth / 2} 6`, class: 'break'}));
    chart.append(svg('text', {x: x + barWidth / 2, y: y - 5, 'text-anchor': 'middle', class: 'value' + marked},
      format(totals[i])));
    chart.append(label(bar, x + barWidth / 2, height - bottom + 18, slot));
  });
  const outlierNote = totals.some(total => total > bound)
    ? t('chart.outlierNote', {factor: OUTLIER_FACTOR, bound: format(bound)}) : null;
  return figure(id, title, chart, series, [outlierNote, note]);
}

/** The series of each bar side by side, each with its value above; a missing value (null) draws nothing. */
function groupedChart({id, title, bars, series, format, note}) {
  const width = 640, height = 240, left = 8, bottom = 40, top = 24;
  const max = Math.max(1, ...bars.flatMap(bar => bar.values.map(v => Number(v || 0))));
  const slot = (width - left * 2) / Math.max(1, bars.length);
  const barWidth = Math.min(40, slot * 0.8 / series.length);
  const chart = svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': title});
  chart.append(svg('title', {}, title));
  chart.append(svg('line', {x1: left, x2: width - left, y1: height - bottom, y2: height - bottom, stroke: '#c3cbd3'}));
  bars.forEach((bar, i) => {
    const start = left + slot * i + (slot - barWidth * series.length) / 2;
    bar.values.forEach((value, s) => {
      if (value === null || value === undefined) return;
      const size = Number(value) / max * (height - bottom - top);
      const x = start + barWidth * s;
      const rect = svg('rect', {x, y: height - bottom - size, width: barWidth - 2, height: size,
        fill: series[s]?.colour ?? COLOURS[s % COLOURS.length], class: bar.faint ? 'faint' : ''});
      rect.append(svg('title', {}, `${bar.title ?? bar.label} · ${series[s]?.name ?? ''}: ${format(value)}`));
      chart.append(rect);
      chart.append(svg('text', {x: x + barWidth / 2, y: height - bottom - size - 5, 'text-anchor': 'middle',
        class: 'value'}, format(value)));
    });
    chart.append(label(bar, left + slot * i + slot / 2, height - bottom + 18, slot));
  });
  return figure(id, title, chart, series, [note]);
}

function label(bar, x, y, slot) {
  const fits = Math.max(3, Math.floor(slot / 8.5));
  const text = bar.label.length > fits ? bar.label.slice(0, fits - 1) + '…' : bar.label;
  const element = svg('text', {x, y, 'text-anchor': 'middle'}, text);
  if (text !== bar.label) element.append(svg('title', {}, bar.label));
  return element;
}

function figure(id, title, chart, series, notes) {
  const legend = series.length > 1 ? h('div', {class: 'legend'}, series.map((s, i) =>
    h('span', {}, h('i', {style: `background:${s.colour ?? COLOURS[i % COLOURS.length]}`}), s.name))) : null;
  return h('figure', {class: 'panel', id, style: 'margin:0'}, h('figcaption', {}, h('strong', {}, title)), chart, legend,
    ...notes.filter(Boolean).map(text => h('p', {class: 'hint chart-note'}, text)));
}
