// Shared helpers for every page. User and server text only ever reaches the page through
// textContent or attributes set one by one: never innerHTML.
'use strict';

const Frontera = (() => {
  /** Builds an element: el('a', {href: '/x', class: 'link'}, 'text', child). */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) throw new Error('no inline handlers: ' + name);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** A problem+json error as an Error whose message is the server's detail. */
  class ApiError extends Error {
    constructor(problem, status) {
      super(problem && problem.detail ? problem.detail : 'The server answered ' + status);
      this.status = status;
      this.code = problem && problem.code;
    }
  }

  async function getJson(path, headers) {
    const response = await fetch(path, {headers: {Accept: 'application/json', ...(headers || {})}});
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(body, response.status);
    return body;
  }

  async function postJson(path, payload) {
    const response = await fetch(path, {
      method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify(payload),
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(body, response.status);
    return body;
  }

  const whole = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
  const decimal = new Intl.NumberFormat('en-US', {maximumFractionDigits: 1});
  const compactFormat = new Intl.NumberFormat('en-US', {notation: 'compact', maximumFractionDigits: 1});
  const number = (value) => (value === null || value === undefined ? '–' : whole.format(value));
  const oneDecimal = (value) => (value === null || value === undefined ? '–' : decimal.format(value));
  const compact = (value) => (value === null || value === undefined ? '–' : compactFormat.format(value));
  const percent = (value) => (value === null || value === undefined ? '–' : (value > 0 ? '+' : '') + decimal.format(value) + '%');

  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  /** "2023-12" as "December 2023"; other labels as they are. */
  function monthName(label) {
    const match = /^(\d{4})-(\d{2})$/.exec(label || '');
    return match ? MONTHS[Number(match[2]) - 1] + ' ' + match[1] : label;
  }

  /** "2023-12" as "Dec 2023", for axes. */
  function shortMonth(label) {
    const match = /^(\d{4})-(\d{2})$/.exec(label || '');
    return match ? MONTHS[Number(match[2]) - 1].slice(0, 3) + ' ' + match[1] : label;
  }

  /** "2023-12-28" as "28 December 2023". */
  function dayName(label) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label || '');
    return match ? Number(match[3]) + ' ' + MONTHS[Number(match[2]) - 1] + ' ' + match[1] : label;
  }

  /** The fiscal year of a month label: October starts the next fiscal year. */
  function fiscalYear(label) {
    const [year, month] = label.split('-').map(Number);
    return month >= 10 ? year + 1 : year;
  }

  function addMonths(label, count) {
    const [year, month] = label.split('-').map(Number);
    const index = year * 12 + (month - 1) + count;
    return Math.floor(index / 12) + '-' + String((index % 12) + 1).padStart(2, '0');
  }

  /** Months from a to b (a label each): 2023-10 to 2023-12 is 2. */
  function monthsBetween(a, b) {
    const [ya, ma] = a.split('-').map(Number);
    const [yb, mb] = b.split('-').map(Number);
    return (yb - ya) * 12 + (mb - ma);
  }

  /** First and last month of a period label: 2023-11, FY2023, CY2023, FY2024-YTD..2024-03, A..B. */
  function span(label) {
    if (label.includes('..')) {
      const [from, to] = label.split('..');
      return [span(from)[0], span(to)[1]];
    }
    let match = /^FY(\d{4})/.exec(label);
    if (match) return [(Number(match[1]) - 1) + '-10', match[1] + '-09'];
    match = /^(?:CY)?(\d{4})$/.exec(label);
    if (match) return [match[1] + '-01', match[1] + '-12'];
    match = /^(\d{4}-\d{2})(?:-\d{2})?$/.exec(label);
    if (match) return [match[1], match[1]];
    return [label, label];
  }

  /**
   * A period in plain words: "December 2023", "fiscal year 2022 (October 2021 to September 2022)",
   * "calendar year 2023", "October 2023 to March 2024".
   */
  function periodWords(label) {
    if (!label) return '';
    let match = /^FY(\d{4})$/.exec(label);
    if (match) return 'fiscal year ' + match[1] + ' (October ' + (Number(match[1]) - 1) + ' to September ' + match[1] + ')';
    match = /^CY(\d{4})$/.exec(label);
    if (match) return 'calendar year ' + match[1];
    match = /^FY(\d{4})-YTD\.\.(\d{4}-\d{2})$/.exec(label);
    if (match) return 'fiscal year ' + match[1] + ' to ' + monthName(match[2]);
    match = /^FY(\d{4})\.\.FY(\d{4})$/.exec(label);
    if (match) return 'fiscal years ' + match[1] + ' to ' + match[2];
    match = /^CY(\d{4})\.\.CY(\d{4})$/.exec(label);
    if (match) return 'calendar years ' + match[1] + ' to ' + match[2];
    if (/^\d{4}-\d{2}-\d{2}$/.test(label)) return dayName(label);
    if (label.includes('..')) {
      const [first, last] = span(label);
      return monthName(first) + ' to ' + monthName(last);
    }
    return monthName(label);
  }

  /** A row of a series in words: "FY2024", "FY2025 (October to August)", "December 2023". */
  function bucketLabel(row, grouping) {
    if (grouping === 'month') return monthName(row.period);
    const partial = row.months < 12;
    const range = MONTHS[Number(row.first_month.slice(5)) - 1] + ' to ' + MONTHS[Number(row.last_month.slice(5)) - 1];
    if (grouping === 'calendar-year') {
      const year = row.first_month.slice(0, 4);
      return partial ? year + ' (' + range + ')' : year;
    }
    const year = 'FY' + row.fiscal_year;
    return partial ? year + ' (' + range + ')' : year;
  }

  /** Short category labels for an axis: "Dec 2023", "FY2024", "FY2025*" for a part year. */
  function axisLabel(row, grouping) {
    if (grouping === 'month') return shortMonth(row.period);
    if (grouping === 'calendar-year') return row.first_month.slice(0, 4) + (row.months < 12 ? '*' : '');
    return 'FY' + row.fiscal_year + (row.months < 12 && grouping !== 'fiscal-year-to-date' ? '*' : '');
  }

  // Words for measures, places and filters, the same on every page.
  const MEASURES = {
    'encounters': 'Encounters', 'usbp-encounters': 'Border Patrol encounters', 'ofo-encounters': 'Field Operations encounters',
    'apprehensions': 'Border Patrol apprehensions (Title 8)', 'inadmissibles': 'Field Operations inadmissibles (Title 8)',
    'expulsions': 'Title 42 expulsions',
  };
  const REGIONS = {southwest: 'at the southwest border', northern: 'at the northern border',
    other: 'at air, sea and coastal entries', nationwide: 'nationwide'};

  function measureWords(slug) {
    return MEASURES[slug] || slug;
  }

  function placeWords(region) {
    if (!region || region === 'nationwide') return 'nationwide';
    return region.split(',').map((r) => REGIONS[r] || r).join(' and ').replace(/ and at /g, ' and ');
  }

  let dimensionsPromise = null;
  /** The valid values and names of every dimension, fetched once per page. */
  function dimensions() {
    if (!dimensionsPromise) dimensionsPromise = getJson('/api/v1/dimensions');
    return dimensionsPromise;
  }

  /** The name of a dimension value, from the dimensions document when at hand. */
  function valueName(catalog, parameter, value) {
    const dimension = catalog && catalog.dimensions.find((d) => d.parameter === parameter);
    const found = dimension && dimension.values.find((v) => v.value === value);
    return found ? found.name : value;
  }

  /**
   * Filters {citizenship: ['mexico']} in words: "citizens of Mexico", "single adults",
   * "in the Rio Grande Valley Sector", "in Texas", "under Title 8".
   */
  function filterWords(filters, catalog) {
    const parts = [];
    for (const [parameter, raw] of Object.entries(filters || {})) {
      const values = (Array.isArray(raw) ? raw : [raw]).filter(Boolean);
      if (!values.length || parameter === 'region' || parameter === 'from') continue;
      const names = values.map((v) => valueName(catalog, parameter, v));
      const list = names.join(' or ');
      if (parameter === 'citizenship') parts.push('citizens of ' + list);
      else if (parameter === 'demographic') parts.push(list.toLowerCase());
      else if (parameter === 'sector') parts.push('in the ' + list);
      else if (parameter === 'state') parts.push('in ' + list);
      else if (parameter === 'title') parts.push('under ' + list);
      else if (parameter === 'component') parts.push('by the ' + list);
      else parts.push(parameter + ' ' + list);
    }
    return parts;
  }

  /** "Border Patrol encounters of citizens of Mexico at the southwest border". */
  function selectionWords(measure, region, filters, catalog) {
    const parts = filterWords(filters, catalog);
    const of = parts.filter((p) => p.startsWith('citizens') || /adults|minors|children|family/.test(p));
    const rest = parts.filter((p) => !of.includes(p));
    return measureWords(measure || 'encounters') + (of.length ? ' of ' + of.join(', ') : '') + ' ' + placeWords(region)
      + (rest.length ? ', ' + rest.join(', ') : '');
  }

  /** A link to where the releases page describes a release, named by its human title. */
  function releaseLink(release) {
    return el('a', {href: release.page || '/releases.html#release-' + release.id, 'data-release': release.id},
      release.title || release.name);
  }

  /**
   * "Source: CBP Nationwide Encounters (by state), releases of 15 December 2025 and 14 November 2025;
   * ...": releases grouped by family, newest first, each date linked to the release's description.
   */
  function sourceLine(releases, prefix) {
    const families = new Map();
    for (const release of [...releases].sort((a, b) => b.published.localeCompare(a.published))) {
      const name = release.family_name || release.family;
      if (!families.has(name)) families.set(name, []);
      families.get(name).push(release);
    }
    const parts = [prefix || (families.size === 1 ? 'Source: ' : 'Sources: ')];
    [...families.entries()].forEach(([name, list], index) => {
      if (index) parts.push('; ');
      parts.push(name + (list.some((r) => r.rounded) ? ' (rounded to 10)' : '') + ', release' + (list.length > 1 ? 's' : '') + ' of ');
      list.forEach((release, i) => {
        if (i) parts.push(i === list.length - 1 ? ' and ' : ', ');
        parts.push(el('a', {href: release.page || '/releases.html#release-' + release.id, 'data-release': release.id,
          title: release.title || release.name}, release.published_estimated ? 'about ' + monthName(release.published.slice(0, 7)) : dayName(release.published)));
      });
    });
    parts.push('.');
    return parts;
  }

  /**
   * A refusal in one line ("Not published: ...") with a link to what is published, and the
   * server's full reason folded beneath.
   */
  function refusal(what, error) {
    const notCovered = error && (error.code === 'not-covered' || error.status === 404);
    const line = notCovered
      ? 'Not published: no official file gives ' + what + '.'
      : 'Could not answer: ' + (error ? error.message : 'unknown error');
    return el('div', {class: 'refusal', role: 'alert'},
      el('p', {}, line + ' ', el('a', {href: '/about.html#published'}, 'What is published')),
      notCovered ? el('details', {}, el('summary', {}, 'Why, file by file'), el('p', {class: 'note'}, error.message)) : null);
  }

  /** Saves text, a Blob or a data URL as a file, through a temporary link. */
  function download(name, content, type) {
    const isUrl = typeof content === 'string' && content.startsWith('data:');
    const url = isUrl ? content : URL.createObjectURL(content instanceof Blob ? content
      : new Blob([content], {type: type || 'text/csv;charset=utf-8'}));
    const link = el('a', {href: url, download: name, class: 'hidden'});
    document.body.append(link);
    link.click();
    link.remove();
    if (!isUrl) setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** CSV text from rows of cells, quoting as RFC 4180 asks. */
  function csv(rows) {
    return rows.map((row) => row.map((cell) => {
      const text = cell === null || cell === undefined ? '' : String(cell);
      return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }).join(',')).join('\n') + '\n';
  }

  /** A file name made of words: "Border Patrol, southwest" becomes "border-patrol-southwest". */
  function slug(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '').slice(0, 120);
  }

  /** Marks the current page in the navigation. */
  function markNavigation() {
    for (const link of document.querySelectorAll('nav.site a')) {
      if (link.getAttribute('href') === location.pathname) link.setAttribute('aria-current', 'page');
    }
  }
  document.addEventListener('DOMContentLoaded', markNavigation);

  return {el, getJson, postJson, ApiError, number, oneDecimal, compact, percent, monthName, shortMonth, dayName,
    fiscalYear, addMonths, monthsBetween, span, periodWords, bucketLabel, axisLabel, measureWords, placeWords,
    dimensions, valueName, filterWords, selectionWords, releaseLink, sourceLine, refusal, download, csv, slug, MONTHS};
})();
