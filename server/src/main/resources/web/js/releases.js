// Every stored release, newest first, with what it revised against the vintage before it.
'use strict';

(() => {
  const {el, getJson, number} = Frontera;

  function changes(report) {
    if (!report.previous) return [el('p', {}, 'The first stored release of its family.')];
    const lines = [el('p', {}, 'Against ' + report.previous.name + ' (published ' + report.previous.published + '): '
      + report.revised_months.length + ' month(s) revised, ' + report.added_months.length + ' new.')];
    if (report.largest_revisions.length) {
      lines.push(el('table', {},
        el('thead', {}, el('tr', {}, ['Month', 'Before', 'After', 'Change'].map((h, i) =>
          el('th', {scope: 'col', class: i ? 'number' : null}, h)))),
        el('tbody', {}, report.largest_revisions.map((r) => el('tr', {},
          el('td', {}, r.month), el('td', {class: 'number'}, number(r.previous)), el('td', {class: 'number'}, number(r.new)),
          el('td', {class: 'number'}, (r.change > 0 ? '+' : '') + number(r.change)))))));
    }
    return lines;
  }

  document.addEventListener('DOMContentLoaded', async () => {
    const status = document.getElementById('releases-status');
    try {
      const {releases} = await getJson('/api/v1/releases');
      const reports = await Promise.all(releases.map((r) => getJson('/api/v1/releases/' + encodeURIComponent(r.id) + '/revisions')));
      document.getElementById('releases').replaceChildren(...releases.map((release, index) => el('section', {class: 'release', id: 'release-' + release.id},
        el('h2', {}, release.name),
        el('p', {class: 'muted'}, release.family + ' · published ' + (release.published_estimated ? 'about ' : '') + release.published
          + ' · ' + release.first_month + ' to ' + release.last_month + ' · ' + number(release.rows) + ' rows · id ' + release.id),
        release.source_url ? el('p', {}, el('a', {href: release.source_url, rel: 'noopener'}, 'Official page')) : null,
        ...changes(reports[index]))));
      status.textContent = releases.length + ' releases stored.';
    } catch (error) {
      status.textContent = error.message;
      status.classList.add('error');
    }
  });
})();
