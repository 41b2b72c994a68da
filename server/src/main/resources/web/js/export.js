// Images to publish: a chart or map drawn as SVG, framed with its title, subtitle, filters, notes,
// sources (each release named and linked to the releases page) and the date it was drawn. The
// PNG is the same SVG painted on a canvas at twice the size.
'use strict';

const Exporter = (() => {
  const WIDTH = 1200;
  const PAD = 32;
  const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
  const measure = document.createElement('canvas').getContext('2d');

  function escape(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  /** Splits text into lines no wider than `width` at the given font size. */
  function wrap(text, size, weight, width) {
    measure.font = (weight || 'normal') + ' ' + size + 'px ' + FONT;
    const lines = [];
    let line = '';
    for (const word of String(text).split(/\s+/)) {
      const candidate = line ? line + ' ' + word : word;
      if (line && measure.measureText(candidate).width > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  /**
   * The framed image. parts: {inner (an SVG string), innerWidth, innerHeight, title, subtitle,
   * filters: [text], notes: [text], sources: [{title, url}], pageUrl}.
   */
  function compose(parts) {
    const textWidth = WIDTH - 2 * PAD;
    const out = [];
    let y = PAD;
    const text = (content, size, options) => {
      const o = options || {};
      for (const line of wrap(content, size, o.weight, textWidth)) {
        y += size * 1.3;
        const body = '<text x="' + PAD + '" y="' + y.toFixed(1) + '" font-size="' + size + '" font-family="' + escape(FONT)
          + '" fill="' + (o.color || '#1b1f24') + '"' + (o.weight ? ' font-weight="' + o.weight + '"' : '') + '>'
          + escape(line) + '</text>';
        out.push(o.href ? '<a href="' + escape(o.href) + '" target="_blank">' + body + '</a>' : body);
      }
    };
    text(parts.title, 26, {weight: 'bold'});
    if (parts.subtitle) text(parts.subtitle, 17, {color: '#505a66'});
    y += 12;
    const scale = Math.min(1, textWidth / parts.innerWidth);
    const innerX = PAD + (textWidth - parts.innerWidth * scale) / 2;
    const root = new DOMParser().parseFromString(parts.inner, 'image/svg+xml').documentElement;
    if (root.nodeName !== 'svg' || root.querySelector('parsererror')) throw new Error('the chart did not draw as SVG');
    if (!root.getAttribute('viewBox')) root.setAttribute('viewBox', '0 0 ' + parts.innerWidth + ' ' + parts.innerHeight);
    root.setAttribute('x', innerX.toFixed(1));
    root.setAttribute('y', y.toFixed(1));
    root.setAttribute('width', (parts.innerWidth * scale).toFixed(1));
    root.setAttribute('height', (parts.innerHeight * scale).toFixed(1));
    out.push(new XMLSerializer().serializeToString(root));
    y += parts.innerHeight * scale + 10;
    for (const filter of parts.filters || []) text(filter, 14, {color: '#1b1f24'});
    for (const note of parts.notes || []) text(note, 13, {color: '#505a66'});
    if ((parts.sources || []).length) {
      text(parts.sources.length === 1 ? 'Source:' : 'Sources:', 13, {weight: 'bold'});
      for (const source of parts.sources) text(source.title, 13, {color: '#0b5cad', href: source.url});
    }
    const drawn = new Date().toISOString().slice(0, 10);
    text('Drawn ' + Frontera.dayName(drawn) + ' by Frontera from the official record' + (parts.pageUrl ? ': ' + parts.pageUrl : '.'),
      12, {color: '#505a66', href: parts.pageUrl});
    const height = Math.ceil(y + PAD);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="' + WIDTH
      + '" height="' + height + '" viewBox="0 0 ' + WIDTH + ' ' + height + '">'
      + '<rect width="100%" height="100%" fill="#ffffff"/>' + out.join('') + '</svg>';
    return {svg, width: WIDTH, height};
  }

  /** The image as a PNG data URL, painted at twice its size. */
  async function png(composed) {
    const image = new Image();
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(composed.svg);
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = composed.width * 2;
    canvas.height = composed.height * 2;
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  }

  async function save(format, name, composed) {
    if (format === 'svg') {
      Frontera.download(name + '.svg', new Blob([composed.svg], {type: 'image/svg+xml'}));
    } else {
      Frontera.download(name + '.png', await png(composed));
    }
  }

  return {compose, png, save, wrap};
})();
