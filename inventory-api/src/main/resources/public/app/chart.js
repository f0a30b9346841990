// Bar charts as inline SVG: one bar per label, stacked by series, with the total written above each bar.
import {h} from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
export const COLOURS = ['#1f5f8b', '#4f9d69', '#d08c2c', '#8e5ea2', '#b3261e', '#6b7b8c'];

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * bars: [{label, values: [number per series]}]; series: [{name, colour?}]; format: how totals are written.
 * Answers a figure with the chart, its legend (when several series) and a title for screen readers.
 */
export function barChart({title, bars, series = [{name: title}], format = String}) {
  const width = 640, height = 240, left = 8, bottom = 36, top = 20;
  const totals = bars.map(bar => bar.values.reduce((sum, v) => sum + Number(v || 0), 0));
  const max = Math.max(1, ...totals);
  const slot = (width - left * 2) / Math.max(1, bars.length);
  const barWidth = Math.min(56, slot * 0.7);
  const chart = svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': title});
  chart.append(svg('title', {}, title));
  chart.append(svg('line', {x1: left, x2: width - left, y1: height - bottom, y2: height - bottom, stroke: '#c3cbd3'}));
  bars.forEach((bar, i) => {
    const x = left + slot * i + (slot - barWidth) / 2;
    let y = height - bottom;
    bar.values.forEach((value, s) => {
      const size = (Number(value || 0) / max) * (height - bottom - top);
      y -= size;
      if (size > 0) {
        const rect = svg('rect', {x, y, width: barWidth, height: size, fill: series[s]?.colour ?? COLOURS[s % COLOURS.length]});
        rect.append(svg('title', {}, `${bar.label} · ${series[s]?.name ?? ''}: ${format(value)}`));
        chart.append(rect);
      }
    });
    chart.append(svg('text', {x: x + barWidth / 2, y: y - 4, 'text-anchor': 'middle', class: 'value'}, format(totals[i])));
    chart.append(svg('text', {x: x + barWidth / 2, y: height - bottom + 14, 'text-anchor': 'middle'}, bar.label));
  });
  const legend = series.length > 1 ? h('div', {class: 'legend'}, series.map((s, i) =>
    h('span', {}, h('i', {style: `background:${s.colour ?? COLOURS[i % COLOURS.length]}`}), s.name))) : null;
  return h('figure', {class: 'panel', style: 'margin:0'}, h('figcaption', {}, h('strong', {}, title)), chart, legend);
}
