// ECharts helpers. Tooltips render as rich text on the canvas, not HTML: no markup, no inline styles.
// Each chart's option is built by a pure function from a spec, so the page and the exported image
// draw the same thing; a spec's `layers` add series (a line, a band) over the official figures.
'use strict';

const Charts = (() => {
  const charts = new Map();
  const specs = new Map();
  const INK = '#1b1f24';
  const MUTED = '#505a66';
  const BLUE = '#0b5cad';
  const PALE_BLUE = '#9ec3e6';
  const AMBER = 'rgba(240, 164, 0, 0.16)';

  function chart(id) {
    if (!charts.has(id)) {
      const instance = echarts.init(document.getElementById(id), null, {renderer: 'canvas'});
      charts.set(id, instance);
      window.addEventListener('resize', () => instance.resize());
    }
    return charts.get(id);
  }

  const narrow = () => window.innerWidth < 600;

  /**
   * The option of a time chart. spec: {rows, grouping, yName, highlight (row index), events
   * (Annotations.forRows), seams (Annotations.seams().marks), after (axis labels past the last
   * row, for a forecast), layers: [{type: 'line', name, values, dashed, color, width} | {type:
   * 'band', name, lower, upper, color}]}. A layer's values run along the whole axis (rows, then
   * after); its optional `notes` (one text or null per axis position) are what the tooltip says.
   */
  function timeOption(spec, forExport) {
    const rows = spec.rows;
    const grouping = spec.grouping || 'month';
    const bars = grouping !== 'month';
    const small = !forExport && narrow();
    const labels = [...rows.map((row) => Frontera.axisLabel(row, grouping)), ...(spec.after || [])];
    const values = rows.map((row, index) => (bars ? {
      value: row.value,
      itemStyle: {color: row.months < 12 && grouping !== 'fiscal-year-to-date' ? PALE_BLUE
        : index === spec.highlight ? '#074785' : BLUE},
    } : row.value));
    const markLines = [];
    const lines = (spec.events || []).filter((e) => e.kind === 'line');
    // Labels that would touch are left to the list under the chart.
    const crowded = lines.some((e, i) => i > 0 && (e.index - lines[i - 1].index) / rows.length < (small ? 0.12 : 0.05));
    for (const event of lines) {
      markLines.push({xAxis: event.index, name: event.short,
        lineStyle: {color: '#7a4b00', type: 'dashed', width: 1},
        label: {show: !crowded, formatter: event.short, position: 'insideEndTop', color: '#7a4b00', fontSize: small ? 9 : 11}});
    }
    for (const seam of spec.seams || []) {
      markLines.push({xAxis: seam.index, name: 'Source changes',
        lineStyle: {color: MUTED, type: 'dotted', width: 1.5},
        label: {formatter: 'Source changes', position: 'insideStartTop', color: MUTED, fontSize: small ? 9 : 11}});
    }
    const bands = (spec.events || []).filter((e) => e.kind === 'band').map((e) => [
      {xAxis: e.index, name: e.short, itemStyle: {color: AMBER},
        label: {show: true, position: 'insideTop', color: '#7a4b00', fontSize: small ? 9 : 11}},
      {xAxis: e.endIndex}]);
    const official = {
      name: spec.seriesName || 'Official figures', type: bars ? 'bar' : 'line', data: values,
      showSymbol: !bars && rows.length <= 36, symbolSize: 6, barMaxWidth: 48,
      lineStyle: {width: 2, color: BLUE}, itemStyle: {color: BLUE},
      markArea: bands.length ? {silent: true, data: bands} : undefined,
      markLine: markLines.length ? {silent: true, symbol: ['none', 'none'], data: markLines} : undefined,
      markPoint: !bars && spec.highlight !== undefined && spec.highlight >= 0
        ? {symbol: 'circle', symbolSize: 12, data: [{coord: [spec.highlight, rows[spec.highlight].value], value: ''}],
          itemStyle: {color: '#f0a400', borderColor: INK, borderWidth: 1}, label: {show: false}} : undefined,
      animation: false,
    };
    const layers = spec.layers || [];
    const series = [official, ...layerSeries(layers)];
    // The legend names what is drawn; the page's own switches turn layers on and off.
    const named = [...new Set(series.map((s) => s.name).filter((name) => !name.endsWith(' (low)')))];
    return {
      animation: false,
      textStyle: {fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif'},
      grid: {left: small ? 52 : 96, right: small ? 12 : 24, top: layers.length ? (small ? 52 : 36) : 28, bottom: small ? 40 : 48, containLabel: false},
      legend: series.length > 1 ? {top: 0, right: 0, data: named, selectedMode: false,
        textStyle: {color: INK, fontSize: small ? 10 : 12}} : undefined,
      tooltip: forExport ? undefined : {trigger: 'axis', renderMode: 'richText', confine: true,
        formatter: (items) => tooltip(rows, grouping, labels, layers, items[0].dataIndex, items)},
      xAxis: {type: 'category', data: labels, name: spec.xName || '', nameLocation: 'middle', nameGap: 28,
        axisLabel: {hideOverlap: true, color: MUTED, fontSize: small ? 10 : 12}, axisTick: {alignWithLabel: true}},
      yAxis: {type: 'value', name: spec.yName || 'Encounters', nameLocation: 'middle', nameGap: small ? 40 : 78,
        nameTextStyle: {color: MUTED, fontSize: small ? 11 : 13},
        axisLabel: {formatter: (v) => (small ? Frontera.compact(v) : Frontera.number(v)), color: MUTED}},
      series,
    };
  }

  /**
   * What the tooltip says at an axis position: the official figure (where there is one), then each
   * layer's note there; layers without notes give their value under their name.
   */
  function tooltip(rows, grouping, labels, layers, index, items) {
    const row = rows[index];
    const lines = [row ? Frontera.bucketLabel(row, grouping) + ': ' + Frontera.number(row.value)
      + ' (' + Frontera.oneDecimal(row.per_day) + ' a day)' : labels[index]];
    if (layers.some((layer) => layer.notes)) {
      for (const layer of layers) if (layer.notes && layer.notes[index]) lines.push(layer.notes[index]);
    } else {
      for (const item of items.slice(row ? 1 : 0)) lines.push(item.seriesName + ': ' + Frontera.number(item.value));
    }
    return lines.join('\n');
  }

  /** Extra series drawn over the official figures: a line (dashed if asked) or a shaded band. */
  function layerSeries(layers) {
    const series = [];
    for (const layer of layers) {
      if (layer.type === 'line') {
        series.push({name: layer.name, type: 'line', data: layer.values, showSymbol: false,
          lineStyle: {width: layer.width || 2, type: layer.dashed ? 'dashed' : 'solid', color: layer.color || '#b3541e'},
          itemStyle: {color: layer.color || '#b3541e'}, z: 3, animation: false});
      } else if (layer.type === 'band') {
        const stack = 'band-' + layer.name;
        series.push({name: layer.name + ' (low)', type: 'line', data: layer.lower, stack, symbol: 'none',
          lineStyle: {opacity: 0}, tooltip: {show: false}, z: 1, animation: false});
        series.push({name: layer.name, type: 'line', stack, symbol: 'none', lineStyle: {opacity: 0}, z: 1,
          itemStyle: {color: layer.color || 'rgba(179, 84, 30, 0.18)'},
          data: layer.upper.map((upper, i) => (upper === null || layer.lower[i] === null ? null : upper - layer.lower[i])),
          areaStyle: {color: layer.color || 'rgba(179, 84, 30, 0.18)'}, animation: false});
      }
    }
    return series;
  }

  /** Draws a time chart in an element; returns the ECharts instance. */
  function time(id, spec) {
    specs.set(id, {kind: 'time', spec});
    const instance = chart(id);
    instance.setOption(timeOption(spec, false), true);
    return instance;
  }

  /** The option of horizontal bars over rows {name, value}, largest on top. */
  function barsOption(spec, forExport) {
    const ordered = [...spec.rows].reverse();
    const small = !forExport && narrow();
    return {
      animation: false,
      textStyle: {fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif'},
      grid: {left: small ? 118 : 168, right: 56, top: 8, bottom: 40},
      tooltip: forExport ? undefined : {trigger: 'axis', axisPointer: {type: 'shadow'}, renderMode: 'richText', confine: true,
        formatter: (items) => items[0].name + ': ' + Frontera.number(items[0].value)},
      xAxis: {type: 'value', name: spec.xName || 'Encounters', nameLocation: 'middle', nameGap: 26,
        nameTextStyle: {color: MUTED}, axisLabel: {formatter: (v) => Frontera.compact(v), hideOverlap: true, color: MUTED}},
      yAxis: {type: 'category', data: ordered.map((row) => row.name),
        axisLabel: {width: small ? 110 : 160, overflow: 'truncate', color: INK}},
      series: [{type: 'bar', data: ordered.map((row) => row.value), itemStyle: {color: '#2b8cbe'}, barMaxWidth: 22,
        label: {show: true, position: 'right', formatter: (p) => Frontera.compact(p.value), color: MUTED, fontSize: 11}}],
    };
  }

  function bars(id, spec) {
    specs.set(id, {kind: 'bars', spec});
    const instance = chart(id);
    instance.setOption(barsOption(spec, false), true);
    return instance;
  }

  function clear(id) {
    specs.delete(id);
    if (charts.has(id)) charts.get(id).clear();
  }

  function has(id) {
    return specs.has(id);
  }

  /** The chart as an SVG string at a fixed size, drawn without its interactive parts. */
  function svg(id, width, height) {
    const drawn = specs.get(id);
    if (!drawn) return null;
    const option = drawn.kind === 'time' ? timeOption(drawn.spec, true) : barsOption(drawn.spec, true);
    const instance = echarts.init(null, null, {renderer: 'svg', ssr: true, width, height});
    instance.setOption(option);
    const text = instance.renderToSVGString();
    instance.dispose();
    return text;
  }

  function png(id) {
    return chart(id).getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#ffffff'});
  }

  return {chart, time, bars, clear, has, svg, png, timeOption};
})();
