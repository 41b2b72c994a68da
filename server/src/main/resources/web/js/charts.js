// ECharts helpers. Tooltips render as rich text on the canvas, not HTML: no markup, no inline styles.
'use strict';

const Charts = (() => {
  const TITLE_42 = ['2020-03', '2023-05'];
  const charts = new Map();

  function chart(id) {
    if (!charts.has(id)) {
      const instance = echarts.init(document.getElementById(id), null, {renderer: 'canvas'});
      charts.set(id, instance);
      window.addEventListener('resize', () => instance.resize());
    }
    return charts.get(id);
  }

  /** Background bands for every other fiscal year and the Title 42 period, over month labels. */
  function bands(months) {
    const areas = [];
    let start = null;
    for (const month of months) {
      const odd = Frontera.fiscalYear(month) % 2 === 1;
      if (odd && start === null) start = month;
      if (!odd && start !== null) { areas.push([{xAxis: start}, {xAxis: previous(months, month)}]); start = null; }
    }
    if (start !== null) areas.push([{xAxis: start}, {xAxis: months[months.length - 1]}]);
    const fiscal = areas.map(([from, to]) => [{...from, itemStyle: {color: 'rgba(18, 38, 63, 0.06)'}}, to]);
    const first = months.find((m) => m >= TITLE_42[0]);
    const last = [...months].reverse().find((m) => m <= TITLE_42[1]);
    if (first && last && first <= last) {
      fiscal.push([{xAxis: first, name: 'Title 42', itemStyle: {color: 'rgba(240, 164, 0, 0.18)'},
        label: {show: true, position: 'insideTop', color: '#7a4b00'}}, {xAxis: last}]);
    }
    return fiscal;
  }

  function previous(months, month) {
    const index = months.indexOf(month);
    return months[Math.max(0, index - 1)];
  }

  /** A monthly line over rows {period, value}; highlight marks one month. */
  function monthly(id, rows, {highlight, name} = {}) {
    const months = rows.map((row) => row.period);
    const values = rows.map((row) => row.value);
    const instance = chart(id);
    instance.setOption({
      animation: false,
      grid: {left: 64, right: 16, top: 24, bottom: 56},
      tooltip: {trigger: 'axis', renderMode: 'richText',
        formatter: (items) => Frontera.monthName(items[0].axisValue) + ': ' + Frontera.number(items[0].value)},
      xAxis: {type: 'category', data: months, axisLabel: {hideOverlap: true}},
      yAxis: {type: 'value', axisLabel: {formatter: (v) => Frontera.number(v)}},
      dataZoom: months.length > 36 ? [{type: 'inside'}, {type: 'slider', height: 18, bottom: 8}] : [],
      series: [{
        name: name || 'Encounters', type: 'line', data: values, showSymbol: months.length <= 36, symbolSize: 6,
        lineStyle: {width: 2, color: '#0b5cad'}, itemStyle: {color: '#0b5cad'},
        markArea: {silent: true, data: bands(months)},
        markPoint: highlight && months.includes(highlight)
          ? {symbolSize: 36, data: [{coord: [highlight, values[months.indexOf(highlight)]], value: ''}],
            itemStyle: {color: '#f0a400'}} : undefined,
      }],
    }, true);
    return instance;
  }

  /** Horizontal bars over rows {name, value}, largest on top. */
  function bars(id, rows) {
    const ordered = [...rows].reverse();
    const instance = chart(id);
    instance.setOption({
      animation: false,
      grid: {left: 150, right: 24, top: 8, bottom: 24},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, renderMode: 'richText',
        formatter: (items) => items[0].name + ': ' + Frontera.number(items[0].value)},
      xAxis: {type: 'value', axisLabel: {formatter: (v) => Frontera.number(v), hideOverlap: true}},
      yAxis: {type: 'category', data: ordered.map((row) => row.name),
        axisLabel: {width: 140, overflow: 'truncate'}},
      series: [{type: 'bar', data: ordered.map((row) => row.value), itemStyle: {color: '#2b8cbe'}}],
    }, true);
    return instance;
  }

  function clear(id) {
    if (charts.has(id)) charts.get(id).clear();
  }

  function png(id) {
    return chart(id).getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#ffffff'});
  }

  return {chart, monthly, bars, clear, png};
})();
