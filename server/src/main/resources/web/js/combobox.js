// A filter you can type into: a text box with a list of values that narrows as you type, matching
// names and the other names a value goes by ("Czech Republic" finds Czechia, "MX" finds Mexico).
// Follows the ARIA combobox pattern: arrow keys move, Enter chooses, Escape closes.
'use strict';

const Combobox = (() => {
  const {el} = Frontera;
  const key = (text) => String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');

  /**
   * Makes `input` a combobox over options [{value, name, aliases}]; '' is the "all" choice.
   * onChoose(value) runs when a value is chosen. Returns {set(value)} to show a value.
   */
  function attach(input, options, onChoose, allLabel) {
    const list = el('ul', {id: input.id + '-list', role: 'listbox', class: 'combobox-list hidden',
      'aria-label': input.getAttribute('aria-label') || 'Values'});
    input.after(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('spellcheck', 'false');
    const all = {value: '', name: allLabel || 'All', aliases: []};
    let shown = [];
    let active = -1;
    let current = '';

    function matches(text) {
      const wanted = key(text);
      if (!wanted) return [all, ...options];
      const scored = [];
      for (const option of options) {
        const names = [option.name, option.value, ...(option.aliases || [])].map(key);
        const score = names.some((n) => n === wanted) ? 0 : names.some((n) => n.startsWith(wanted)) ? 1
          : names.some((n) => n.includes(wanted)) ? 2 : -1;
        if (score >= 0) scored.push({option, score});
      }
      return scored.sort((a, b) => a.score - b.score || a.option.name.localeCompare(b.option.name)).map((s) => s.option);
    }

    function alias(option, text) {
      const wanted = key(text);
      if (!wanted || key(option.name).includes(wanted)) return null;
      return (option.aliases || []).find((a) => key(a).includes(wanted)) || null;
    }

    function render(text) {
      shown = matches(text).slice(0, 60);
      active = shown.length ? 0 : -1;
      list.replaceChildren(...shown.map((option, index) => {
        const other = alias(option, text);
        const item = el('li', {role: 'option', id: input.id + '-option-' + index, 'data-value': option.value,
          'aria-selected': index === active ? 'true' : 'false'}, option.name, other ? el('span', {class: 'muted'}, ' (' + other + ')') : null);
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(option);
        });
        return item;
      }));
      if (!shown.length) list.append(el('li', {class: 'muted', role: 'presentation'}, 'No value matches'));
      open(true);
      highlight();
    }

    function highlight() {
      [...list.querySelectorAll('[role=option]')].forEach((item, index) => {
        item.setAttribute('aria-selected', index === active ? 'true' : 'false');
        if (index === active) item.scrollIntoView({block: 'nearest'});
      });
      if (active >= 0) input.setAttribute('aria-activedescendant', input.id + '-option-' + active);
      else input.removeAttribute('aria-activedescendant');
    }

    function open(yes) {
      list.classList.toggle('hidden', !yes);
      input.setAttribute('aria-expanded', yes ? 'true' : 'false');
    }

    function set(value) {
      current = value || '';
      const option = options.find((o) => o.value === current);
      input.value = option ? option.name : current ? current : '';
      input.placeholder = allLabel || 'All';
      input.dataset.value = current;
    }

    function choose(option) {
      open(false);
      set(option.value);
      onChoose(option.value);
    }

    input.addEventListener('input', () => render(input.value));
    input.addEventListener('focus', () => input.select());
    input.addEventListener('blur', () => {
      open(false);
      set(current);
    });
    input.addEventListener('keydown', (event) => {
      const isOpen = input.getAttribute('aria-expanded') === 'true';
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (!isOpen) render('');
        else { active = Math.min(shown.length - 1, active + 1); highlight(); }
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        active = Math.max(0, active - 1);
        highlight();
      } else if (event.key === 'Enter' && isOpen && active >= 0) {
        event.preventDefault();
        choose(shown[active]);
      } else if (event.key === 'Escape') {
        open(false);
        set(current);
      }
    });
    return {set, input};
  }

  return {attach};
})();
