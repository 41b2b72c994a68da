// The official pages of the stored sources.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
  const {el, getJson} = Frontera;
  const list = document.getElementById('sources');
  try {
    const {releases} = await getJson('/api/v1/releases');
    const families = new Map();
    for (const release of releases) {
      if (!families.has(release.family)) families.set(release.family, {page: release.source_url, files: []});
      families.get(release.family).files.push(release.name);
    }
    list.replaceChildren(...[...families.entries()].map(([family, info]) => el('li', {},
      el('strong', {}, family), ': ' + info.files.length + ' release(s). ',
      info.page ? el('a', {href: info.page, rel: 'noopener'}, 'Official page') : 'no official page recorded')));
  } catch (error) {
    list.replaceChildren(el('li', {}, error.message));
  }
});
