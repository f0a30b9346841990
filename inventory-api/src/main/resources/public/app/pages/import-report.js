// An import report: what was read, what changed (or would change, for a dry run), and each rejected row by line,
// said in the page's language from its rule and facts.
import {h, table} from '../dom.js';
import {t} from '../i18n.js';
import {fieldMessage} from '../problem.js';

export function reportView(report) {
  const counts = ['rowsRead', 'created', 'updated', 'unchanged', 'rejected', 'partsCreated'];
  return h('div', {class: 'import-report', id: 'import-report'},
    h('p', {}, h('span', {class: 'badge' + (report.dryRun ? ' warn' : '')}, report.dryRun ? t('import.dryRun') : t('import.applied')),
      ' ', report.fileName ?? '', ' ', note(report) ? h('span', {class: 'muted'}, note(report)) : null),
    table(counts.map(c => [t('import.count.' + c), 'num']), [counts.map(c => report[c] ?? 0)]),
    report.errors?.length ? [
      h('h3', {}, t('import.errors', {count: report.rejected})),
      table([[t('import.line'), 'num'], [t('import.column')], [t('import.value')], [t('import.message')]],
        report.errors.map(e => [e.line, e.column ?? e.field ?? '', e.value ?? '', fieldMessage(e)]),
        () => ({class: 'import-error'})),
      report.errorsNotListed ? h('p', {class: 'muted'}, t('import.notListed', {count: report.errorsNotListed})) : null,
    ] : null);
}

/**
 * The report's own note in the page's language, from its status: the badge already says a dry run, a rejected
 * import applied nothing; only a failed one shows the service's words (why it stopped).
 */
function note(report) {
  if (report.status === 'FAILED') return report.message;
  return report.status === 'REJECTED' ? t('import.nothingApplied') : null;
}
