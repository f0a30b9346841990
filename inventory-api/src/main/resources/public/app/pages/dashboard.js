// The manager's dashboard: GET /api/dashboard drawn as charts, with the key figures in words.
import {h, show} from '../dom.js';
import {date, money, number, t, term} from '../i18n.js';
import {api} from '../api.js';
import {barChart, COLOURS, outlierBound} from '../chart.js';
import {problemBox} from '../problem.js';

/** Locations and families drawn, the most valued or the most repaired first; the API's rest is added up. */
const SHOWN = 8;
/** A repair yield over fewer closed orders than this is drawn pale: too few to trust. */
const FEW = 10;
const CONDITIONS = ['NEW', 'REPAIRED', 'RECONDITIONED', 'USED', 'DEFECTIVE'];

export function render(view) {
  const body = h('div', {id: 'dashboard'}, h('p', {class: 'muted'}, t('loading')));
  show(view, h('h1', {}, t('dashboard.title')), body);
  api('/api/dashboard?weeks=12').then(d => show(body, figures(d), h('div', {class: 'grid charts'},
    barChart({title: t('dashboard.stockValue'), format: money,
      bars: d.stockValue.map(v => ({label: term(v.condition), values: [v.value]}))}),
    stockByLocation(d.stockByLocation),
    barChart({title: t('dashboard.pipeline'),
      series: [{name: t('dashboard.company')}, {name: t('dashboard.customer')}],
      bars: d.repairPipeline.map(b => ({label: t('dashboard.days', {range: b.label}), values: [b.company, b.customer]}))}),
    barChart({id: 'chart-turnaround', title: t('dashboard.turnaround'), grouped: true, format: days,
      series: [{name: t('dashboard.median')}, {name: t('dashboard.p90'), colour: COLOURS[2]}],
      note: t('dashboard.turnaroundNote', {counts: d.turnaround.map(o => `${term(o.origin)} ${number(o.repairs)}`).join(' · ')}),
      bars: d.turnaround.map(o => ({label: term(o.origin), values: [o.medianDays, o.p90Days]}))}),
    repairYield(d.repairYield),
    barChart({id: 'chart-cost', title: t('dashboard.costPerRepair'), format: money,
      series: [{name: t('dashboard.parts')}, {name: t('dashboard.labour')}, {name: t('dashboard.subcontracting')},
        {name: t('dashboard.otherCost')}],
      bars: d.repairCost.map(m => ({label: month(m.month), title: `${month(m.month)} (${number(m.repairs)})`,
        values: m.perRepair ? [m.perRepair.parts, m.perRepair.labour, m.perRepair.subcontracting, m.perRepair.other] : []}))}),
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

function stockByLocation(locations) {
  const shown = locations.filter(l => l.location).slice(0, SHOWN);
  const rest = locations.filter(l => !shown.includes(l));
  const others = rest.length ? [{location: null, byCondition: Object.fromEntries(CONDITIONS.map(c =>
    [c, rest.reduce((sum, l) => sum + Number(l.byCondition[c] ?? 0), 0)]))}] : [];
  return barChart({id: 'chart-locations', title: t('dashboard.stockByLocation'), format: money,
    series: CONDITIONS.map(c => ({name: term(c)})),
    bars: [...shown, ...others].map(l => ({label: l.location ?? t('dashboard.otherLocations'),
      values: CONDITIONS.map(c => l.byCondition[c] ?? 0)}))});
}

function repairYield(families) {
  return barChart({id: 'chart-yield', title: t('dashboard.yield'), format: percent,
    series: [{name: t('dashboard.yieldSeries'), colour: COLOURS[1]}],
    note: t('dashboard.yieldNote', {few: FEW}),
    bars: families.slice(0, SHOWN).map(f => ({label: `${f.family ?? '—'} (${number(f.closed)})`,
      title: t('dashboard.yieldOf', {family: f.family ?? '—', completed: number(f.completed), closed: number(f.closed)}),
      values: [f.yield], faint: f.closed < FEW}))});
}

function week(isoDate) {
  return date(isoDate).slice(0, 5);
}

function month(isoDate) {
  const day = date(isoDate);
  return day.slice(3, 6) + day.slice(8, 10);
}

function days(value) {
  return t('dashboard.dayCount', {days: number(value)});
}

function percent(share) {
  return share === null || share === undefined ? '—' : `${number(Number(share) * 100)} %`;
}

function figures(d) {
  const open = d.repairPipeline.reduce((sum, b) => sum + b.company + b.customer, 0);
  // A mistyped refusal (1,000,000 pieces) would swamp twelve weeks: weeks past the chart's outlier bound are left
  // out of the figure and named under it, to be checked.
  const bound = outlierBound(d.unmetDemand.map(w => w.quantity));
  const unmet = d.unmetDemand.filter(w => w.quantity <= bound).reduce((sum, w) => sum + w.quantity, 0);
  const outliers = d.unmetDemand.filter(w => w.quantity > bound);
  const cost = d.reconditioning.reduce((sum, w) => sum + Number(w.totalCost), 0);
  const figure = (label, value, id, note) => h('div', {class: 'panel', id}, h('div', {class: 'muted'}, label),
    h('div', {class: 'figure'}, value), note ? h('div', {class: 'muted note'}, note) : null);
  return h('div', {class: 'grid'},
    figure(t('dashboard.stockTotal'), money(d.stockTotal), 'figure-stock'),
    figure(t('dashboard.openRepairs'), number(open), 'figure-repairs'),
    figure(t('dashboard.coresFigure', {owed: number(d.cores.owed)}), t('dashboard.coresOverdueFigure', {overdue: number(d.cores.overdue),
      charge: money(d.cores.overdueCharge)}), 'figure-cores'),
    figure(t('dashboard.unmetFigure'), number(unmet), 'figure-unmet', outliers.length ? t('dashboard.unmetOutliers', {
      weeks: outliers.map(w => `${date(w.weekStart)} : ${number(w.quantity)}`).join(', ')}) : null),
    figure(t('dashboard.costFigure'), money(cost), 'figure-cost'),
    figure(t('dashboard.firstTimeFigure'), t('dashboard.shareOf', {share: percent(d.firstTimeAvailability.share),
      count: number(d.firstTimeAvailability.servedFirstTime), total: number(d.firstTimeAvailability.asked)}), 'figure-first-time'),
    figure(t('dashboard.coreRecoveryFigure'), t('dashboard.shareOf', {share: percent(d.coreRecovery.rate),
      count: number(d.coreRecovery.onTime), total: number(d.coreRecovery.due)}), 'figure-core-recovery'),
    figure(t('dashboard.loansFigure', {lent: number(d.loans.lent)}), t('dashboard.loansOverdueFigure',
      {overdue: number(d.loans.overdue)}), 'figure-loans', d.loans.mostOverdue.length ? d.loans.mostOverdue
      .map(l => t('dashboard.lateLoan', {number: l.number, customer: l.customerRef, days: number(l.daysLate)})).join(' · ') : null));
}
