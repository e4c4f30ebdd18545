// asc-mods documentation site: the requirement filters and the search. No dependencies, nothing fetched.
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
  if (!input || !window.MODS_SEARCH) return;
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var index = window.MODS_SEARCH;
  var kinds = { c: 'class', e: 'element', v: 'code', g: 'glossary term' };
  var authorities = { published: 'published', modelled: 'modelled by asc-mods' };

  function run() {
    var query = input.value.trim().toLowerCase();
    results.textContent = '';
    if (query.length < 2) { status.textContent = 'Type at least two characters.'; return; }
    var found = [];
    for (var i = 0; i < index.length && found.length < 50; i += 1) {
      var item = index[i];
      if (item.t.toLowerCase().indexOf(query) !== -1 || item.n.toLowerCase().indexOf(query) !== -1) found.push(item);
    }
    status.textContent = found.length === 0 ? 'No match.' : found.length + (found.length === 50 ? '+' : '') + ' matches.';
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
