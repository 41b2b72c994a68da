// What the time axis marks: policy dates (each with its official source) and the places where a
// series switches from one family of releases to another.
'use strict';

const Annotations = (() => {
  /**
   * Policy dates drawn on the charts. Each is a fact with its official source; the About page
   * lists them as they are here.
   */
  const EVENTS = [
    {id: 'mpp', date: '2019-01-28', short: 'Remain in Mexico', kind: 'line',
      text: 'The Migrant Protection Protocols ("Remain in Mexico") begin at San Ysidro: asylum seekers wait in Mexico for their hearings.',
      source: 'DHS, "Migrant Protection Protocols", 24 January 2019',
      url: 'https://www.dhs.gov/news/2019/01/24/migrant-protection-protocols'},
    {id: 'title-42', date: '2020-03-21', end: '2023-05-11', short: 'Title 42', kind: 'band',
      text: 'Title 42 expulsions: a CDC public-health order, in force from 11:59 pm on 20 March 2020, lets border officials expel people without an immigration proceeding; it ends at 11:59 pm on 11 May 2023.',
      source: 'CDC order, 85 FR 16567 (24 March 2020); its end: "Circumvention of Lawful Pathways", 88 FR 31314 (16 May 2023)',
      url: 'https://www.federalregister.gov/documents/2020/03/24/2020-06241/order-suspending-introduction-of-persons-from-a-country-where-a-communicable-disease-exists',
      endUrl: 'https://www.federalregister.gov/documents/2023/05/16/2023-10146/circumvention-of-lawful-pathways'},
    {id: 'june-2024', date: '2024-06-05', short: 'June 2024 proclamation', kind: 'line',
      text: 'Proclamation 10773, "Securing the Border" (signed 3 June 2024, in force 5 June): asylum limited between ports of entry while crossings stay high.',
      source: 'Proclamation 10773, 89 FR 48487 (7 June 2024)',
      url: 'https://www.federalregister.gov/documents/2024/06/07/2024-12647/securing-the-border'},
    {id: 'january-2025', date: '2025-01-20', short: 'January 2025', kind: 'line',
      text: 'Proclamation 10888, "Guaranteeing the States Protection Against Invasion" (20 January 2025): entry across the southern border suspended and asylum claims there barred.',
      source: 'Proclamation 10888, 90 FR 8333 (29 January 2025)',
      url: 'https://www.federalregister.gov/documents/2025/01/29/2025-01951/guaranteeing-the-states-protection-against-invasion'},
  ];

  /** What each family of official files is, in a sentence: why the line may switch to or from it. */
  const FAMILIES = {
    'usbp-nationwide-yearly': 'The Border Patrol\'s table of nationwide apprehensions for each fiscal year, FY1925 to FY2019 (PDF):'
      + ' exact, but yearly totals only, so it never stands for single months.',
    'usbp-southwest-by-sector-yearly': 'The Border Patrol\'s southwest border apprehensions by sector for each fiscal year, FY1960'
      + ' to FY2019 (PDF): exact yearly totals.',
    'usbp-monthly-by-sector': 'The Border Patrol\'s monthly apprehensions by sector, FY2000 to FY2020 (PDF): exact monthly'
      + ' counts; from March 2020 they include Title 42 expulsions.',
    'usbp-citizenship-by-sector-yearly': 'The Border Patrol\'s apprehensions by citizenship and sector for each fiscal year,'
      + ' FY2007 to FY2019 (PDF).',
    'ohss-usbp-monthly': 'DHS statistics (OHSS Key Homeland Security Metrics workbook): Border Patrol encounters each month'
      + ' since FY2000, rounded to the nearest 10; used only where no exact source covers a month.',
    'ohss-southwest-monthly': 'DHS statistics (OHSS Immigration Enforcement and Legal Processes tables): southwest border'
      + ' encounters each month since FY2014, rounded to the nearest 10; used only where no exact source covers a month.',
    'southwest-by-component': 'CBP\'s Southwest Land Border Encounters: exact monthly counts since FY2019 that separate the'
      + ' Border Patrol from Field Operations.',
    'nationwide-by-state': 'CBP\'s Nationwide Encounters by state: exact monthly counts since FY2020 for every region, by'
      + ' state, citizenship and demographic, without the Border Patrol and Field Operations split.',
    'nationwide-by-area': 'CBP\'s Nationwide Encounters by area of responsibility: exact monthly counts by sector and field office.',
  };

  const month = (date) => date.slice(0, 7);

  /** The index of the row whose months hold a date, or -1. */
  function rowOf(rows, date) {
    const wanted = month(date);
    return rows.findIndex((row) => row.first_month <= wanted && wanted <= row.last_month);
  }

  /** The events that fall in a series' rows, each with the row index (and end index for a band). */
  function forRows(rows) {
    const marks = [];
    for (const event of EVENTS) {
      const at = rowOf(rows, event.date);
      if (event.kind === 'band') {
        const end = rowOf(rows, event.end);
        const first = at >= 0 ? at : (rows.length && month(event.date) < rows[0].first_month && end >= 0 ? 0 : -1);
        if (first >= 0) marks.push({...event, index: first, endIndex: end >= 0 ? end : rows.length - 1});
      } else if (at >= 0) {
        marks.push({...event, index: at});
      }
    }
    return marks;
  }

  /**
   * Where the series switches family of releases: a mark before the first row of each new run,
   * with the families on either side and whether their figures are exact or rounded.
   */
  function seams(rows, releases) {
    const byId = new Map(releases.map((r) => [r.id, r]));
    const familyOf = (row) => {
      const families = [...new Set(row.releases.map((id) => (byId.get(id) || {}).family_name || id))];
      return families.join(' + ');
    };
    const roundedOf = (row) => row.releases.some((id) => (byId.get(id) || {}).rounded);
    const slugsOf = (row) => [...new Set(row.releases.map((id) => (byId.get(id) || {}).family).filter(Boolean))];
    const runs = [];
    rows.forEach((row, index) => {
      const family = familyOf(row);
      const last = runs[runs.length - 1];
      if (last && last.family === family) {
        last.to = index;
      } else {
        runs.push({family, families: slugsOf(row), from: index, to: index, rounded: roundedOf(row)});
      }
    });
    return {
      runs,
      marks: runs.slice(1).map((run, i) => ({index: run.from, before: runs[i], after: run,
        label: 'Source changes'})),
    };
  }

  return {EVENTS, FAMILIES, forRows, seams};
})();
