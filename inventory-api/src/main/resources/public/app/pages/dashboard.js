// The manager's dashboard: GET /api/dashboard drawn as charts, with the key figures in words.
import {h, show} from '../dom.js';
import {date, money, number, t, term} from '../i18n.js';
import {api} from '../api.js';
import {barChart, COLOURS} from '../chart.js';
import {problemBox} from '../problem.js';

export function render(view) {
  const body = h('div', {id: 'dashboard'}, h('p', {class: 'muted'}, t('loading')));
  show(view, h('h1', {}, t('dashboard.title')), body);
  api('/api/dashboard?weeks=12').then(d => show(body, figures(d), h('div', {class: 'grid charts'},
    barChart({title: t('dashboard.stockValue'), format: money,
      bars: d.stockValue.map(v => ({label: term(v.condition), values: [v.value]}))}),
    barChart({title: t('dashboard.pipeline'),
      series: [{name: t('dashboard.company')}, {name: t('dashboard.customer')}],
      bars: d.repairPipeline.map(b => ({label: t('dashboard.days', {range: b.label}), values: [b.company, b.customer]}))}),
    barChart({title: t('dashboard.coresLate'),
      series: [{name: t('dashboard.coresOverdue'), colour: COLOURS[4]}],
      bars: d.cores.overdueByDaysLate.map(b => ({label: t('dashboard.days', {range: b.label}), values: [b.count]}))}),
    barChart({id: 'chart-unmet', title: t('dashboard.unmet'), clipOutliers: true,
      series: [{name: t('dashboard.pieces'), colour: COLOURS[2]}],
      bars: d.unmetDemand.map(w => ({label: week(w.weekStart), values: [w.quantity]}))}),
    barChart({title: t('dashboard.reconditioning'), format: money,
      series: Object.keys(d.reconditioning[0]?.byOrigin ?? {}).map(o => ({name: term(o)})),
      bars: d.reconditioning.map(w => ({label: week(w.weekStart), values: Object.values(w.byOrigin)}))}))))
    .catch(error => show(body, problemBox(error)));
}

function week(isoDate) {
  return date(isoDate).slice(0, 5);
}

function figures(d) {
  const open = d.repairPipeline.reduce((sum, b) => sum + b.company + b.customer, 0);
  const unmet = d.unmetDemand.reduce((sum, w) => sum + w.quantity, 0);
  const cost = d.reconditioning.reduce((sum, w) => sum + Number(w.totalCost), 0);
  const figure = (label, value, id) => h('div', {class: 'panel', id}, h('div', {class: 'muted'}, label), h('div', {class: 'figure'}, value));
  return h('div', {class: 'grid'},
    figure(t('dashboard.stockTotal'), money(d.stockTotal), 'figure-stock'),
    figure(t('dashboard.openRepairs'), number(open), 'figure-repairs'),
    figure(t('dashboard.coresFigure', {owed: number(d.cores.owed)}), t('dashboard.coresOverdueFigure', {overdue: number(d.cores.overdue),
      charge: money(d.cores.overdueCharge)}), 'figure-cores'),
    figure(t('dashboard.unmetFigure'), number(unmet), 'figure-unmet'),
    figure(t('dashboard.costFigure'), money(cost), 'figure-cost'));
}
