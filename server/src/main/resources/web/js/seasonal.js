// The seasonal model on the overview chart (GET /api/v1/forecast): what was typical for the
// season, with its 80% interval, as a shaded band behind the official line, and the forecast of
// the next months as a dashed continuation with its own band. The model's figures are never the
// official ones: they are drawn, described, tabled and downloaded apart from them, each labelled.
'use strict';

const Seasonal = (() => {
  const {el, number, monthName, shortMonth} = Frontera;
  const BASELINE = 'Typical for the season (80% interval)';
  const FORECAST = 'Forecast, not official (80% interval)';
  const GREEN = '#2e7d5b';
  const GREEN_BAND = 'rgba(46, 125, 91, 0.18)';
  const ORANGE = '#b3541e';
  const ORANGE_BAND = 'rgba(179, 84, 30, 0.16)';

  /**
   * The model's months laid along the chart's rows: the baseline of each row it gives one for, and
   * the forecast only when the rows end at the last official month it was made from and the series
   * is still published (its last month at most three months before the newest month stored).
   */
  function fit(answer, rows, known) {
    const baseline = new Map(answer.baseline.map((month) => [month.month, month]));
    const last = rows[rows.length - 1].period;
    const reachesEnd = last === answer.last_official_month;
    const newest = (known || []).map((release) => release.last_month).sort().pop();
    const stopped = newest && Frontera.monthsBetween(answer.last_official_month, newest) > 3 ? newest : null;
    const forecast = reachesEnd && !stopped ? answer.forecast : [];
    const shown = rows.filter((row) => baseline.has(row.period)).length;
    return {answer, baseline, forecast, shown, missing: rows.length - shown, reachesEnd, stopped,
      releases: releases(answer, known || [])};
  }

  const interval = (month) => number(month.low) + ' to ' + number(month.high);

  /** The axis labels past the rows and the layers to draw, as the user's switches ask. */
  function layers(fitted, rows, show) {
    const forecast = show.forecast ? fitted.forecast : [];
    const positions = rows.length + forecast.length;
    const empty = () => new Array(positions).fill(null);
    const result = {after: forecast.map((month) => shortMonth(month.month)), layers: []};
    if (show.baseline && fitted.shown) {
      const lower = empty();
      const upper = empty();
      const expected = empty();
      const notes = empty();
      rows.forEach((row, index) => {
        const month = fitted.baseline.get(row.period);
        if (!month) return;
        lower[index] = month.low;
        upper[index] = month.high;
        expected[index] = month.expected;
        notes[index] = 'Typical for the season (model): ' + number(month.expected) + ', 80% interval ' + interval(month);
      });
      result.layers.push({type: 'band', name: BASELINE, lower, upper, color: GREEN_BAND});
      result.layers.push({type: 'line', name: BASELINE, values: expected, color: GREEN, width: 1, notes});
    }
    if (forecast.length) {
      // The dashed line and its band start from the last official figure, so they read as its continuation.
      const start = rows[rows.length - 1].value;
      const lower = empty();
      const upper = empty();
      const values = empty();
      const notes = empty();
      lower[rows.length - 1] = start;
      upper[rows.length - 1] = start;
      values[rows.length - 1] = start;
      forecast.forEach((month, i) => {
        const index = rows.length + i;
        lower[index] = month.low;
        upper[index] = month.high;
        values[index] = month.expected;
        notes[index] = 'Forecast (model, not official): ' + number(month.expected) + ', 80% interval ' + interval(month);
      });
      result.layers.push({type: 'band', name: FORECAST, lower, upper, color: ORANGE_BAND});
      result.layers.push({type: 'line', name: FORECAST, values, dashed: true, color: ORANGE, notes});
    }
    return result;
  }

  /** The releases the model was fitted to, named as the releases page names them where known. */
  function releases(answer, known) {
    const byId = new Map(known.map((release) => [release.id, release]));
    return answer.releases.map((release) => byId.get(release.id)
      || {...release, family_name: release.name, title: release.name, page: '/releases.html#release-' + release.id});
  }

  /** What the page says about the model under the chart: what is drawn, what is not and why. */
  function describe(fitted) {
    const answer = fitted.answer;
    const parts = [];
    if (!fitted.shown && !fitted.forecast.length) {
      parts.push(el('strong', {}, 'No seasonal baseline for the months shown: '),
        'the model needs a run of earlier months of this series to give one, and the record holds none before them. ');
      return parts;
    }
    parts.push(el('strong', {}, 'The seasonal model (not official figures). '));
    if (fitted.shown) {
      parts.push('Shaded green: typical for the season, what Frontera\'s model expected for each month from the months'
        + ' before it, with its 80% interval. ');
    }
    if (fitted.missing) {
      parts.push('No baseline for ' + fitted.missing + (fitted.missing === 1 ? ' month' : ' months')
        + ' shown: the model needs the months before each. ');
    }
    const forecast = fitted.forecast;
    if (forecast.length) {
      parts.push('Dashed orange: its forecast for ' + monthName(forecast[0].month)
        + (forecast.length > 1 ? ' to ' + monthName(forecast[forecast.length - 1].month) : '')
        + ', with its 80% interval. ');
    } else if (fitted.stopped) {
      parts.push('No forecast: this series was last published for ' + monthName(answer.last_official_month)
        + ', though the record reaches ' + monthName(fitted.stopped) + '; the model forecasts only a series still published. ');
    } else if (!fitted.reachesEnd) {
      parts.push('The forecast is drawn when the range reaches the last published month, '
        + monthName(answer.last_official_month) + '. ');
    }
    parts.push('Neither is in the table or the CSV of official figures. Model: ' + answer.model + '. ');
    parts.push(...Frontera.sourceLine(fitted.releases, 'Fitted to: '));
    return parts;
  }

  /** The model's figures as a table of their own, apart from the official ones. */
  function table(fitted, rows) {
    const lines = [];
    for (const row of rows) {
      const month = fitted.baseline.get(row.period);
      if (month) lines.push(['Typical for the season', month]);
    }
    for (const month of fitted.forecast) lines.push(['Forecast', month]);
    return el('table', {id: 'model-data'},
      el('caption', {}, 'The seasonal model\'s figures: not official'),
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Month'), el('th', {scope: 'col'}, 'Model figure'),
        el('th', {scope: 'col', class: 'number'}, 'Expected'), el('th', {scope: 'col', class: 'number'}, '80% interval, low'),
        el('th', {scope: 'col', class: 'number'}, '80% interval, high'))),
      el('tbody', {}, lines.map(([kind, month]) => el('tr', {'data-month': month.month, 'data-kind': kind},
        el('td', {}, monthName(month.month)), el('td', {}, kind), el('td', {class: 'number'}, number(month.expected)),
        el('td', {class: 'number'}, number(month.low)), el('td', {class: 'number'}, number(month.high))))));
  }

  /** Lines for an exported image: what the band and the dashed line are, and that they are not official. */
  function exportNotes(fitted, show) {
    const notes = [];
    if (show.baseline && fitted.shown) {
      notes.push('Shaded green: typical for the season, Frontera\'s seasonal model (80% interval); not official figures.');
    }
    if (show.forecast && fitted.forecast.length) {
      notes.push('Dashed orange: the model\'s forecast for ' + monthName(fitted.forecast[0].month) + ' to '
        + monthName(fitted.forecast[fitted.forecast.length - 1].month) + ' (80% interval); not official figures.');
    }
    if (notes.length) {
      notes.push('Model: ' + fitted.answer.model + '.');
      notes.push('Model fitted to: ' + fitted.releases.map((release) => release.title).join('; ') + '.');
    }
    return notes;
  }

  return {fit, layers, describe, table, exportNotes, BASELINE, FORECAST};
})();
