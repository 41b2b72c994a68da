// Renders /api/openapi.json as a page: every path, its parameters and its responses.
'use strict';

document.addEventListener('DOMContentLoaded', async () => {
  const {el, getJson} = Frontera;
  let doc;
  try {
    doc = await getJson('/api/openapi.json');
  } catch (error) {
    document.getElementById('api-status').textContent = error.message;
    return;
  }
  const resolve = (item) => (item && item.$ref ? item.$ref.split('/').slice(1).reduce((node, key) => node[key], doc) : item);
  document.getElementById('api-info').replaceChildren(el('p', {}, doc.info.title + ', version ' + doc.info.version + '. '),
    el('p', {}, doc.info.description));
  const sections = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = (operation.parameters || []).map(resolve);
      const example = operation['x-example'];
      sections.push(el('section', {class: 'endpoint', id: operation.operationId},
        el('h2', {}, el('span', {class: 'method'}, method.toUpperCase()), el('code', {}, path)),
        el('p', {}, operation.summary),
        operation.description ? el('p', {class: 'muted'}, operation.description) : null,
        parameters.length ? el('table', {},
          el('thead', {}, el('tr', {}, ['Parameter', 'In', 'Description'].map((h) => el('th', {scope: 'col'}, h)))),
          el('tbody', {}, parameters.map((p) => el('tr', {}, el('td', {}, el('code', {}, p.name)), el('td', {}, p.in),
            el('td', {}, p.description || ''))))) : null,
        operation.requestBody ? el('p', {}, 'Body: ' + (operation.requestBody.description || 'JSON')) : null,
        el('ul', {}, Object.entries(operation.responses).map(([code, response]) =>
          el('li', {}, el('code', {}, code), ' ' + resolve(response).description))),
        example ? el('p', {}, 'Try it: ', el('a', {href: example}, example)) : null));
    }
  }
  document.getElementById('endpoints').replaceChildren(...sections);
  const problems = doc['x-problems'] || {};
  document.getElementById('problem-list').replaceChildren(el('dl', {class: 'facts'},
    Object.entries(problems).flatMap(([code, text]) => [el('dt', {id: 'problem-' + code}, code), el('dd', {}, text)])));
});
