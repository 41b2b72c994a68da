// The movements page: each caravan's track on the offline base map (with the border, place labels
// and a scale), where it is, when it could arrive, its sightings and the official figures for its
// own months; forms for administrators once signed in. The admin token lives in a variable of this
// script only: never stored, never put in the URL. Every text from a source reaches the map as a
// DOM node (textContent), never as HTML.
'use strict';

const MovementsPage = (() => {
  const {el, getJson, ApiError, number, monthName} = Frontera;
  let map = null;
  let trackLayer = null;
  let track = null;
  let latest = null;
  let shown = null;
  let token = '';
  let border = null;

  function status(id, text, isError) {
    const node = document.getElementById(id);
    node.textContent = text;
    node.classList.toggle('error', Boolean(isError));
  }

  async function send(method, path, payload) {
    const headers = {'Content-Type': 'application/json', Accept: 'application/json'};
    if (token) headers.Authorization = 'Bearer ' + token;
    const response = await fetch(path, {method, headers, body: JSON.stringify(payload)});
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(body, response.status);
    return body;
  }

  async function baseMap() {
    map = L.map('movement-map', {zoomSnap: 0.25}).setView([22, -100], 4);
    const [mexico, states, line] = await Promise.all([getJson('/map/mexico.geojson'), getJson('/map/us-states.geojson'),
      getJson('/map/us-mexico-border.geojson')]);
    L.geoJSON(mexico, {style: {color: '#9aa4ae', weight: 1, fillColor: '#e3e6e9', fillOpacity: 1}, interactive: false}).addTo(map);
    L.geoJSON(states, {style: {color: '#6b7580', weight: 1, fillColor: '#ffffff', fillOpacity: 1}, interactive: false}).addTo(map);
    border = L.geoJSON(line, {style: {color: '#b21f1f', weight: 2.5}, interactive: false}).addTo(map);
    L.control.scale({metric: true, imperial: true, position: 'bottomleft'}).addTo(map);
    map.attributionControl.addAttribution('US Census Bureau, Natural Earth, GeoNames');
  }

  function latLng(point) {
    return [point.latitude, point.longitude];
  }

  /** A label that stays on the map: text set as a node, never parsed as HTML. */
  function label(layer, text, direction) {
    return layer.bindTooltip(el('span', {}, text), {permanent: true, direction: direction || 'right', className: 'map-label'});
  }

  function drawTrack(movement) {
    if (trackLayer) trackLayer.remove();
    trackLayer = L.layerGroup().addTo(map);
    const points = movement.track.map(latLng);
    track = L.polyline(points, {color: '#b3541e', weight: 3}).addTo(trackLayer);
    movement.track.forEach((position, index) => {
      if (index === movement.track.length - 1) return;
      const marker = L.circleMarker(latLng(position), {radius: 4, color: '#b3541e', fillColor: '#ffffff', fillOpacity: 1, weight: 2})
        .addTo(trackLayer);
      label(marker, index === 0 ? movement.origin.label + ', ' + position.date : position.date, index === 0 ? 'left' : 'right');
    });
    latest = L.circleMarker(latLng(movement.lastPosition), {radius: 8, color: '#7a2e0b', fillColor: '#b3541e',
      fillOpacity: 1, weight: 2}).addTo(trackLayer);
    label(latest, 'Latest: ' + movement.lastPosition.place + ', ' + movement.lastPosition.date);
    const crossing = movement.likelyCrossing;
    const square = L.rectangle([[crossing.latitude - 0.12, crossing.longitude - 0.12],
      [crossing.latitude + 0.12, crossing.longitude + 0.12]], {color: '#1f4e79', fillColor: '#1f4e79', fillOpacity: 0.9, weight: 1})
      .addTo(trackLayer);
    label(square, 'Likely crossing: ' + crossing.label, 'top');
    L.polyline([latLng(movement.lastPosition), latLng(crossing)], {color: '#1f4e79', weight: 1.5, dashArray: '4 6'})
      .addTo(trackLayer);
    // The whole route and the whole border in view, whatever the size of the screen.
    const bounds = L.latLngBounds(points.concat([latLng(crossing)]));
    if (border) bounds.extend(border.getBounds());
    map.fitBounds(bounds.pad(0.12));
    return square;
  }

  function fact(dl, term, ...values) {
    dl.append(el('dt', {}, term), el('dd', {}, ...values));
  }

  function showFacts(movement) {
    const dl = document.getElementById('facts');
    dl.replaceChildren();
    const distances = movement.distances;
    fact(dl, 'Status', movement.status + ', first reported ' + movement.firstReported + ' in ' + movement.origin.label);
    fact(dl, 'Nationalities', movement.nationalities.map((n) => n.name).join(', ') || 'none reported');
    fact(dl, 'Latest position', el('span', {id: 'latest-position', class: 'latest-marker'},
      movement.lastPosition.place + ', ' + movement.lastPosition.date));
    fact(dl, 'To the border', el('span', {id: 'distance-left'}, distances.border.label), ' (straight line)');
    fact(dl, 'Nearest port', distances.nearestPort.label + ', ' + distances.nearestPort.port.label + ' (straight line)');
    fact(dl, 'By road (estimate)', distances.road.label + ' to ' + distances.road.crossing.label
      + (distances.road.via.length ? ' via ' + distances.road.via.join(', ') : ''));
    fact(dl, 'Likely crossing', movement.likelyCrossing.label + ' (' + movement.likelyCrossing.sectorName + ')');
    fact(dl, 'Pace', movement.pace ? movement.pace.label : 'needs two sightings on different days');
    const arrival = movement.arrival;
    fact(dl, 'Could arrive', el('span', {id: 'arrival-window'}, arrival
      ? 'around ' + arrival.expected + ' (earliest ' + arrival.earliest + (arrival.latest ? ', latest ' + arrival.latest : '')
        + ') at ' + arrival.crossing.label
      : movement.arrivalNote));
    document.getElementById('arrival-method').textContent = arrival
      ? 'Method: ' + arrival.method + '. Road distance: ' + distances.road.method.replace(/^road estimate: /, '') + '.' : '';
  }

  function sourceCell(url) {
    // Only web addresses become links: a javascript: URL typed by someone must stay text.
    return /^https?:\/\//i.test(url) ? el('a', {href: url, rel: 'noopener noreferrer'}, url) : url;
  }

  function showSightings(movement) {
    const body = document.querySelector('#sightings tbody');
    body.replaceChildren(...movement.sightings.map((s) => el('tr', {'data-sighting': s.id},
      el('td', {}, s.date), el('td', {}, s.place),
      el('td', {class: 'number'}, s.size ? (s.size.qualifier ? s.size.qualifier + ' ' : '')
        + (s.size.low === s.size.high ? number(s.size.low) : number(s.size.low) + '–' + number(s.size.high)) : '–'),
      el('td', {}, s.size ? s.size.givenBy : ''), el('td', {}, sourceCell(s.sourceUrl)))));
    if (!movement.sightings.length) {
      body.append(el('tr', {}, el('td', {colspan: 5}, 'No sightings yet: only the origin is known.')));
    }
  }

  /** The months the movement was on the road: from first reported to its latest sighting. */
  function roadMonths(movement) {
    const dates = [movement.firstReported, ...movement.sightings.map((s) => s.date)].sort();
    return [dates[0].slice(0, 7), dates[dates.length - 1].slice(0, 7)];
  }

  function showContext(movement) {
    const [from, to] = roadMonths(movement);
    document.getElementById('context').replaceChildren(...movement.context.map((item) => {
      if (!item.answer) {
        return el('div', {class: 'context-item'}, el('h3', {}, item.label),
          el('p', {class: 'empty'}, 'Not published for these months in the stored files. ',
            el('a', {href: '/about.html#published'}, 'What is published')));
      }
      const rows = item.answer.rows;
      return el('div', {class: 'context-item'}, el('h3', {}, item.label),
        el('div', {class: 'table-scroll'}, el('table', {class: 'context-table'},
          el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Month'), el('th', {scope: 'col', class: 'number'}, 'Encounters'))),
          el('tbody', {}, rows.map((row) => el('tr', {class: row.period >= from && row.period <= to ? 'on-road' : null,
            'data-month': row.period}, el('td', {}, monthName(row.period)), el('td', {class: 'number'}, number(row.value))))))),
        el('p', {class: 'note'}, ...Frontera.sourceLine(item.answer.provenance.releases)));
    }));
  }

  function showHistory(movement) {
    document.getElementById('history').replaceChildren(...movement.history.map((entry) =>
      el('li', {}, el('strong', {}, entry.action), ' ', entry.recordedAt.replace('T', ' ').replace('Z', ' UTC'), ': ', entry.detail)));
  }

  async function show(id) {
    status('status', 'Loading…');
    try {
      shown = await getJson('/api/v1/movements/' + encodeURIComponent(id));
      drawTrack(shown);
      showFacts(shown);
      showSightings(shown);
      showContext(shown);
      showHistory(shown);
      status('status', shown.name + ': ' + shown.sightings.length + ' sighting' + (shown.sightings.length === 1 ? '' : 's') + '.');
      document.body.dataset.ready = 'true';
      const url = new URL(location.href);
      url.searchParams.set('id', id);
      history.replaceState(null, '', url);
    } catch (error) {
      status('status', error.message, true);
    }
  }

  async function loadList(selected) {
    const list = await getJson('/api/v1/movements');
    const select = document.getElementById('movement-select');
    select.replaceChildren(...list.movements.map((m) => el('option', {value: m.id},
      m.name + ' (' + m.status + ', ' + number(m.toBorder.kilometres) + ' km from the border)')));
    const empty = !list.movements.length;
    document.getElementById('empty-state').hidden = !empty;
    document.getElementById('movement-view').hidden = empty;
    for (const part of document.querySelectorAll('.movement-part')) part.hidden = empty;
    select.closest('.panel').hidden = empty;
    if (empty) {
      document.body.dataset.ready = 'empty';
      return;
    }
    const wanted = list.movements.some((m) => m.id === selected) ? selected : list.movements[0].id;
    select.value = wanted;
    await show(wanted);
  }

  function value(id) {
    return document.getElementById(id).value.trim();
  }

  function numberOrNull(id) {
    const text = value(id).replace(/,/g, '');
    return text === '' ? null : Number(text);
  }

  async function addMovement(event) {
    event.preventDefault();
    try {
      const created = await send('POST', '/api/v1/movements', {name: value('m-name'), firstReported: value('m-first'),
        origin: value('m-origin'), nationalities: value('m-nationalities').split(',').map((n) => n.trim()).filter(Boolean)});
      status('admin-status', 'Recorded ' + created.name + '.');
      await loadList(created.id);
    } catch (error) {
      status('admin-status', error.message, true);
    }
  }

  async function addSighting(event) {
    event.preventDefault();
    if (!shown) {
      status('admin-status', 'Choose or add a movement first.', true);
      return;
    }
    const payload = {date: value('s-date'), sourceUrl: value('s-source'), quote: value('s-quote')};
    if (value('s-place')) payload.place = value('s-place');
    if (value('s-lat') || value('s-lon')) {
      payload.latitude = numberOrNull('s-lat');
      payload.longitude = numberOrNull('s-lon');
    }
    if (value('s-low')) {
      payload.size = {low: numberOrNull('s-low'), qualifier: value('s-qualifier'), givenBy: value('s-given-by')};
      if (value('s-high')) payload.size.high = numberOrNull('s-high');
    }
    try {
      const sighting = await send('POST', '/api/v1/movements/' + encodeURIComponent(shown.id) + '/sightings', payload);
      status('admin-status', 'Recorded the sighting at ' + sighting.place + ' on ' + sighting.date + '.');
      await show(shown.id);
    } catch (error) {
      status('admin-status', error.message, true);
    }
  }

  function fillForms(proposal) {
    const movement = proposal.movement;
    const sighting = proposal.sighting;
    document.getElementById('m-name').value = movement.name;
    document.getElementById('m-first').value = movement.firstReported;
    document.getElementById('m-origin').value = movement.origin;
    document.getElementById('m-nationalities').value = movement.nationalities.join(', ');
    if (sighting) {
      document.getElementById('s-date').value = sighting.date;
      document.getElementById('s-place').value = sighting.place;
      document.getElementById('s-low').value = sighting.size ? sighting.size.low : '';
      document.getElementById('s-high').value = sighting.size && sighting.size.high !== sighting.size.low ? sighting.size.high : '';
      document.getElementById('s-qualifier').value = sighting.size ? sighting.size.qualifier : '';
      document.getElementById('s-given-by').value = sighting.size ? sighting.size.givenBy : '';
      document.getElementById('s-source').value = sighting.sourceUrl;
      document.getElementById('s-quote').value = sighting.quote;
    }
    status('admin-status', 'The forms hold the proposal: check them against the article, then add the movement, then the sighting.');
    document.getElementById('m-name').focus();
  }

  async function propose(event) {
    event.preventDefault();
    const box = document.getElementById('proposal');
    box.replaceChildren();
    try {
      const proposal = await send('POST', '/api/v1/movements/proposals', {text: document.getElementById('proposal-text').value,
        published: value('proposal-published'), sourceUrl: value('proposal-source')});
      const dl = el('dl', {class: 'facts'});
      if (proposal.movement) {
        fact(dl, 'Origin', proposal.movement.origin);
        fact(dl, 'Set out', proposal.movement.firstReported);
        fact(dl, 'Nationalities', proposal.movement.nationalities.join(', ') + (proposal.movement.othersMentioned ? ' and others' : ''));
        fact(dl, 'Size', proposal.sighting && proposal.sighting.size ? proposal.sighting.size.label : 'not given');
      }
      const claims = proposal.distanceClaims.map((claim) => el('li', {},
        el('span', {class: 'verdict ' + claim.verdict}, claim.verdict), ' “' + claim.claimedText + '”: ' + claim.explanation));
      box.append(el('p', {}, proposal.movement ? 'The article reports:' : 'No caravan report found in the text.'), dl);
      if (claims.length) box.append(el('h4', {}, 'Distance claims'), el('ul', {}, claims));
      if (proposal.movement) {
        const fill = el('button', {type: 'button', class: 'secondary'}, 'Fill the forms with this proposal');
        fill.addEventListener('click', () => fillForms(proposal));
        box.append(fill);
      }
      status('admin-status', 'Nothing is stored until you add the movement and the sighting.');
    } catch (error) {
      status('admin-status', error.message, true);
    }
  }

  /** Shows the forms only to a holder of the admin token, checked by the server. */
  async function signIn(event) {
    event.preventDefault();
    const given = document.getElementById('admin-token').value.trim();
    try {
      const response = await fetch('/api/v1/admin', {headers: {Accept: 'application/json', Authorization: 'Bearer ' + given}});
      const body = await response.json().catch(() => null);
      if (!response.ok) throw new ApiError(body, response.status);
      token = given;
      document.getElementById('admin-token').value = '';
      document.getElementById('sign-in').hidden = true;
      document.getElementById('admin-area').hidden = false;
      status('admin-status', 'Signed in: the forms below write to this server\'s store.');
    } catch (error) {
      status('admin-status', error.status === 403 ? 'This server takes no writes: ' + error.message
        : error.status === 401 ? 'That is not this server\'s admin token.' : error.message, true);
    }
  }

  function signOut() {
    token = '';
    document.getElementById('sign-in').hidden = false;
    document.getElementById('admin-area').hidden = true;
    status('admin-status', 'Signed out.');
  }

  async function start() {
    document.getElementById('sign-in').addEventListener('submit', signIn);
    document.getElementById('sign-out').addEventListener('click', signOut);
    document.getElementById('movement-select').addEventListener('change', (event) => show(event.target.value));
    document.getElementById('movement-form').addEventListener('submit', addMovement);
    document.getElementById('sighting-form').addEventListener('submit', addSighting);
    document.getElementById('proposal-form').addEventListener('submit', propose);
    try {
      await baseMap();
      await loadList(new URLSearchParams(location.search).get('id'));
    } catch (error) {
      status('status', error.message, true);
    }
  }

  document.addEventListener('DOMContentLoaded', start);

  /** For tests and the console: the points of the drawn track and the latest position. */
  return {
    trackPoints: () => (track ? track.getLatLngs().length : 0),
    latestPosition: () => (latest ? [latest.getLatLng().lat, latest.getLatLng().lng] : null),
    inView: (latitude, longitude) => Boolean(map && map.getBounds().contains([latitude, longitude])),
  };
})();
