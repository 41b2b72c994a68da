// The map: states coloured by encounters on a log scale with a numeric legend (Albers USA, with
// Alaska, Hawaii and the territories as insets), or Border Patrol sectors and field offices as
// circles where the record publishes them. One tab stop: arrow keys step through the places.
'use strict';

const StateMap = (() => {
  const {el, getJson, number} = Frontera;
  const WIDTH = 960;
  const HEIGHT = 640;
  const SVG = 'http://www.w3.org/2000/svg';
  const COLOURS = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'];
  const NONE = '#ffffff';
  const NOT_PUBLISHED = '#d9dde2';
  const INSETS = [
    {codes: ['PR', 'VI'], label: 'Puerto Rico and U.S. Virgin Islands', box: [640, 548, 150, 60]},
    {codes: ['GU', 'MP'], label: 'Guam and Northern Mariana Islands', box: [800, 520, 70, 100]},
    {codes: ['AS'], label: 'American Samoa', box: [880, 556, 60, 50]},
  ];
  let base = null;

  async function load() {
    if (!base) {
      const [states, places] = await Promise.all([getJson('/map/us-states.geojson'), getJson('/map/sectors.json')]);
      base = {states, places};
    }
    return base;
  }

  function node(tag, attributes, ...children) {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) element.setAttribute(name, String(value));
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  /** Log classes: [1,10), [10,100), ... up to the largest value; at most seven. */
  function classes(max) {
    const top = Math.max(0, Math.floor(Math.log10(Math.max(1, max))));
    const list = [];
    for (let power = Math.max(0, top - 6); power <= top; power++) {
      const low = power === Math.max(0, top - 6) ? 1 : 10 ** power;
      const high = power === top ? null : 10 ** (power + 1) - 1;
      list.push({low, high});
    }
    const colours = COLOURS.slice(COLOURS.length - list.length);
    return list.map((c, i) => ({...c, colour: colours[i],
      label: c.high === null ? number(c.low) + ' or more' : number(c.low) + '–' + number(c.high)}));
  }

  function classOf(list, value) {
    return list.find((c) => value >= c.low && (c.high === null || value <= c.high));
  }

  /** Projections: Albers USA (its own Alaska and Hawaii insets) and one small box per territory group. */
  function projections(states) {
    const mainland = {type: 'FeatureCollection', features: states.features.filter((f) => !INSETS.some((i) => i.codes.includes(f.properties.code)))};
    const albers = d3.geoAlbersUsa().fitExtent([[8, 8], [WIDTH - 8, 500]], mainland);
    const insets = INSETS.map((inset) => {
      const collection = {type: 'FeatureCollection', features: states.features.filter((f) => inset.codes.includes(f.properties.code))};
      const [x, y, w, h] = inset.box;
      // Guam and the Marianas straddle no meridian trouble; Mercator keeps small islands recognisable.
      return {...inset, collection, projection: d3.geoMercator().fitExtent([[x + 4, y + 4], [x + w - 4, y + h - 4]], collection)};
    });
    return {albers, insets};
  }

  function projectionFor(projected, code) {
    const inset = projected.insets.find((i) => i.codes.includes(code));
    return inset ? inset.projection : projected.albers;
  }

  /**
   * Draws the map in `container`. options: {mode: 'states' | 'sectors', values: Map(code or slug ->
   * {name, value}), published: bool, caption: text for the legend, onFocus(text)}.
   */
  async function draw(container, options) {
    const {states, places} = await load();
    const projected = projections(states);
    const values = options.values || new Map();
    const max = Math.max(1, ...[...values.values()].map((v) => v.value));
    const list = classes(max);
    const svg = node('svg', {xmlns: SVG, viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, class: 'map-svg', role: 'img',
      'aria-label': options.label || 'Map'});
    const layer = node('g', {class: 'states'});
    const order = [];
    for (const feature of states.features) {
      const code = feature.properties.code;
      const path = d3.geoPath(projectionFor(projected, code))(feature);
      if (!path) continue;
      const found = options.mode === 'states' ? values.get(code) : null;
      const fill = options.mode !== 'states' ? '#f3f5f7'
        : !options.published ? NOT_PUBLISHED : found && found.value > 0 ? classOf(list, found.value).colour : NONE;
      const shape = node('path', {d: path, fill, stroke: '#7d8791', 'stroke-width': 0.7, 'data-code': code,
        'data-value': found ? found.value : 0, class: found && found.value > 0 ? 'has-value' : 'no-value'},
      node('title', {}, feature.properties.name + ': ' + describe(found, options)));
      layer.append(shape);
      if (options.mode === 'states') order.push({key: code, name: feature.properties.name, value: found ? found.value : 0, shape});
    }
    svg.append(layer);
    for (const inset of projected.insets) {
      const [x, y, w, h] = inset.box;
      svg.append(node('rect', {x, y, width: w, height: h, fill: 'none', stroke: '#b8c0c8', 'stroke-width': 0.8}),
        node('text', {x: x + w / 2, y: y + h + 12, 'font-size': 9, 'text-anchor': 'middle', fill: '#505a66'},
          inset.codes.join(' · ')));
    }
    if (options.mode === 'sectors') {
      drawSectors(svg, projected, places, values, order, max);
    }
    svg.append(legend(list, options, max));
    container.replaceChildren(svg);
    keyboard(container, order.sort((a, b) => b.value - a.value), options);
    return svg;
  }

  function describe(found, options) {
    if (!options.published) return 'not published for this selection';
    return found && found.value > 0 ? number(found.value) : 'none recorded';
  }

  /** Circles at each sector's or field office's headquarters, area proportional to encounters. */
  function drawSectors(svg, projected, places, values, order, max) {
    const group = node('g', {class: 'sectors'});
    const radius = (value) => 4 + 34 * Math.sqrt(value / max);
    const entries = [...values.entries()].sort((a, b) => b[1].value - a[1].value);
    entries.forEach(([slug, found], rank) => {
      const place = places.places.find((p) => p.slug === slug);
      if (!place || !found.value) return;
      const point = projectionFor(projected, place.state)([place.longitude, place.latitude]);
      if (!point) return;
      const circle = node('circle', {cx: point[0].toFixed(1), cy: point[1].toFixed(1), r: radius(found.value).toFixed(1),
        fill: place.kind === 'field-office' ? 'rgba(179, 84, 30, 0.45)' : 'rgba(8, 81, 156, 0.45)',
        stroke: place.kind === 'field-office' ? '#7a2e0b' : '#08306b', 'stroke-width': 1, 'data-sector': slug},
      node('title', {}, found.name + ': ' + number(found.value)));
      group.append(circle);
      if (rank < 6) {
        group.append(node('text', {x: (point[0] + radius(found.value) + 3).toFixed(1), y: (point[1] + 4).toFixed(1),
          'font-size': 12, fill: '#1b1f24'}, found.name.replace(/ Sector$/, '') + ' ' + Frontera.compact(found.value)));
      }
      order.push({key: slug, name: found.name, value: found.value, shape: circle});
    });
    svg.append(group);
  }

  /** The legend, inside the map so that an exported map carries it. */
  function legend(list, options, max) {
    const group = node('g', {class: 'legend', transform: 'translate(12, 528)'});
    group.append(node('text', {x: 0, y: 0, 'font-size': 13, 'font-weight': 'bold', fill: '#1b1f24'}, options.caption || 'Encounters'));
    if (options.mode === 'sectors') {
      group.append(node('text', {x: 0, y: 18, 'font-size': 11, fill: '#505a66'},
        'Circle area proportional to encounters; largest ' + number(max) + '.'),
      node('circle', {cx: 8, cy: 36, r: 6, fill: 'rgba(8, 81, 156, 0.45)', stroke: '#08306b'}),
      node('text', {x: 20, y: 40, 'font-size': 11, fill: '#1b1f24'}, 'Border Patrol sector'),
      node('circle', {cx: 158, cy: 36, r: 6, fill: 'rgba(179, 84, 30, 0.45)', stroke: '#7a2e0b'}),
      node('text', {x: 170, y: 40, 'font-size': 11, fill: '#1b1f24'}, 'Field Operations field office'));
      return group;
    }
    group.append(node('text', {x: 0, y: 18, 'font-size': 11, fill: '#505a66'},
      options.published ? 'Log scale: each colour step is ten times the one before.' : 'Not published for this selection.'));
    const items = options.published ? [...list.map((c) => ({colour: c.colour, label: c.label})),
      {colour: NONE, label: 'None recorded'}] : [{colour: NOT_PUBLISHED, label: 'Not published'}];
    items.forEach((item, index) => {
      const x = (index % 4) * 150;
      const y = 30 + Math.floor(index / 4) * 20;
      group.append(node('rect', {x, y, width: 18, height: 12, fill: item.colour, stroke: '#7d8791', 'stroke-width': 0.8,
        class: 'legend-swatch'}),
      node('text', {x: x + 24, y: y + 10, 'font-size': 11, fill: '#1b1f24', class: 'legend-label'}, item.label));
    });
    return group;
  }

  /** One tab stop for the map; arrow keys move from place to place, largest first. */
  function keyboard(container, order, options) {
    container.setAttribute('tabindex', '0');
    container.setAttribute('role', 'group');
    container.setAttribute('aria-roledescription', 'map');
    container.setAttribute('aria-label', (options.label || 'Map') + '. Use the arrow keys to read each place, largest first.');
    let at = -1;
    const show = () => {
      for (const item of order) item.shape.classList.remove('focused');
      const item = order[at];
      if (!item) return;
      item.shape.classList.add('focused');
      if (options.onFocus) {
        options.onFocus(item.name + ': ' + (item.value ? number(item.value) : 'none recorded') + ' (' + (at + 1) + ' of ' + order.length + ')');
      }
    };
    container.onkeydown = (event) => {
      if (!order.length) return;
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown') at = (at + 1) % order.length;
      else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') at = (at - 1 + order.length) % order.length;
      else if (event.key === 'Home') at = 0;
      else if (event.key === 'End') at = order.length - 1;
      else return;
      event.preventDefault();
      show();
    };
  }

  /** The map as an SVG string with its size, for export. */
  function svgOf(container) {
    const svg = container.querySelector('svg');
    return svg ? {svg: new XMLSerializer().serializeToString(svg), width: WIDTH, height: HEIGHT} : null;
  }

  return {draw, svgOf, load, classes};
})();
