// Check an article: the text comes back with each claimed figure marked by its verdict; selecting
// one shows, beside it, the reading in plain words, the official figure, why the verdict, other
// readings and the official series around it. A check can be shared by link (the link holds the
// article, compressed, and re-runs the check) and downloaded as JSON or CSV.
'use strict';

const CheckPage = (() => {
  const {el, postJson, getJson, number, oneDecimal, monthName, addMonths, periodWords} = Frontera;
  const VERDICTS = ['accurate', 'inaccurate', 'misleading', 'unverifiable'];
  let catalog = null;
  let releases = [];
  let last = null;   // {text, published, claims}

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

  const isDistance = (claim) => claim.kind === 'distance' || /distance/.test(claim.measure);

  /**
   * A reading in plain words: the JSON's own description when it has one, otherwise made here
   * from its measure, place, filters and period.
   */
  function reading(claim) {
    if (claim.reading && claim.reading.description) return claim.reading.description;
    if (claim.description) return claim.description;
    if (isDistance(claim)) {
      const from = (claim.filters.from || [])[0];
      const place = from ? from.split(',').slice(0, 2).join(',') : 'the place named';
      return (claim.measure === 'road-distance' ? 'Road distance' : 'Distance') + ' from ' + place
        + ' to the US–Mexico border, as of ' + periodWords(claim.period);
    }
    const filters = {...claim.filters};
    const words = Frontera.selectionWords(claim.measure, claim.region, filters, catalog);
    return words + ', ' + periodWords(claim.period) + (claim.per_day ? ', per day' : '')
      + (claim.qualifier === 'change' ? ': the change on a year before' : '');
  }

  /** An official value as people write it: a count, a rate per day, a percent change, miles. */
  function value(claim, figure) {
    if (!figure || figure.value === null || figure.value === undefined) return 'none';
    if (isDistance(claim)) return number(figure.value) + ' mi';
    if (claim.qualifier === 'change') return (figure.value > 0 ? '+' : '') + oneDecimal(figure.value) + '%';
    return claim.per_day ? oneDecimal(figure.value) + ' a day' : number(figure.value);
  }

  /** The stored release a claim's source text names, for a link with its human title. */
  function releaseFor(text) {
    return releases.find((r) => text && text.startsWith(r.name + ' '));
  }

  function sourceNode(text) {
    const release = releaseFor(text);
    return release ? Frontera.releaseLink(release) : text;
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
    document.getElementById('result').classList.remove('hidden');
    document.getElementById('details-panel').style.marginTop = '';
    document.getElementById('details').replaceChildren(el('p', {class: 'muted'},
      'Select a highlighted figure (or tab to it and press Enter) to see what the record says.'));
    document.getElementById('claim-chart').classList.add('hidden');
    document.getElementById('chart-caption').textContent = '';
    status(marked.length === 0 ? 'No figure about border encounters found in this text.'
      : marked.length + ' claim' + (marked.length === 1 ? '' : 's') + ' found. Select one to see the official figure.');
  }

  function select(mark, group) {
    for (const other of document.querySelectorAll('#article mark')) other.setAttribute('aria-pressed', 'false');
    mark.setAttribute('aria-pressed', 'true');
    const panel = document.getElementById('details-panel');
    panel.classList.add('open');
    // Beside the claim: on a wide screen the panel moves down to the mark's height.
    const article = document.getElementById('article');
    const offset = mark.getBoundingClientRect().top - article.getBoundingClientRect().top;
    panel.style.marginTop = window.innerWidth > 800 ? Math.max(0, offset - 40) + 'px' : '';
    // On a phone the details open over the lower part of the screen: the claim moves above them.
    if (window.innerWidth <= 800) window.scrollBy(0, mark.getBoundingClientRect().top - 72);
    document.getElementById('details').replaceChildren(...group.map(describe));
    chartAround(group[0]);
    document.body.dataset.selected = mark.dataset.claim;
  }

  /** In one line: what the verdict rests on. */
  function summary(claim) {
    const official = value(claim, claim.official);
    const higher = /(\d{4}-\d{2}) was higher/.exec(claim.explanation || '');
    switch (claim.verdict) {
      case 'accurate':
        return (isDistance(claim) ? 'Frontera\'s measurement (' : 'The official figure (') + official + ') supports it.';
      case 'inaccurate':
        return 'The official figure (' + official + ') does not support it.' + (higher ? ' ' + monthName(higher[1]) + ' was higher.' : '');
      case 'misleading': {
        const fit = (claim.alternatives || []).find((a) => a.fits || (a.fit !== undefined && a.fit >= 0.5));
        return 'As stated the official figure is ' + official + '; the claim fits '
          + (fit ? alternativeWords(claim, fit) + ' (' + value(claim, fit.official || {value: fit.value}) + ')' : 'another scope')
          + ', a reading often confused with the one stated.';
      }
      default:
        return 'The official files cannot answer it as read: they do not publish this figure.';
    }
  }

  function alternativeWords(claim, alternative) {
    if (alternative.description) return alternative.description;
    return reading({...claim, ...alternative, description: undefined});
  }

  function describe(claim) {
    const distance = isDistance(claim);
    const facts = [
      ['Claimed', '“' + claim.text + '”'],
      ['Read as', reading(claim)],
    ];
    if (typeof claim.confidence === 'number') {
      facts.push(['Confidence', el('span', {class: 'confidence'}, el('meter', {min: 0, max: 1, value: claim.confidence}),
        ' ' + Math.round(claim.confidence * 100) + '% sure of this verdict')]);
    }
    if (distance) {
      facts.push(['Computed by Frontera', value(claim, claim.official) + ' in a straight line' + roadWords(claim)]);
    } else {
      facts.push(['Official figure', value(claim, claim.official)]);
      if (claim.official && claim.official.release) facts.push(['Source', sourceNode(claim.official.release)]);
      if (claim.kind === 'season') {
        facts.push(['Compared with', 'the seasonal baseline for the month, estimated from the months before it (80% interval)']);
      }
      if (claim.official_at_publication) {
        facts.push(['As published on the article\'s date', el('span', {}, value(claim, claim.official_at_publication), ' (',
          sourceNode(claim.official_at_publication.release), ')')]);
      }
    }
    const alternatives = (claim.alternatives || []).map((a, index) => el('li', {'data-rank': index + 1},
      el('span', {class: 'alternative'}, alternativeWords(claim, a)), ': ',
      el('strong', {}, value(claim, a.official || (a.value !== undefined ? {value: a.value} : null))),
      a.fits === true || (typeof a.fit === 'number' && a.fit >= 0.5) ? ' (fits the claim)'
        : a.fits === null || a.official === null ? ' (the record does not answer it)' : ' (does not fit)',
      typeof a.posterior === 'number' ? el('span', {class: 'muted'}, ' · weight after the record ' + Math.round(a.posterior * 100)
        + '%' + (typeof a.prior === 'number' ? ', from the words alone ' + Math.round(a.prior * 100) + '%' : '')) : null,
      a.reading && !a.description ? el('div', {class: 'muted'}, 'Why consider it: ' + a.reading) : null));
    const overview = overviewLink(claim);
    return el('article', {class: 'claim-detail'},
      el('p', {}, el('span', {class: 'verdict ' + claim.verdict}, claim.verdict), ' ', el('span', {class: 'summary'}, summary(claim))),
      el('dl', {class: 'facts'}, facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
      distance
        ? el('p', {class: 'method'}, 'Method: the straight-line distance over the Earth\'s surface from the group\'s last reported'
          + ' position to the nearest point of the US–Mexico border, with an estimate by road beside it.')
        : null,
      el('details', {class: 'explanation'}, el('summary', {}, distance ? 'How it was measured, in full' : 'The checker\'s reasoning, in full'),
        el('p', {}, claim.explanation)),
      alternatives.length ? el('details', {class: 'alternatives'}, el('summary', {}, 'Other readings (' + alternatives.length + ')'),
        el('ol', {}, alternatives)) : null,
      overview ? el('p', {}, el('a', {href: overview}, 'See this series on the overview')) : null,
      el('p', {class: 'note'}, 'In the sentence: ' + claim.sentence));
  }

  function roadWords(claim) {
    const road = /\(([\d,]+) mi\) by road to ([^,(]+(?:, [A-Z]{2})?)/.exec(claim.explanation || '');
    return road ? '; about ' + road[1] + ' mi by road to ' + road[2] + ' (estimate)' : '';
  }

  function overviewLink(claim) {
    if (isDistance(claim) || !claim.measure) return null;
    const params = new URLSearchParams();
    if (claim.measure !== 'encounters') params.set('measure', claim.measure);
    if (claim.region && claim.region !== 'nationwide') params.set('region', claim.region);
    for (const [name, values] of Object.entries(claim.filters || {})) if (values.length === 1) params.set(name, values[0]);
    if (/^\d{4}-\d{2}$/.test(claim.period)) params.set('at', claim.period);
    return '/?' + params;
  }

  const isRecord = (claim) => /record|highest|lowest/.test(claim.qualifier || '') || /comparable periods/.test(claim.explanation || '');

  async function chartAround(claim) {
    const box = document.getElementById('claim-chart');
    const caption = document.getElementById('chart-caption');
    caption.textContent = '';
    if (isDistance(claim) || !claim.official || !/encounters|apprehensions|inadmissibles|expulsions/.test(claim.measure)) {
      box.classList.add('hidden');
      return;
    }
    const params = new URLSearchParams({measure: claim.measure});
    if (claim.region !== 'nationwide') params.set('region', claim.region);
    for (const [name, values] of Object.entries(claim.filters)) params.set(name, values.join(','));
    const [first, lastMonth] = Frontera.span(claim.period);
    try {
      const series = await getJson('/api/v1/series?' + params);
      // A record is judged against every comparable month: the chart spans them all. Otherwise a
      // year either side of the claimed period.
      const record = isRecord(claim);
      const from = record ? series.rows[0].period : addMonths(first, -12);
      const to = record ? series.rows[series.rows.length - 1].period : addMonths(lastMonth, 12);
      const rows = series.rows.filter((r) => r.period >= from && r.period <= to);
      const start = rows.findIndex((r) => r.period === first);
      const end = rows.findIndex((r) => r.period === lastMonth);
      const events = [];
      if (start >= 0) events.push({kind: 'band', index: start, endIndex: end >= 0 ? end : start, short: 'Claimed'});
      const higher = /(\d{4}-\d{2}) was higher/.exec(claim.explanation || '');
      const higherIndex = higher ? rows.findIndex((r) => r.period === higher[1]) : -1;
      if (higherIndex >= 0) events.push({kind: 'line', index: higherIndex, short: 'Higher: ' + Frontera.shortMonth(higher[1])});
      box.classList.remove('hidden');
      Charts.time('claim-chart', {rows, grouping: 'month', events, yName: 'Per month',
        seams: Annotations.seams(rows, series.provenance.releases).marks});
      caption.textContent = 'The official monthly series, ' + monthName(rows[0].period) + ' to ' + monthName(rows[rows.length - 1].period)
        + (record ? ' (every month the record is judged against)' : '') + ': ' + Frontera.selectionWords(claim.measure,
        claim.region, claim.filters, catalog) + '. Shaded: the claimed period' + (higherIndex >= 0 ? '; dashed: the higher month.' : '.');
      document.body.dataset.chart = 'true';
    } catch (error) {
      box.classList.add('hidden');
      caption.textContent = '';
    }
  }

  /** Packs an article into the link's fragment (deflated, base64url): the server never sees it. */
  async function pack(object) {
    const stream = new Blob([JSON.stringify(object)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  async function unpack(text) {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return JSON.parse(await new Response(stream).text());
  }

  async function run(text, published) {
    status('Checking…');
    document.body.dataset.checked = 'pending';
    try {
      const result = await postJson('/api/v1/check', {text, published});
      last = {text, published, claims: result.claims};
      showArticle(text, result.claims);
      history.replaceState(null, '', location.pathname + '#a=' + await pack({t: text, p: published}));
      document.body.dataset.checked = 'true';
    } catch (error) {
      status(error.message, true);
      document.body.dataset.checked = 'error';
    }
  }

  async function check(event) {
    event.preventDefault();
    const text = document.getElementById('article-text').value;
    const published = document.getElementById('published').value;
    if (!text.trim()) { status('Paste the text of an article first, or try the sample.', true); return; }
    if (!published) { status('Give the publication date: relative dates ("last month") are read from it.', true); return; }
    await run(text, published);
  }

  function downloadResult(format) {
    if (!last) return;
    const name = 'frontera-check-' + last.published;
    if (format === 'json') {
      Frontera.download(name + '.json', JSON.stringify({checked_by: 'Frontera', checked_on: new Date().toISOString().slice(0, 10),
        published: last.published, link: location.href, text: last.text, claims: last.claims}, null, 2), 'application/json');
      return;
    }
    const header = ['claim', 'verdict', 'reading', 'claimed_value', 'official_value', 'official_source',
      'value_as_published_then', 'source_then', 'explanation', 'sentence', 'start', 'end'];
    const rows = last.claims.map((c) => [c.text, c.verdict, reading(c), c.value, c.official ? c.official.value : null,
      c.official ? c.official.release : null, c.official_at_publication ? c.official_at_publication.value : null,
      c.official_at_publication ? c.official_at_publication.release : null, c.explanation, c.sentence, c.start, c.end]);
    Frontera.download(name + '.csv', Frontera.csv([header, ...rows]));
  }

  async function share() {
    const note = document.getElementById('share-status');
    try {
      await navigator.clipboard.writeText(location.href);
      note.textContent = 'Link copied: opening it checks this article again against the record.';
    } catch (error) {
      note.replaceChildren('Copy this link: ', el('input', {type: 'text', readonly: true, value: location.href, class: 'wide',
        'aria-label': 'Link to this check'}));
    }
  }

  async function sample() {
    const response = await fetch('/samples/article.txt');
    document.getElementById('article-text').value = await response.text();
    document.getElementById('published').value = '2025-12-20';
    status('A sample article, written for Frontera, is in the box. Checking it…');
    await run(document.getElementById('article-text').value, '2025-12-20');
  }

  document.addEventListener('DOMContentLoaded', async () => {
    document.getElementById('check-form').addEventListener('submit', check);
    document.getElementById('sample-button').addEventListener('click', sample);
    document.getElementById('share-button').addEventListener('click', share);
    document.getElementById('details-close').addEventListener('click', () => document.getElementById('details-panel').classList.remove('open'));
    for (const button of document.querySelectorAll('[data-check-download]')) {
      button.addEventListener('click', () => {
        downloadResult(button.dataset.checkDownload);
        document.getElementById('check-downloads').open = false;
      });
    }
    document.getElementById('article-file').addEventListener('change', async (event) => {
      const file = event.target.files[0];
      if (!file) return;
      if (file.size > 900 * 1024) { status('The file is larger than the server accepts (about 900 KB).', true); return; }
      document.getElementById('article-text').value = await file.text();
      status('Loaded ' + file.name + '. Set the publication date and check it.');
    });
    [catalog, releases] = await Promise.all([Frontera.dimensions().catch(() => null),
      getJson('/api/v1/releases').then((r) => r.releases).catch(() => [])]);
    const shared = /^#a=([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (shared) {
      try {
        const article = await unpack(shared[1]);
        document.getElementById('article-text').value = article.t;
        document.getElementById('published').value = article.p;
        await run(article.t, article.p);
      } catch (error) {
        status('This link does not hold a readable article.', true);
      }
    }
    document.body.dataset.loaded = 'true';
  });

  return {pack, unpack, reading, describe};
})();
