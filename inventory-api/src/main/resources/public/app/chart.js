// Bar charts as inline SVG: one bar per label, stacked by series, with the total written above each bar.
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
 * bars: [{label, values: [number per series]}]; series: [{name, colour?}]; format: how totals are written;
 * clipOutliers: draw a bar above outlierBound clipped, marked, with its real value, and say so under the chart.
 * Answers a figure with the chart, its legend (when several series) and a title for screen readers.
 */
export function barChart({id, title, bars, series = [{name: title}], format = number, clipOutliers = false}) {
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
        const rect = svg('rect', {x, y, width: barWidth, height: size, class: marked.trim(),
          fill: series[s]?.colour ?? COLOURS[s % COLOURS.length]});
        rect.append(svg('title', {}, `${bar.label} · ${series[s]?.name ?? ''}: ${format(value)}`
          + (outlier ? ` (${t('chart.outlier')})` : '')));
        chart.append(rect);
      }
    });
    if (outlier) chart.append(svg('path', {d: `M${x} ${y + 8} l${barWidth / 2} -6 l${barWidth / 2} 6`, class: 'break'}));
    chart.append(svg('text', {x: x + barWidth / 2, y: y - 5, 'text-anchor': 'middle', class: 'value' + marked},
      format(totals[i])));
    chart.append(svg('text', {x: x + barWidth / 2, y: height - bottom + 18, 'text-anchor': 'middle'}, bar.label));
  });
  const legend = series.length > 1 ? h('div', {class: 'legend'}, series.map((s, i) =>
    h('span', {}, h('i', {style: `background:${s.colour ?? COLOURS[i % COLOURS.length]}`}), s.name))) : null;
  const note = totals.some(total => total > bound)
    ? h('p', {class: 'hint chart-note'}, t('chart.outlierNote', {factor: OUTLIER_FACTOR, bound: format(bound)})) : null;
  return h('figure', {class: 'panel', id, style: 'margin:0'}, h('figcaption', {}, h('strong', {}, title)), chart, legend, note);
}
