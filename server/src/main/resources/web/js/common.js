// Shared helpers for every page. User and server text only ever reaches the page through
// textContent or attributes set one by one: never innerHTML.
'use strict';

const Frontera = (() => {
  /** Builds an element: el('a', {href: '/x', class: 'link'}, 'text', child). */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) throw new Error('no inline handlers: ' + name);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** A problem+json error as an Error whose message is the server's detail. */
  class ApiError extends Error {
    constructor(problem, status) {
      super(problem && problem.detail ? problem.detail : 'The server answered ' + status);
      this.status = status;
      this.code = problem && problem.code;
    }
  }

  async function getJson(path) {
    const response = await fetch(path, {headers: {Accept: 'application/json'}});
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(body, response.status);
    return body;
  }

  async function postJson(path, payload) {
    const response = await fetch(path, {
      method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify(payload),
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(body, response.status);
    return body;
  }

  const whole = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
  const decimal = new Intl.NumberFormat('en-US', {maximumFractionDigits: 1});
  const number = (value) => (value === null || value === undefined ? '–' : whole.format(value));
  const oneDecimal = (value) => (value === null || value === undefined ? '–' : decimal.format(value));
  const percent = (value) => (value === null || value === undefined ? '–' : (value > 0 ? '+' : '') + decimal.format(value) + '%');

  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];
  /** "2023-12" as "December 2023"; other labels as they are. */
  function monthName(label) {
    const match = /^(\d{4})-(\d{2})$/.exec(label || '');
    return match ? MONTHS[Number(match[2]) - 1] + ' ' + match[1] : label;
  }

  /** The fiscal year of a month label: October starts the next fiscal year. */
  function fiscalYear(label) {
    const [year, month] = label.split('-').map(Number);
    return month >= 10 ? year + 1 : year;
  }

  function addMonths(label, count) {
    const [year, month] = label.split('-').map(Number);
    const index = year * 12 + (month - 1) + count;
    return Math.floor(index / 12) + '-' + String((index % 12) + 1).padStart(2, '0');
  }

  /** Saves text or a data URL as a file, through a temporary link. */
  function download(name, content, type) {
    const url = content.startsWith && content.startsWith('data:') ? content
      : URL.createObjectURL(new Blob([content], {type: type || 'text/csv;charset=utf-8'}));
    const link = el('a', {href: url, download: name, class: 'hidden'});
    document.body.append(link);
    link.click();
    link.remove();
    if (!url.startsWith('data:')) setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** CSV text from rows of cells, quoting as RFC 4180 asks. */
  function csv(rows) {
    return rows.map((row) => row.map((cell) => {
      const text = cell === null || cell === undefined ? '' : String(cell);
      return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }).join(',')).join('\n') + '\n';
  }

  /** Marks the current page in the navigation. */
  function markNavigation() {
    for (const link of document.querySelectorAll('nav.site a')) {
      if (link.getAttribute('href') === location.pathname) link.setAttribute('aria-current', 'page');
    }
  }
  document.addEventListener('DOMContentLoaded', markNavigation);

  return {el, getJson, postJson, ApiError, number, oneDecimal, percent, monthName, fiscalYear, addMonths, download, csv};
})();
