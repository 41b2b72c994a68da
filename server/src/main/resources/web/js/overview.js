// The overview: headline figures, the monthly series, breakdowns and a map, for the filters in the URL.
'use strict';

(() => {
  const {el, getJson, number, oneDecimal, percent, monthName, download, csv} = Frontera;
  const FILTERS = ['measure', 'region', 'component', 'sector', 'state', 'citizenship', 'demographic', 'title'];
  const data = {};   // what each chart shows, for its CSV download
  let map = null;
  let stateLayer = null;

  function state() {
    const params = new URLSearchParams(location.search);
    const result = {};
    for (const name of [...FILTERS, 'month']) {
      if (params.get(name)) result[name] = params.get(name);
    }
    return result;
  }

  function setState(next, push) {
    const params = new URLSearchParams();
    for (const name of [...FILTERS, 'month']) if (next[name]) params.set(name, next[name]);
    const url = location.pathname + (params.toString() ? '?' + params : '');
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    render();
  }

  function filterQuery(current) {
    const params = new URLSearchParams();
    for (const name of FILTERS) if (current[name]) params.set(name, current[name]);
    return params;
  }

  async function fillFilters() {
    const dimensions = await getJson('/api/v1/dimensions');
    const fill = (name, values) => {
      const select = document.getElementById('f-' + name);
      select.replaceChildren(el('option', {value: ''}, name === 'measure' ? 'Encounters (all)' : 'All'),
        ...values.filter((v) => !(name === 'measure' && v.value === 'encounters'))
          .map((v) => el('option', {value: v.value}, v.name)));
    };
    fill('measure', dimensions.measures);
    for (const dimension of dimensions.dimensions) fill(dimension.parameter, dimension.values);
    for (const name of FILTERS) {
      document.getElementById('f-' + name).addEventListener('change', (event) => {
        const next = state();
        if (event.target.value) next[name] = event.target.value; else delete next[name];
        setState(next, true);
      });
    }
    document.getElementById('reset').addEventListener('click', () => setState({}, true));
  }

  function showFilters(current) {
    for (const name of FILTERS) {
      const select = document.getElementById('f-' + name);
      const value = current[name] || '';
      if (value && ![...select.options].some((o) => o.value === value)) {
        select.append(el('option', {value}, value));
      }
      select.value = value;
    }
  }

  function status(text, isError) {
    const node = document.getElementById('status');
    node.textContent = text;
    node.classList.toggle('error', Boolean(isError));
  }

  async function render() {
    const current = state();
    showFilters(current);
    status('Loading…');
    let series;
    try {
      series = await getJson('/api/v1/series?' + filterQuery(current));
    } catch (error) {
      status(error.message, true);
      document.getElementById('headline').replaceChildren();
      Charts.clear('monthly');
      document.body.dataset.ready = 'error';
      return;
    }
    const rows = series.rows;
    const month = current.month && rows.some((r) => r.period === current.month) ? current.month : rows[rows.length - 1].period;
    showHeadline(rows.find((r) => r.period === month), month === rows[rows.length - 1].period, series);
    showSeries(rows, month);
    status(monthName(rows[0].period) + ' to ' + monthName(rows[rows.length - 1].period) + ': ' + rows.length + ' months.');
    document.getElementById('breakdown-month').textContent = monthName(month);
    const params = filterQuery(current);
    params.set('period', month);
    let cuts = {};
    try {
      cuts = await getJson('/api/v1/breakdowns?' + params);
    } catch (error) {
      status(error.message, true);
    }
    for (const dimension of ['citizenship', 'demographic', 'sector']) breakdown(dimension, cuts[dimension]);
    await showMap(cuts.state, month);
    document.body.dataset.ready = 'true';
  }

  function showHeadline(row, latest, series) {
    document.getElementById('headline-title').textContent = latest ? 'Latest month' : 'Selected month';
    const figure = (label, value, id) => el('div', {class: 'figure', id},
      el('div', {class: 'label'}, label), el('div', {class: 'value'}, value));
    const rank = row.rank ? row.rank.rank + ' of ' + row.rank.of + (row.rank.record ? ' (record)' : '') : '–';
    document.getElementById('headline').replaceChildren(
      figure(monthName(row.period), number(row.value), 'headline-value'),
      figure('Per day', oneDecimal(row.per_day), 'headline-per-day'),
      figure('On the month', row.previous ? percent(row.previous.percent_change) : '–', 'headline-month'),
      figure('On the year', row.year_before ? percent(row.year_before.percent_change) : '–', 'headline-year'),
      figure('Rank since ' + monthName(row.rank ? row.rank.since : series.rows[0].period), rank, 'headline-rank'));
    const releases = series.provenance.releases.map((r) => r.name + ' (published ' + r.published + ')');
    document.getElementById('headline-source').textContent = 'Source: ' + releases.join('; ') + '. '
      + series.provenance.notes.join(' ');
  }

  function showSeries(rows, month) {
    data.monthly = [['month', 'value', 'per_day'], ...rows.map((r) => [r.period, r.value, r.per_day])];
    const chart = Charts.monthly('monthly', rows, {highlight: month});
    chart.off('click');
    chart.on('click', (event) => {
      const next = state();
      next.month = event.name;
      setState(next, true);
    });
    const table = el('table', {id: 'monthly-data'},
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Month'), el('th', {scope: 'col', class: 'number'}, 'Encounters'),
        el('th', {scope: 'col', class: 'number'}, 'Per day'))),
      el('tbody', {}, rows.map((r) => el('tr', {'data-month': r.period}, el('td', {}, r.period),
        el('td', {class: 'number'}, number(r.value)), el('td', {class: 'number'}, oneDecimal(r.per_day))))));
    document.getElementById('monthly-table').replaceChildren(table);
  }

  /** "Source: release (published date)" for an answer: every figure on the page names its release. */
  function sourceLine(answer) {
    return 'Source: ' + answer.provenance.releases.map((r) => r.name + ' (published ' + r.published + ')').join('; ')
      + (answer.provenance.rounded ? '; rounded to 10.' : '.');
  }

  function breakdown(dimension, answer) {
    const node = document.getElementById(dimension + '-status');
    if (!answer || answer.not_covered) {
      Charts.clear(dimension);
      data[dimension] = null;
      node.textContent = 'The stored files do not publish this breakdown for these filters.';
      return;
    }
    const rows = answer.rows.map((r) => ({name: r.name || r[dimension], value: r.value}));
    data[dimension] = [[dimension, 'value', 'share'], ...answer.rows.map((r) => [r.name || r[dimension], r.value, r.share])];
    Charts.bars(dimension, rows);
    node.textContent = sourceLine(answer);
  }

  const CLASSES = ['c0', 'c1', 'c2', 'c3', 'c4'];
  const COLOURS = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'];

  async function baseMap() {
    if (map) return;
    map = L.map('map', {attributionControl: true, zoomSnap: 0.25, preferCanvas: false}).setView([33, -100], 3.5);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('US Census Bureau (us-atlas), Natural Earth (world-atlas)');
    const [mexico, states] = await Promise.all([getJson('/map/mexico.geojson'), getJson('/map/us-states.geojson')]);
    L.geoJSON(mexico, {style: {color: '#9aa4ae', weight: 1, fillColor: '#e3e6e9', fillOpacity: 1}, interactive: false}).addTo(map);
    stateLayer = L.geoJSON(states, {style: {color: '#6b7580', weight: 1, fillColor: '#ffffff', fillOpacity: 1}}).addTo(map);
    map.fitBounds([[14, -125], [50, -66]]);
  }

  async function showMap(answer, month) {
    const node = document.getElementById('map-status');
    await baseMap();
    let byState = new Map();
    if (answer && !answer.not_covered) {
      byState = new Map(answer.rows.map((r) => [r.state, {name: r.name || r.state, value: r.value}]));
      data.map = [['state', 'name', 'value'], ...answer.rows.map((r) => [r.state, r.name, r.value])];
      node.textContent = sourceLine(answer);
    } else {
      data.map = null;
      node.textContent = 'The stored files do not publish states for these filters.';
    }
    const max = Math.max(1, ...[...byState.values()].map((v) => v.value));
    const bucket = (value) => Math.min(4, Math.floor(Math.log10(1 + value) / Math.log10(1 + max) * 4.999));
    stateLayer.eachLayer((layer) => {
      const code = layer.feature.properties.code;
      const found = byState.get(code);
      layer.setStyle({fillColor: found ? COLOURS[bucket(found.value)] : '#ffffff'});
      const label = el('span', {}, layer.feature.properties.name + ': ' + (found ? number(found.value) : 'no encounters recorded'));
      layer.unbindTooltip();
      layer.bindTooltip(label, {sticky: true});
    });
    const legend = document.getElementById('map-legend');
    legend.replaceChildren(el('span', {}, 'Encounters, ' + monthName(month) + ':'),
      ...CLASSES.map((c, i) => el('span', {}, el('span', {class: 'swatch ' + c}), ' ' + (i === 0 ? 'fewest' : i === 4 ? 'most' : ''))),
      el('span', {}, el('span', {class: 'swatch none'}), ' none'));
  }

  function wireDownloads() {
    for (const button of document.querySelectorAll('[data-png]')) {
      button.addEventListener('click', async () => {
        const id = button.dataset.png;
        if (id === 'map') {
          download('frontera-map.png', await mapPng());
        } else {
          download('frontera-' + id + '.png', Charts.png(id));
        }
      });
    }
    for (const button of document.querySelectorAll('[data-csv]')) {
      button.addEventListener('click', () => {
        const rows = data[button.dataset.csv];
        if (rows) download('frontera-' + button.dataset.csv + '.csv', csv(rows));
      });
    }
  }

  /** The map as a PNG: Leaflet draws the states as SVG paths, drawn here onto a canvas. */
  async function mapPng() {
    const svg = document.querySelector('#map svg').cloneNode(true);
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    const image = new Image();
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
    await image.decode();
    const canvas = el('canvas', {width: width * 2, height: height * 2});
    const context = canvas.getContext('2d');
    context.fillStyle = '#eaf1f7';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  }

  document.addEventListener('DOMContentLoaded', async () => {
    wireDownloads();
    window.addEventListener('popstate', render);
    try {
      await fillFilters();
    } catch (error) {
      status(error.message, true);
      return;
    }
    await render();
  });
})();
