// The notes on the data: what each stored family publishes, why sources differ, the policy dates
// the charts mark (with their sources), and the official pages of the stored files.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
  const {el, getJson, monthName, dayName} = Frontera;

  document.getElementById('events').replaceChildren(...Annotations.EVENTS.map((event) => el('li', {id: 'event-' + event.id},
    el('strong', {}, event.short), ' (' + dayName(event.date) + (event.end ? ' to ' + dayName(event.end) : '') + '): ',
    event.text, ' Source: ', el('a', {href: event.url, rel: 'noopener'}, event.source), '.')));
  const showFamilies = (names) => document.getElementById('families').replaceChildren(...Object.entries(Annotations.FAMILIES)
    .flatMap(([slug, text]) => [el('dt', {id: 'family-' + slug}, names.get(slug) || slug), el('dd', {}, text)]));
  showFamilies(new Map());

  try {
    const coverage = await getJson('/api/v1/coverage');
    document.querySelector('#coverage tbody').replaceChildren(...coverage.families.map((family) => el('tr', {'data-family': family.family},
      el('td', {}, family.name), el('td', {}, monthName(family.first_month) + ' to ' + monthName(family.last_month)),
      el('td', {}, family.dimensions.join(', ')),
      el('td', {}, family.rounded ? 'rounded to 10' : 'exact'))));
    showFamilies(new Map(coverage.families.map((family) => [family.family, family.name])));
    document.getElementById('unstored').textContent = coverage.unstored_families.length
      ? 'Not stored on this server: ' + coverage.unstored_families.join(', ') + '.' : '';
  } catch (error) {
    document.querySelector('#coverage tbody').replaceChildren(el('tr', {}, el('td', {colspan: 4}, error.message)));
  }

  const list = document.getElementById('sources');
  try {
    const {releases} = await getJson('/api/v1/releases');
    const families = new Map();
    for (const release of releases) {
      if (!families.has(release.family_name)) families.set(release.family_name, {page: release.source_url, files: []});
      families.get(release.family_name).files.push(release);
    }
    list.replaceChildren(...[...families.entries()].map(([family, info]) => el('li', {},
      el('strong', {}, family), ': ' + info.files.length + ' release' + (info.files.length === 1 ? '' : 's') + '. ',
      info.page ? el('a', {href: info.page, rel: 'noopener'}, 'Official page') : 'no official page recorded')));
  } catch (error) {
    list.replaceChildren(el('li', {}, error.message));
  }
});
