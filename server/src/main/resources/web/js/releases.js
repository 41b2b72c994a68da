// Every stored release, newest first, with what it revised against the vintage before it; a
// family filter; each release folded to one line until opened (a link to it opens it).
'use strict';

(() => {
  const {el, getJson, number, monthName, dayName} = Frontera;

  function changes(report) {
    if (!report.previous) return [el('p', {}, 'The first stored release of its family.')];
    const lines = [el('p', {}, 'Against the release of ' + dayName(report.previous.published) + ' (' + report.previous.name + '): '
      + report.revised_months.length + ' month' + (report.revised_months.length === 1 ? '' : 's') + ' revised, '
      + report.added_months.length + ' new.')];
    if (report.largest_revisions.length) {
      lines.push(el('div', {class: 'table-scroll'}, el('table', {},
        el('caption', {}, 'The ' + report.largest_revisions.length + ' largest revisions' + (report.revised_months.length
          > report.largest_revisions.length ? ' of ' + report.revised_months.length : '')),
        el('thead', {}, el('tr', {}, ['Month', 'Before', 'After', 'Change'].map((h, i) =>
          el('th', {scope: 'col', class: i ? 'number' : null}, h)))),
        el('tbody', {}, report.largest_revisions.map((r) => el('tr', {},
          el('td', {}, monthName(r.month)), el('td', {class: 'number'}, number(r.previous)), el('td', {class: 'number'}, number(r.new)),
          el('td', {class: 'number'}, (r.change > 0 ? '+' : '') + number(r.change))))))));
    }
    return lines;
  }

  function section(release, report) {
    const details = el('details', {class: 'release', id: 'release-' + release.id, 'data-family': release.family},
      el('summary', {}, el('strong', {}, release.title)),
      el('p', {class: 'muted'}, 'File ' + release.name + ' · ' + number(release.rows) + ' rows · id ' + release.id
        + (release.published_estimated ? ' · publication date estimated from the file name' : '')),
      release.source_url ? el('p', {}, el('a', {href: release.source_url, rel: 'noopener'}, 'Official page')) : null,
      ...changes(report));
    return details;
  }

  function openFromHash() {
    const target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.tagName === 'DETAILS') {
      target.open = true;
      target.scrollIntoView();
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    const status = document.getElementById('releases-status');
    const filter = document.getElementById('family-filter');
    try {
      const {releases} = await getJson('/api/v1/releases');
      const reports = await Promise.all(releases.map((r) => getJson('/api/v1/releases/' + encodeURIComponent(r.id) + '/revisions')));
      const families = new Map(releases.map((r) => [r.family, r.family_name]));
      filter.append(...[...families.entries()].map(([slug, name]) => el('option', {value: slug}, name)));
      const sections = releases.map((release, index) => section(release, reports[index]));
      document.getElementById('releases').replaceChildren(...sections);
      const show = () => {
        let count = 0;
        for (const node of sections) {
          node.hidden = Boolean(filter.value) && node.dataset.family !== filter.value;
          if (!node.hidden) count++;
        }
        status.textContent = count + ' of ' + releases.length + ' releases shown. Select one to see what it revised.';
      };
      filter.addEventListener('change', show);
      show();
      openFromHash();
      window.addEventListener('hashchange', openFromHash);
    } catch (error) {
      status.textContent = error.message;
      status.classList.add('error');
    }
  });
})();
