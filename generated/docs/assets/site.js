// asc-mods documentation site: the requirements filter and the search. No dependencies, nothing fetched.
// Do not edit generated/docs: edit templates/docs and run `npm run mods -- generate`.
(function () {
  'use strict';

  var filter = document.querySelector('.filter');
  if (filter) {
    filter.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-level]');
      if (!button) return;
      var level = button.getAttribute('data-level');
      filter.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
      document.querySelectorAll('#requirements tbody tr').forEach(function (row) {
        row.hidden = level !== '' && row.getAttribute('data-level') !== level;
      });
    });
  }

  var input = document.getElementById('search-input');
  if (!input || !window.MODS_SEARCH) return;
  var results = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var index = window.MODS_SEARCH;
  var kinds = { c: 'class', e: 'element', v: 'code', g: 'glossary term' };

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
      li.appendChild(document.createTextNode(' — ' + kinds[item.k] + (item.d ? ' in ' + item.d : '')));
      results.appendChild(li);
    });
  }

  input.addEventListener('input', run);
  document.getElementById('search-form').addEventListener('submit', function (event) { event.preventDefault(); run(); });
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) { input.value = q; run(); }
})();
