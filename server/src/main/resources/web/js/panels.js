// Download menus of the chart and map panels: a menu shows only while its panel holds data, and
// offers the framed image (PNG, SVG) and the data behind it (CSV, CSV with its data package).
'use strict';

const Panels = (() => {
  const contents = new Map();

  function menu(name) {
    return document.querySelector('.download-menu[data-panel="' + name + '"]');
  }

  /**
   * What a panel holds: {title, subtitle, selection (a line of text), notes, releases, csv, zip,
   * image: () => ({inner, width, height})}; null when it holds nothing (its menu is hidden).
   */
  function set(name, content) {
    const node = menu(name);
    if (!content) {
      contents.delete(name);
      if (node) node.hidden = true;
      return;
    }
    contents.set(name, content);
    if (!node) return;
    // A download the panel does not offer now (the model's figures, where there are none) is hidden.
    for (const link of node.querySelectorAll('[data-download]')) {
      const href = content[link.dataset.download];
      link.closest('li').hidden = !href;
      if (href) link.href = href; else link.removeAttribute('href');
      link.setAttribute('download', '');
    }
    node.hidden = false;
  }

  function clearAll() {
    for (const name of [...contents.keys()]) set(name, null);
    for (const node of document.querySelectorAll('.download-menu')) node.hidden = true;
  }

  /** The panel's framed image, or null. */
  function image(name) {
    const content = contents.get(name);
    if (!content) return null;
    const drawn = content.image();
    return Exporter.compose({inner: drawn.inner, innerWidth: drawn.width, innerHeight: drawn.height,
      title: content.title, subtitle: content.subtitle, filters: content.selection ? [content.selection] : [],
      notes: content.notes || [], sources: (content.releases || []).map((r) => ({title: r.title, url: location.origin + r.page})),
      pageUrl: location.href});
  }

  function title(name) {
    return contents.has(name) ? contents.get(name).title : null;
  }

  /** Wires every menu's image buttons once. */
  function wire() {
    for (const node of document.querySelectorAll('.download-menu')) {
      for (const button of node.querySelectorAll('[data-export]')) {
        button.addEventListener('click', async () => {
          const composed = image(node.dataset.panel);
          if (!composed) return;
          await Exporter.save(button.dataset.export, Frontera.slug('frontera ' + title(node.dataset.panel)), composed);
          node.open = false;
        });
      }
    }
  }

  return {set, clearAll, image, title, wire};
})();
