// asc-mods documentation site: the requirement filters and the search (with MiniSearch, copied beside it). Nothing fetched.
// Do not edit generated/docs: edit templates/docs and run `npm run mods -- generate`.
(function () {
  'use strict';

  // The requirement filters: by level and by authority, combined. A section none of whose rows is shown is hidden.
  var chosen = { level: '', authority: '' };
  var rows = document.querySelectorAll('#requirements tbody tr');
  var shown = document.getElementById('requirements-shown');
  document.querySelectorAll('.filter').forEach(function (filter) {
    filter.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-level], button[data-authority]');
      if (!button) return;
      var key = button.hasAttribute('data-level') ? 'level' : 'authority';
      chosen[key] = button.getAttribute('data-' + key);
      filter.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
      var count = 0;
      rows.forEach(function (row) {
        row.hidden = (chosen.level !== '' && row.getAttribute('data-level') !== chosen.level) || (chosen.authority !== '' && row.getAttribute('data-authority') !== chosen.authority);
        if (!row.hidden) count += 1;
      });
      document.querySelectorAll('#requirements section').forEach(function (section) {
        section.hidden = section.querySelector('tbody tr:not([hidden])') === null;
      });
      if (shown) shown.textContent = 'Showing ' + count + ' of ' + rows.length + ' requirements.';
    });
  });

  var input = document.getElementById('search-input');
  if (!input || !window.MODS_SEARCH || !window.MiniSearch) return;
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var index = window.MODS_SEARCH;
  var kinds = { c: 'class', e: 'element', v: 'code', g: 'glossary term' };
  var authorities = { published: 'published', modelled: 'modelled by asc-mods' };

  // Fuzzy search with MiniSearch (assets/minisearch.js, copied from its package at generation): every term matched
  // by its start or within a typo or two, names weighted above where they are. Terms are stemmed alike on both sides
  // (allergies, allergy and alergy meet), so a plural or a slip still finds the class.
  function stem(term) {
    var t = term.toLowerCase();
    if (t.length > 4 && /ies$/.test(t)) t = t.slice(0, -3) + 'i';
    else if (t.length > 3 && /s$/.test(t) && !/(ss|us)$/.test(t)) t = t.slice(0, -1);
    if (t.length > 3 && /y$/.test(t)) t = t.slice(0, -1) + 'i';
    return t;
  }
  var mini = new window.MiniSearch({
    idField: 'i',
    fields: ['t', 'n', 'd'],
    storeFields: ['t', 'k', 'h', 'd', 'a'],
    processTerm: stem,
    searchOptions: { prefix: true, fuzzy: 0.34, boost: { t: 3, n: 2, d: 0.5 }, combineWith: 'AND' },
  });
  mini.addAll(index.map(function (item, i) { return { i: i, t: item.t, n: item.n, k: item.k, h: item.h, d: item.d, a: item.a }; }));

  function run() {
    var query = input.value.trim();
    results.textContent = '';
    if (query.length < 2) { status.textContent = 'Type at least two characters.'; return; }
    var found = mini.search(query).slice(0, 50);
    status.textContent = found.length === 0 ? 'No match.' : found.length + (found.length === 50 ? '+' : '') + ' matches, the best first.';
    found.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = item.h;
      a.textContent = item.t;
      li.appendChild(a);
      li.appendChild(document.createTextNode(' — ' + kinds[item.k] + (item.d ? ' in ' + item.d : '') + (item.a ? ' (' + authorities[item.a] + ')' : '')));
      results.appendChild(li);
    });
  }

  input.addEventListener('input', run);
  document.getElementById('search-form').addEventListener('submit', function (event) { event.preventDefault(); run(); });
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) { input.value = q; run(); }
})();
