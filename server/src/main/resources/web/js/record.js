// The long record: Border Patrol apprehensions each fiscal year since FY1925 (FY1960 at the
// southwest border) or each month since FY2000, joined from the official tables, with the seams
// between them marked and explained.
'use strict';

(() => {
  const {el, getJson, number, oneDecimal, percent, bucketLabel} = Frontera;
  let renders = 0;

  function state() {
    const params = new URLSearchParams(location.search);
    return {
      grain: params.get('grain') === 'monthly' ? 'monthly' : 'yearly',
      region: params.get('region') === 'southwest' ? 'southwest' : 'nationwide',
      measure: params.get('measure') === 'apprehensions' ? 'apprehensions' : 'usbp-encounters',
    };
  }

  function update(changes) {
    const next = {...state(), ...changes};
    const params = new URLSearchParams();
    if (next.grain !== 'yearly') params.set('grain', next.grain);
    if (next.region !== 'nationwide') params.set('region', next.region);
    if (next.measure !== 'usbp-encounters') params.set('measure', next.measure);
    history.pushState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
    render();
  }

  function apiParams(current) {
    const params = new URLSearchParams({measure: current.measure, 'group-by': current.grain === 'yearly' ? 'fiscal-year' : 'month'});
    if (current.region === 'southwest') params.set('region', 'southwest');
    return params;
  }

  async function render() {
    const token = ++renders;
    const current = state();
    for (const button of document.querySelectorAll('[data-grain]')) button.setAttribute('aria-pressed', String(button.dataset.grain === current.grain));
    for (const button of document.querySelectorAll('[data-region]')) button.setAttribute('aria-pressed', String(button.dataset.region === current.region));
    document.getElementById('r-measure').value = current.measure;
    document.body.dataset.ready = 'loading';
    const status = document.getElementById('status');
    status.textContent = 'Loading…';
    const params = apiParams(current);
    const words = Frontera.selectionWords(current.measure, current.region, {}, null);
    let series;
    try {
      series = await getJson('/api/v1/series?' + params);
    } catch (error) {
      if (token !== renders) return;
      Charts.clear('record-chart');
      Panels.clearAll();
      document.getElementById('seams').replaceChildren();
      document.getElementById('record-table').replaceChildren();
      document.getElementById('chart-source').replaceChildren();
      document.getElementById('refusal').replaceChildren(Frontera.refusal(words, error));
      status.textContent = '';
      document.body.dataset.ready = 'refused';
      return;
    }
    if (token !== renders) return;
    document.getElementById('refusal').replaceChildren();
    const rows = series.rows;
    const grouping = current.grain === 'yearly' ? 'fiscal-year' : 'month';
    const first = rows[0];
    const last = rows[rows.length - 1];
    const title = words + (current.grain === 'yearly' ? ', each fiscal year' : ', each month');
    let subtitle = bucketLabel(first, grouping) + ' to ' + bucketLabel(last, grouping);
    if (last.months < 12 && grouping === 'fiscal-year') subtitle += ' (* ' + last.months + ' months published)';
    subtitle += '. Dotted lines: the source changes.';
    document.getElementById('chart-title').textContent = title;
    document.getElementById('chart-subtitle').textContent = subtitle;
    const seams = Annotations.seams(rows, series.provenance.releases);
    const events = Annotations.forRows(rows);
    Charts.time('record-chart', {rows, grouping, events, seams: seams.marks,
      yName: (current.measure === 'apprehensions' ? 'Apprehensions' : 'Apprehensions and expulsions')
        + (grouping === 'month' ? ' per month' : ' per fiscal year')});
    document.getElementById('chart-events').replaceChildren(...events.map((event) => el('li', {},
      el('span', {class: 'event-mark ' + event.kind}), el('strong', {}, event.short), ' ',
      el('span', {class: 'muted'}, Frontera.dayName(event.date) + (event.end ? ' to ' + Frontera.dayName(event.end) : ''))))
      .concat(events.length ? [el('li', {}, el('a', {href: '/about.html#policy'}, 'What these dates are, with their sources'))] : []));
    document.getElementById('chart-source').replaceChildren(...Frontera.sourceLine(series.provenance.releases));
    showSeams(seams, rows, grouping, series.provenance.releases);
    showTable(rows, grouping);
    const link = '/api/v1/series?' + params;
    Panels.set('record', {title, subtitle, selection: 'Selection: ' + title,
      notes: ['Source changes: ' + seams.runs.map((run) => bucketLabel(rows[run.from], grouping) + ' to '
        + bucketLabel(rows[run.to], grouping) + ', ' + run.family + (run.rounded ? ' (rounded to 10)' : '')).join('; ') + '.'],
      releases: series.provenance.releases, csv: link + '&format=csv', zip: link + '&format=zip',
      image: () => ({inner: Charts.svg('record-chart', 1136, 520), width: 1136, height: 520})});
    status.textContent = rows.length + (grouping === 'month' ? ' months' : ' fiscal years') + ' from '
      + seams.runs.length + ' source' + (seams.runs.length === 1 ? '' : 's') + '.';
    document.body.dataset.ready = 'true';
  }

  function showSeams(seams, rows, grouping, releases) {
    const familyName = new Map(releases.map((r) => [r.family, r.family_name]));
    document.getElementById('seams').replaceChildren(...seams.runs.map((run, index) => {
      const values = rows.slice(run.from, run.to + 1);
      return el('li', {'data-seam': index},
        el('strong', {}, bucketLabel(rows[run.from], grouping) + ' to ' + bucketLabel(rows[run.to], grouping)), ': ',
        run.family + (run.rounded ? ', rounded to the nearest 10' : ', exact counts') + '. ',
        run.families.map((family) => Annotations.FAMILIES[family] || familyName.get(family) || family).join(' '),
        index > 0 ? el('span', {class: 'muted'}, ' The line switches here because '
          + reason(seams.runs[index - 1], run)) : null,
        el('span', {class: 'muted'}, ' (' + values.length + (grouping === 'month' ? ' months' : ' years') + ')'));
    }));
  }

  /** Why the chosen source changes between two runs, in words. */
  function reason(before, after) {
    if (before.rounded && !after.rounded) return 'an exact source starts, and exact counts come before rounded ones.';
    if (!before.rounded && after.rounded) return 'the exact source ends; only rounded DHS figures cover what follows.';
    if (before.families.some((f) => f.endsWith('-yearly')) && !after.families.some((f) => f.endsWith('-yearly'))) {
      return 'monthly figures start, and monthly detail comes before yearly totals.';
    }
    return 'the newer publication covers these periods, and the newest publication comes first.';
  }

  function showTable(rows, grouping) {
    document.getElementById('record-table').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Period'), el('th', {scope: 'col', class: 'number'}, 'Apprehensions'),
        el('th', {scope: 'col', class: 'number'}, 'Per day'), el('th', {scope: 'col', class: 'number'}, 'Change'))),
      el('tbody', {}, rows.map((r) => el('tr', {}, el('td', {}, bucketLabel(r, grouping)), el('td', {class: 'number'}, number(r.value)),
        el('td', {class: 'number'}, oneDecimal(r.per_day)),
        el('td', {class: 'number'}, r.previous ? percent(r.previous.percent_change) : '–'))))));
  }

  document.addEventListener('DOMContentLoaded', () => {
    Panels.wire();
    for (const button of document.querySelectorAll('[data-grain]')) button.addEventListener('click', () => update({grain: button.dataset.grain}));
    for (const button of document.querySelectorAll('[data-region]')) button.addEventListener('click', () => update({region: button.dataset.region}));
    document.getElementById('r-measure').addEventListener('change', (event) => update({measure: event.target.value}));
    window.addEventListener('popstate', render);
    render();
  });
})();
