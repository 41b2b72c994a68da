// The overview: for the filters and period view in the URL, the series (titled by what it shows,
// with policy dates and source changes marked), headline figures, breakdowns and a map of the
// selected period; each as an image to publish and as data to download. On the monthly view the
// seasonal model's baseline band and forecast are laid over the series, apart from the official figures.
'use strict';

const Overview = (() => {
  const {el, getJson, number, oneDecimal, percent, monthName, fiscalYear, bucketLabel, periodWords} = Frontera;
  const FILTERS = ['measure', 'region', 'component', 'sector', 'state', 'citizenship', 'demographic', 'title'];
  const KEYS = [...FILTERS, 'view', 'from', 'to', 'at', 'map', 'baseline', 'forecast'];
  const LAYERS = ['baseline', 'forecast'];
  const GROUPING = {month: 'month', fy: 'fiscal-year', cy: 'calendar-year', ytd: 'fiscal-year-to-date'};
  const GROUPING_WORDS = {month: 'by month', fy: 'by fiscal year', cy: 'by calendar year',
    ytd: 'fiscal year to date, compared year on year'};
  const BREAKDOWNS = ['citizenship', 'demographic', 'sector'];
  let catalog = null;
  let citizenship = null;
  let renders = 0;
  // What the series chart draws now ({current, series, base spec, model}), so a layer switch redraws it alone.
  let drawn = null;
  let storedReleases = null;

  /** Every stored release (asked once): names and links for the releases a model figure came from. */
  function releaseList() {
    if (!storedReleases) storedReleases = getJson('/api/v1/releases').then((answer) => answer.releases);
    return storedReleases;
  }

  function state() {
    const params = new URLSearchParams(location.search);
    const result = {};
    for (const name of KEYS) if (params.get(name)) result[name] = params.get(name);
    if (!GROUPING[result.view]) result.view = 'month';
    return result;
  }

  function setState(next, push) {
    const params = new URLSearchParams();
    for (const name of KEYS) {
      if (next[name] && !(name === 'view' && next[name] === 'month')) params.set(name, next[name]);
    }
    const url = location.pathname + (params.toString() ? '?' + params : '');
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    render();
  }

  function update(changes, push) {
    const next = {...state(), ...changes};
    for (const [name, value] of Object.entries(changes)) if (!value) delete next[name];
    setState(next, push !== false);
  }

  function filterParams(current) {
    const params = new URLSearchParams();
    for (const name of FILTERS) if (current[name]) params.set(name, current[name]);
    return params;
  }

  function filtersOf(current) {
    const filters = {};
    for (const name of FILTERS) if (current[name] && name !== 'measure' && name !== 'region') filters[name] = [current[name]];
    return filters;
  }

  /** "Border Patrol encounters of citizens of Mexico at the southwest border". */
  function what(current) {
    return Frontera.selectionWords(current.measure, current.region, filtersOf(current), catalog);
  }

  /** The period parameter for the view's range, or none for the whole record. */
  function periodParam(current) {
    if (!current.from && !current.to) return null;
    // An open end reaches as far as the record goes: the server cuts a period to what it covers
    // (years 1900 to 2100 are what it reads).
    if (current.view === 'month') return (current.from || '1900-01') + '..' + (current.to || '2100-12');
    const prefix = current.view === 'cy' ? 'CY' : 'FY';
    const from = current.from || '1900';
    const to = current.to || '2100';
    return from === to ? prefix + from : prefix + from + '..' + prefix + to;
  }

  async function fillFilters() {
    catalog = await Frontera.dimensions();
    const fill = (name, values) => {
      const select = document.getElementById('f-' + name);
      if (!select || select.tagName !== 'SELECT') return;
      select.replaceChildren(el('option', {value: ''}, name === 'measure' ? 'Encounters (all)' : 'All'),
        ...values.filter((v) => !(name === 'measure' && v.value === 'encounters')).map((v) => el('option', {value: v.value}, v.name)));
    };
    fill('measure', catalog.measures);
    for (const dimension of catalog.dimensions) fill(dimension.parameter, dimension.values);
    for (const name of FILTERS) {
      const select = document.getElementById('f-' + name);
      if (select.tagName === 'SELECT') {
        select.addEventListener('change', (event) => update({[name]: event.target.value, at: null}));
      }
    }
    const values = catalog.dimensions.find((d) => d.parameter === 'citizenship').values;
    citizenship = Combobox.attach(document.getElementById('f-citizenship'), values,
      (value) => update({citizenship: value, at: null}), 'All countries');
    document.getElementById('reset').addEventListener('click', () => setState({view: state().view}, true));
  }

  function wireControls() {
    const toggle = document.getElementById('filters-toggle');
    const form = document.getElementById('filters');
    toggle.addEventListener('click', () => {
      const open = form.dataset.open !== 'true';
      form.dataset.open = String(open);
      toggle.setAttribute('aria-expanded', String(open));
    });
    for (const button of document.querySelectorAll('[data-view]')) {
      button.addEventListener('click', () => {
        const current = state();
        const view = button.dataset.view;
        update({view, ...convertRange(current, view), at: null});
      });
    }
    for (const id of ['from', 'to']) {
      document.getElementById(id).addEventListener('change', (event) => update({[id]: event.target.value, at: null}));
    }
    document.getElementById('range-all').addEventListener('click', () => update({from: null, to: null, at: null}));
    for (const radio of document.querySelectorAll('input[name=map-mode]')) {
      radio.addEventListener('change', () => update({map: radio.value === 'sectors' ? 'sectors' : null}, false));
    }
    document.querySelector('form#filters').addEventListener('submit', (event) => event.preventDefault());
    for (const layer of LAYERS) {
      document.getElementById('layer-' + layer).addEventListener('change', (event) => switchLayer(layer, event.target.checked));
    }
  }

  /** Turns a model layer on or off: in the URL, and on the chart alone (nothing is fetched again). */
  function switchLayer(layer, on) {
    const next = {...state(), [layer]: on ? null : 'off'};
    if (on) delete next[layer];
    const params = new URLSearchParams();
    for (const name of KEYS) {
      if (next[name] && !(name === 'view' && next[name] === 'month')) params.set(name, next[name]);
    }
    history.replaceState(null, '', location.pathname + (params.toString() ? '?' + params : ''));
    if (drawn) {
      drawn.current = state();
      drawChart();
    }
  }

  /** Keeps the chosen range when the view changes: months become the years that hold them. */
  function convertRange(current, view) {
    if (!current.from && !current.to) return {from: null, to: null};
    const months = current.view === 'month' ? [current.from, current.to]
      : current.view === 'cy' ? [current.from + '-01', current.to + '-12']
        : [(Number(current.from) - 1) + '-10', current.to + '-09'];
    if (view === 'month') return {from: months[0], to: months[1]};
    if (view === 'cy') return {from: months[0].slice(0, 4), to: months[1].slice(0, 4)};
    return {from: String(fiscalYear(months[0])), to: String(fiscalYear(months[1]))};
  }

  function showControls(current) {
    for (const name of FILTERS) {
      const control = document.getElementById('f-' + name);
      if (control.tagName !== 'SELECT') continue;
      const value = current[name] || '';
      if (value && ![...control.options].some((o) => o.value === value)) control.append(el('option', {value}, value));
      control.value = value;
    }
    if (citizenship) citizenship.set(current.citizenship || '');
    for (const button of document.querySelectorAll('[data-view]')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === current.view));
    }
    const count = FILTERS.filter((name) => current[name]).length;
    document.getElementById('filters-toggle').textContent = count ? 'Filters (' + count + ' set)' : 'Filters';
    for (const radio of document.querySelectorAll('input[name=map-mode]')) {
      radio.checked = radio.value === (current.map === 'sectors' ? 'sectors' : 'states');
    }
  }

  function fillRange(current, available) {
    const from = document.getElementById('from');
    const to = document.getElementById('to');
    let options;
    if (current.view === 'month') {
      options = [];
      for (let m = available.first_month; m <= available.last_month; m = Frontera.addMonths(m, 1)) options.push([m, Frontera.shortMonth(m)]);
    } else {
      const first = current.view === 'cy' ? Number(available.first_month.slice(0, 4)) : fiscalYear(available.first_month);
      const last = current.view === 'cy' ? Number(available.last_month.slice(0, 4)) : fiscalYear(available.last_month);
      options = [];
      for (let y = first; y <= last; y++) options.push([String(y), (current.view === 'cy' ? '' : 'FY') + y]);
    }
    for (const select of [from, to]) select.replaceChildren(...options.map(([value, label]) => el('option', {value}, label)));
    from.value = current.from && options.some((o) => o[0] === current.from) ? current.from : options[0][0];
    to.value = current.to && options.some((o) => o[0] === current.to) ? current.to : options[options.length - 1][0];
  }

  function status(text, isError) {
    const node = document.getElementById('status');
    node.textContent = text;
    node.classList.toggle('error', Boolean(isError));
  }

  /** Every panel emptied, its downloads hidden: nothing shown can belong to another selection. */
  function clearPanels() {
    document.getElementById('headline').replaceChildren();
    document.getElementById('chart-events').replaceChildren();
    document.getElementById('chart-source').replaceChildren();
    document.getElementById('seams').replaceChildren();
    document.getElementById('series-table').replaceChildren();
    clearModel();
    drawn = null;
    document.getElementById('chart-subtitle').textContent = '';
    Charts.clear('monthly');
    for (const dimension of BREAKDOWNS) {
      Charts.clear(dimension);
      document.getElementById(dimension + '-status').replaceChildren();
    }
    document.getElementById('map').replaceChildren();
    document.getElementById('map-status').replaceChildren();
    document.getElementById('map-table').replaceChildren();
    document.getElementById('map-focus').textContent = '';
    Panels.clearAll();
  }

  async function render() {
    const token = ++renders;
    const current = state();
    showControls(current);
    status('Loading…');
    document.body.dataset.ready = 'loading';
    const params = filterParams(current);
    params.set('group-by', GROUPING[current.view]);
    const period = periodParam(current);
    if (period) params.set('period', period);
    let series;
    try {
      series = await getJson('/api/v1/series?' + params);
    } catch (error) {
      if (token !== renders) return;
      clearPanels();
      document.getElementById('chart-title').textContent = what(current);
      document.getElementById('refusal').replaceChildren(Frontera.refusal(what(current)
        + (period ? ' for ' + periodWords(period) : ''), error));
      status('');
      document.body.dataset.ready = 'refused';
      return;
    }
    if (token !== renders) return;
    document.getElementById('refusal').replaceChildren();
    fillRange(current, series.available);
    const rows = series.rows;
    const at = rows.findIndex((row) => row.period === current.at);
    const selected = at >= 0 ? at : rows.length - 1;
    showSeries(current, series, selected);
    status(rows.length + (current.view === 'month' ? ' months' : ' periods') + ', ' + periodWords(rows[0].first_month)
      + ' to ' + periodWords(rows[rows.length - 1].last_month) + '.');
    await Promise.all([showModel(current, series, token), showBreakdowns(current, rows[selected], token)]);
    if (token !== renders) return;
    document.body.dataset.ready = 'true';
  }

  function titles(current, series) {
    const rows = series.rows;
    const first = rows[0];
    const last = rows[rows.length - 1];
    const title = what(current) + ', ' + GROUPING_WORDS[current.view];
    let subtitle;
    if (current.view === 'month') {
      subtitle = 'Each month, ' + monthName(first.period) + ' to ' + monthName(last.period);
    } else if (current.view === 'ytd') {
      subtitle = Frontera.MONTHS[Number(last.first_month.slice(5)) - 1] + ' to ' + Frontera.MONTHS[Number(last.last_month.slice(5)) - 1]
        + ' of each fiscal year, FY' + first.fiscal_year + ' to FY' + last.fiscal_year;
    } else {
      subtitle = bucketLabel(first, GROUPING[current.view]) + ' to ' + bucketLabel(last, GROUPING[current.view]);
      const partial = rows.filter((row) => row.months < 12);
      if (partial.length) {
        subtitle += '. * Part of a year: ' + partial.map((row) => bucketLabel(row, GROUPING[current.view])
          + ', ' + row.months + ' months').join('; ') + ' published';
      }
    }
    if (current.to && Frontera.span(series.requested)[1] > last.last_month) {
      subtitle += '. Published for this selection through ' + monthName(last.last_month);
    }
    if (current.from && Frontera.span(series.requested)[0] < first.first_month) {
      subtitle += '. Published for this selection from ' + monthName(first.first_month);
    }
    return {title, subtitle: subtitle + '.'};
  }

  function showSeries(current, series, selected) {
    const rows = series.rows;
    const grouping = GROUPING[current.view];
    const {title, subtitle} = titles(current, series);
    document.getElementById('chart-title').textContent = title;
    document.getElementById('chart-subtitle').textContent = subtitle;
    const events = Annotations.forRows(rows);
    const seams = Annotations.seams(rows, series.provenance.releases);
    const unit = {month: 'per month', fy: 'per fiscal year', cy: 'per calendar year', ytd: 'in the months to date'}[current.view];
    const base = {rows, grouping, highlight: selected, events, seams: seams.marks,
      yName: Frontera.measureWords(current.measure || 'encounters') + ' ' + unit};
    drawn = {current, series, base, title, subtitle, notes: exportNotes(events, seams, rows, grouping), model: null};
    clearModel();
    drawChart();
    showHeadline(current, rows, selected);
    showEvents(events);
    const sourceNode = document.getElementById('chart-source');
    sourceNode.replaceChildren(...Frontera.sourceLine(series.provenance.releases));
    const notes = series.provenance.notes.filter((n) => !/also cover/.test(n));
    if (notes.length) sourceNode.append(' ' + notes.join(' '));
    showSeams(seams, rows, grouping);
    showTable(rows, grouping);
  }

  /**
   * Draws the series chart: the official figures, and over them the model's layers the switches
   * leave on; sets what its download menu offers to match.
   */
  function drawChart() {
    const {current, series, base, model} = drawn;
    const rows = base.rows;
    const show = {baseline: current.baseline !== 'off', forecast: current.forecast !== 'off'};
    const extra = model ? Seasonal.layers(model.fitted, rows, show) : {after: [], layers: []};
    const chart = Charts.time('monthly', {...base, ...extra});
    chart.off('click');
    chart.on('click', (event) => {
      if (event.dataIndex < rows.length) update({at: rows[event.dataIndex].period});
    });
    const links = '/api/v1/series?' + seriesParams(current);
    Panels.set('series', {title: drawn.title, subtitle: drawn.subtitle, selection: selectionLine(current),
      releases: series.provenance.releases,
      notes: [...drawn.notes, ...(model ? Seasonal.exportNotes(model.fitted, show) : [])],
      csv: links + '&format=csv', zip: links + '&format=zip', model: model ? model.link : null,
      image: () => ({inner: Charts.svg('monthly', 1136, 500), width: 1136, height: 500})});
  }

  function clearModel() {
    document.getElementById('model-note').replaceChildren();
    document.getElementById('model-layers').hidden = true;
    document.getElementById('model-table').replaceChildren();
    document.getElementById('model-details').hidden = true;
  }

  /**
   * The seasonal baseline and forecast of the selection, on the monthly view; where the model
   * cannot give them (a yearly view, a series too short, a selection it refuses) the page says so.
   */
  async function showModel(current, series, token) {
    const note = document.getElementById('model-note');
    const rows = series.rows;
    if (current.view !== 'month') {
      const monthly = el('button', {type: 'button', class: 'link-button', id: 'model-monthly'}, 'Show the months');
      monthly.addEventListener('click', () => update({view: 'month', ...convertRange(current, 'month'), at: null}));
      note.replaceChildren('Typical for the season and the forecast are drawn on the monthly view only: the seasonal'
        + ' model works month by month. ', monthly);
      return;
    }
    const params = filterParams(current);
    params.set('band', String(Frontera.monthsBetween(rows[0].period, series.available.last_month) + 1));
    const link = '/api/v1/forecast?' + params;
    let answer;
    let known;
    try {
      [answer, known] = await Promise.all([getJson(link), releaseList().catch(() => [])]);
    } catch (error) {
      if (token !== renders) return;
      note.replaceChildren(el('strong', {}, 'No seasonal baseline or forecast for this selection: '), error.message,
        ' ', el('a', {href: '/about.html#published'}, 'What is published'));
      return;
    }
    if (token !== renders || !drawn) return;
    const fitted = Seasonal.fit(answer, rows, known);
    note.replaceChildren(...Seasonal.describe(fitted));
    if (!fitted.shown && !fitted.forecast.length) return;
    drawn.model = {fitted, link};
    for (const layer of LAYERS) document.getElementById('layer-' + layer).checked = current[layer] !== 'off';
    document.getElementById('layer-forecast').disabled = !fitted.forecast.length;
    document.getElementById('model-layers').hidden = false;
    document.getElementById('model-table').replaceChildren(Seasonal.table(fitted, rows));
    document.getElementById('model-details').hidden = false;
    drawChart();
  }

  function seriesParams(current) {
    const params = filterParams(current);
    params.set('group-by', GROUPING[current.view]);
    const period = periodParam(current);
    if (period) params.set('period', period);
    return params.toString();
  }

  function exportNotes(events, seams, rows, grouping) {
    const notes = [];
    if (events.length) {
      notes.push('Marked: ' + events.map((e) => e.short + ' (' + Frontera.dayName(e.date)
        + (e.end ? ' to ' + Frontera.dayName(e.end) : '') + ')').join('; ') + '.');
    }
    if (seams.marks.length) {
      notes.push('Source changes: ' + seams.runs.map((run) => bucketLabel(rows[run.from], grouping) + ' to '
        + bucketLabel(rows[run.to], grouping) + ', ' + run.family + (run.rounded ? ' (rounded to 10)' : '')).join('; ') + '.');
    }
    notes.push('Encounters count events, not people: a person met twice counts twice.');
    return notes;
  }

  function showHeadline(current, rows, selected) {
    const row = rows[selected];
    const grouping = GROUPING[current.view];
    const figure = (label, value, id) => el('div', {class: 'figure', id},
      el('div', {class: 'label'}, label), el('div', {class: 'value'}, value));
    const previousLabel = current.view === 'month' ? 'On the month before' : current.view === 'ytd'
      ? 'On the same months a year before' : 'On the year before';
    const change = current.view === 'ytd' ? row.year_before : row.previous;
    const cards = [
      figure(bucketLabel(row, grouping), number(row.value), 'headline-value'),
      figure('Per day', oneDecimal(row.per_day), 'headline-per-day'),
      figure(previousLabel, change ? percent(change.percent_change) : '–', 'headline-change'),
    ];
    if (current.view === 'month') {
      cards.push(figure('On the same month a year before', row.year_before ? percent(row.year_before.percent_change) : '–',
        'headline-year'));
    }
    if (row.rank) {
      cards.push(figure('Rank since ' + periodWords(row.rank.since), row.rank.rank + ' of ' + row.rank.of
        + (row.rank.record ? ' (record)' : ''), 'headline-rank'));
    }
    document.getElementById('headline').replaceChildren(...cards);
  }

  function showEvents(events) {
    const list = document.getElementById('chart-events');
    list.replaceChildren(...events.map((event) => el('li', {'data-event': event.id},
      el('span', {class: 'event-mark ' + event.kind}), el('strong', {}, event.short), ' ',
      el('span', {class: 'muted'}, Frontera.dayName(event.date) + (event.end ? ' to ' + Frontera.dayName(event.end) : '')))));
    if (events.length) {
      list.append(el('li', {}, el('a', {href: '/about.html#policy'}, 'What these dates are, with their sources')));
    }
  }

  function showSeams(seams, rows, grouping) {
    const box = document.getElementById('seams');
    if (!seams.marks.length) {
      box.replaceChildren();
      return;
    }
    box.replaceChildren(el('p', {}, el('strong', {}, 'Where the source changes'), ' (dotted lines): figures come from one family'
      + ' of official files at a time; where one family stops or a better one starts, the line switches. ',
    el('a', {href: '/about.html#seams'}, 'Why sources differ')),
    el('ul', {}, seams.runs.map((run) => el('li', {}, bucketLabel(rows[run.from], grouping) + ' to '
      + bucketLabel(rows[run.to], grouping) + ': ' + run.family + (run.rounded ? ', rounded to the nearest 10' : ', exact counts')))));
  }

  function showTable(rows, grouping) {
    document.getElementById('series-table').replaceChildren(el('table', {id: 'series-data'},
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Period'), el('th', {scope: 'col', class: 'number'}, 'Encounters'),
        el('th', {scope: 'col', class: 'number'}, 'Per day'), el('th', {scope: 'col', class: 'number'}, 'Change'))),
      el('tbody', {}, rows.map((r) => el('tr', {'data-period': r.period}, el('td', {}, bucketLabel(r, grouping)),
        el('td', {class: 'number'}, number(r.value)), el('td', {class: 'number'}, oneDecimal(r.per_day)),
        el('td', {class: 'number'}, r.previous ? percent(r.previous.percent_change) : '–'))))));
  }

  /** Says so when the newest stored month is more than two months old. */
  async function showStale() {
    const node = document.getElementById('stale');
    const releases = await releaseList();
    if (!releases.length) return;
    const last = releases.map((r) => r.last_month).sort().pop();
    const newest = [...releases].sort((a, b) => b.published.localeCompare(a.published))[0];
    const now = new Date();
    const today = now.getUTCFullYear() + '-' + String(now.getUTCMonth() + 1).padStart(2, '0');
    if (Frontera.monthsBetween(last, today) > 2) {
      node.replaceChildren('Newest figures here: ' + monthName(last) + ' (release of ' + Frontera.dayName(newest.published)
        + '). Newer ones may be published: frontera fetch adds them. ', el('a', {href: '/about.html#published'}, 'What is published'));
      node.classList.remove('hidden');
    }
  }

  async function showBreakdowns(current, row, token) {
    const grouping = GROUPING[current.view];
    const label = bucketLabel(row, grouping);
    document.getElementById('breakdown-month').textContent = label;
    const params = filterParams(current);
    params.set('period', row.period);
    let cuts = {};
    try {
      cuts = await getJson('/api/v1/breakdowns?' + params);
    } catch (error) {
      cuts = {};
    }
    if (token !== renders) return;
    for (const dimension of BREAKDOWNS) breakdown(current, dimension, cuts[dimension], row, label);
    await showMap(current, cuts, row, label);
  }

  const DIMENSION_WORDS = {citizenship: 'citizenship', demographic: 'demographic', sector: 'sector or field office', state: 'state'};

  function breakdown(current, dimension, answer, row, label) {
    const node = document.getElementById(dimension + '-status');
    document.getElementById(dimension + '-title').textContent = 'By ' + DIMENSION_WORDS[dimension] + ', ' + label;
    const box = document.getElementById(dimension);
    if (!answer || answer.not_covered) {
      Charts.clear(dimension);
      box.classList.add('collapsed');
      Panels.set(dimension, null);
      node.replaceChildren(el('span', {class: 'empty'}, 'Not published by ' + DIMENSION_WORDS[dimension]
        + ' for this selection and period. '), el('a', {href: '/about.html#published'}, 'What is published'));
      return;
    }
    const rows = answer.rows.map((r) => ({name: r.name || r[dimension], value: r.value}));
    if (box.classList.contains('collapsed')) {
      box.classList.remove('collapsed');
      Charts.chart(dimension).resize();
    }
    Charts.bars(dimension, {rows: rows.slice(0, 10), xName: 'Encounters, ' + label});
    const more = rows.length > 10 ? 'The 10 largest of ' + rows.length + '; the downloads hold all ' + rows.length + '. ' : '';
    node.replaceChildren(more, ...Frontera.sourceLine(answer.provenance.releases));
    const params = filterParams(current);
    params.set('period', row.period);
    params.set('group-by', dimension);
    const title = what(current) + ', by ' + DIMENSION_WORDS[dimension] + ', ' + label;
    Panels.set(dimension, {title, selection: selectionLine(current), subtitle: rows.length > 10 ? 'The 10 largest of ' + rows.length : 'Every value published',
      releases: answer.provenance.releases, notes: ['Encounters count events, not people.'],
      csv: '/api/v1/query?' + params + '&format=csv', zip: '/api/v1/query?' + params + '&format=zip',
      image: () => ({inner: Charts.svg(dimension, 1136, Math.max(260, 44 * Math.min(10, rows.length) + 60)),
        width: 1136, height: Math.max(260, 44 * Math.min(10, rows.length) + 60)})});
  }

  async function showMap(current, cuts, row, label) {
    const sectors = cuts.sector && !cuts.sector.not_covered ? cuts.sector : null;
    const states = cuts.state && !cuts.state.not_covered ? cuts.state : null;
    const sectorRadio = document.querySelector('input[name=map-mode][value=sectors]');
    sectorRadio.disabled = !sectors;
    sectorRadio.parentElement.title = sectors ? '' : 'The stored files do not publish sectors for this selection and period';
    const mode = current.map === 'sectors' && sectors ? 'sectors' : 'states';
    const answer = mode === 'sectors' ? sectors : states;
    const dimension = mode === 'sectors' ? 'sector' : 'state';
    const values = new Map(answer ? answer.rows.map((r) => [r[dimension], {name: r.name || r[dimension], value: r.value}]) : []);
    const title = what(current) + ', by ' + DIMENSION_WORDS[dimension] + ', ' + label;
    document.getElementById('map-title').textContent = mode === 'sectors' ? 'By sector and field office' : 'By state';
    document.getElementById('map-subtitle').textContent = title + '.';
    await StateMap.draw(document.getElementById('map'), {mode, values, published: Boolean(answer),
      caption: 'Encounters, ' + label, label: 'Map: ' + title,
      onFocus: (text) => { document.getElementById('map-focus').textContent = text; }});
    const statusNode = document.getElementById('map-status');
    if (!answer) {
      statusNode.replaceChildren(el('span', {class: 'empty'}, 'Not published by state for this selection and period. '),
        el('a', {href: '/about.html#published'}, 'What is published'));
      document.getElementById('map-table').replaceChildren();
      Panels.set('map', null);
      return;
    }
    statusNode.replaceChildren(...Frontera.sourceLine(answer.provenance.releases));
    document.getElementById('map-table').replaceChildren(el('table', {},
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, mode === 'sectors' ? 'Sector or field office' : 'State'),
        el('th', {scope: 'col', class: 'number'}, 'Encounters'))),
      el('tbody', {}, answer.rows.map((r) => el('tr', {}, el('td', {}, r.name || r[dimension]),
        el('td', {class: 'number'}, number(r.value)))))));
    const params = filterParams(current);
    params.set('period', row.period);
    params.set('group-by', dimension);
    Panels.set('map', {title, selection: selectionLine(current), subtitle: mode === 'sectors' ? 'Circles at each headquarters, area proportional to encounters'
      : 'Colours on a log scale: each step is ten times the one before',
    releases: answer.provenance.releases, notes: ['Encounters count events, not people.'],
    csv: '/api/v1/query?' + params + '&format=csv', zip: '/api/v1/query?' + params + '&format=zip',
    image: () => {
      const map = StateMap.svgOf(document.getElementById('map'));
      return {inner: map.svg, width: map.width, height: map.height};
    }});
  }

  /** The selection as parameters in words: "Measure: Border Patrol encounters · Region: southwest · ...". */
  function selectionLine(current) {
    const parts = ['Measure: ' + Frontera.measureWords(current.measure || 'encounters'),
      'Region: ' + (current.region ? Frontera.valueName(catalog, 'region', current.region) : 'nationwide')];
    for (const name of FILTERS.slice(2)) {
      if (current[name]) {
        const dimension = catalog.dimensions.find((d) => d.parameter === name);
        parts.push((dimension ? dimension.name : name) + ': ' + Frontera.valueName(catalog, name, current[name]));
      }
    }
    return 'Selection: ' + parts.join(' · ');
  }

  document.addEventListener('DOMContentLoaded', async () => {
    wireControls();
    Panels.wire();
    window.addEventListener('popstate', render);
    try {
      await fillFilters();
    } catch (error) {
      status(error.message, true);
      return;
    }
    showStale().catch(() => {});
    await render();
  });

  /** For tests and the console: the framed image of a panel as SVG text. */
  return {image: (name) => (Panels.image(name) || {}).svg || null, state};
})();
