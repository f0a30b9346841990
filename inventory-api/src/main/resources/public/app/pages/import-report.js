// An import report: what was read, what changed (or would change, for a dry run), and each rejected row by line.
import {h, table} from '../dom.js';
import {t} from '../i18n.js';

export function reportView(report) {
  const counts = ['rowsRead', 'created', 'updated', 'unchanged', 'rejected', 'partsCreated'];
  return h('div', {class: 'import-report', id: 'import-report'},
    h('p', {}, h('span', {class: 'badge' + (report.dryRun ? ' warn' : '')}, report.dryRun ? t('import.dryRun') : t('import.applied')),
      ' ', report.fileName ?? '', ' ', report.message ? h('span', {class: 'muted'}, report.message) : null),
    table(counts.map(c => [t('import.count.' + c), 'num']), [counts.map(c => report[c] ?? 0)]),
    report.errors?.length ? [
      h('h3', {}, t('import.errors', {count: report.rejected})),
      table([[t('import.line'), 'num'], [t('import.column')], [t('import.value')], [t('import.message')]],
        report.errors.map(e => [e.line, e.column ?? e.field ?? '', e.value ?? '', e.message]),
        () => ({class: 'import-error'})),
      report.errorsNotListed ? h('p', {class: 'muted'}, t('import.notListed', {count: report.errorsNotListed})) : null,
    ] : null);
}
