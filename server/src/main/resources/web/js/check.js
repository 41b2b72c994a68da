// Check an article: the text comes back with each claimed figure marked by its verdict.
'use strict';

(() => {
  const {el, postJson, getJson, number, monthName, addMonths} = Frontera;
  const VERDICTS = ['accurate', 'inaccurate', 'misleading', 'unverifiable'];

  function status(text, isError) {
    const node = document.getElementById('check-status');
    node.textContent = text;
    node.classList.toggle('error', Boolean(isError));
  }

  /** Claims that share a phrase (one per period it names) are marked once and shown together. */
  function groups(claims) {
    const byPlace = new Map();
    for (const claim of claims) {
      const key = claim.start + ':' + claim.end;
      if (!byPlace.has(key)) byPlace.set(key, []);
      byPlace.get(key).push(claim);
    }
    const ordered = [...byPlace.values()].sort((a, b) => a[0].start - b[0].start);
    const kept = [];
    let end = -1;
    for (const group of ordered) {
      if (group[0].start >= end) { kept.push(group); end = group[0].end; }
    }
    return kept;
  }

  /** The worst verdict of a group: what the mark shows. */
  function verdictOf(group) {
    const order = ['inaccurate', 'misleading', 'unverifiable', 'accurate'];
    return order.find((v) => group.some((c) => c.verdict === v)) || 'unverifiable';
  }

  function showArticle(text, claims) {
    const article = document.getElementById('article');
    const nodes = [];
    let at = 0;
    const marked = groups(claims);
    marked.forEach((group, index) => {
      const claim = group[0];
      nodes.push(text.slice(at, claim.start));
      const verdict = verdictOf(group);
      const mark = el('mark', {class: verdict, tabindex: '0', role: 'button', 'aria-pressed': 'false',
        'data-verdict': verdict, 'data-claim': String(index),
        'aria-label': text.slice(claim.start, claim.end) + ': ' + verdict}, text.slice(claim.start, claim.end));
      mark.addEventListener('click', () => select(mark, group));
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(mark, group); }
      });
      nodes.push(mark);
      at = claim.end;
    });
    nodes.push(text.slice(at));
    article.replaceChildren(...nodes);
    const counts = VERDICTS.map((v) => [v, marked.filter((g) => verdictOf(g) === v).length]).filter(([, n]) => n > 0);
    document.getElementById('legend').replaceChildren(...counts.map(([v, n]) => el('span', {class: 'verdict ' + v}, n + ' ' + v)));
    status(marked.length === 0 ? 'No figure about border encounters found in this text.'
      : marked.length + ' claim(s) found. Select one to see the official figure.');
  }

  function select(mark, group) {
    for (const other of document.querySelectorAll('#article mark')) other.setAttribute('aria-pressed', 'false');
    mark.setAttribute('aria-pressed', 'true');
    const details = document.getElementById('details');
    details.replaceChildren(...group.map(describe));
    chartAround(group[0]);
  }

  function figure(value) {
    return value ? number(value.value) + ' (' + value.release + ')' : 'none';
  }

  function describe(claim) {
    const filters = Object.entries(claim.filters).map(([k, v]) => k + ' ' + v.join(', ')).join('; ');
    const facts = [
      ['Claimed', '"' + claim.text + '"'],
      ['Read as', claim.measure + ', ' + claim.region + ', ' + monthName(claim.period) + (claim.per_day ? ', per day' : '')
        + (filters ? ', ' + filters : '')],
      ['Official figure', figure(claim.official)],
    ];
    if (claim.official_at_publication) facts.push(['As published then', figure(claim.official_at_publication)]);
    const alternatives = claim.alternatives.map((a) => el('li', {},
      a.reading + ': ' + a.measure + ', ' + a.region + ', ' + a.period + ' = ' + figure(a.official) + (a.fits ? ' (fits the claim)' : '')));
    return el('article', {class: 'claim-detail'},
      el('p', {}, el('span', {class: 'verdict ' + claim.verdict}, claim.verdict)),
      el('dl', {class: 'facts'}, facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
      el('p', {class: 'explanation'}, claim.explanation),
      alternatives.length ? el('details', {}, el('summary', {}, 'Other readings (' + alternatives.length + ')'), el('ul', {}, alternatives)) : null,
      el('p', {class: 'note'}, 'In the sentence: ' + claim.sentence));
  }

  /** First and last month of a period label: 2023-11, FY2023, CY2023, A..B. */
  function span(label) {
    if (label.includes('..')) {
      const [from, to] = label.split('..');
      return [span(from)[0], span(to)[1]];
    }
    let match = /^FY(\d{4})/.exec(label);
    if (match) return [(Number(match[1]) - 1) + '-10', match[1] + '-09'];
    match = /^(?:CY)?(\d{4})$/.exec(label);
    if (match) return [match[1] + '-01', match[1] + '-12'];
    return [label, label];
  }

  async function chartAround(claim) {
    const box = document.getElementById('claim-chart');
    if (!/encounters|apprehensions|inadmissibles|expulsions/.test(claim.measure)) {
      box.classList.add('hidden');
      return;
    }
    if (!claim.official) {
      box.classList.add('hidden');
      return;
    }
    // The whole monthly series for the claim's reading, cut to six months either side of its period.
    const params = new URLSearchParams({measure: claim.measure});
    if (claim.region !== 'nationwide') params.set('region', claim.region);
    for (const [name, values] of Object.entries(claim.filters)) params.set(name, values.join(','));
    const [first, last] = span(claim.period);
    const from = addMonths(first, -6);
    const to = addMonths(last, 6);
    try {
      const series = await getJson('/api/v1/series?' + params);
      box.classList.remove('hidden');
      Charts.monthly('claim-chart', series.rows.filter((r) => r.period >= from && r.period <= to), {highlight: first});
    } catch (error) {
      box.classList.add('hidden');
    }
  }

  async function check(event) {
    event.preventDefault();
    const text = document.getElementById('article-text').value;
    const published = document.getElementById('published').value;
    if (!text.trim()) { status('Paste the text of an article first.', true); return; }
    if (!published) { status('Give the publication date: relative dates ("last month") are read from it.', true); return; }
    status('Checking…');
    document.body.dataset.checked = 'pending';
    try {
      const result = await postJson('/api/v1/check', {text, published});
      showArticle(text, result.claims);
      document.body.dataset.checked = 'true';
    } catch (error) {
      status(error.message, true);
      document.body.dataset.checked = 'error';
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('check-form').addEventListener('submit', check);
    document.getElementById('article-file').addEventListener('change', async (event) => {
      const file = event.target.files[0];
      if (!file) return;
      if (file.size > 900 * 1024) { status('The file is larger than the server accepts (about 900 KB).', true); return; }
      document.getElementById('article-text').value = await file.text();
      status('Loaded ' + file.name + '. Set the publication date and check it.');
    });
  });
})();
