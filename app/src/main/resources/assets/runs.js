// Live progress of a solving matching run (admin runs page): follows the run's server-sent events
// (GET /api/admin/matching/runs/{id}/events, event "status", data a LiveRun) and updates the progress bar.
// When the run ends it hides the run's Stop buttons and refreshes its row of the history from
// GET /api/admin/matching/runs/{id} (status, matched, unserved, the solution and figures links).
// Without JavaScript the page shows a refresh link instead (.no-js-only).
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  function m2(value, lang) {
    return value.toLocaleString(lang) + '\u00a0m²';
  }
  function statusWord(status, words) {
    var key = status === 'finished' ? 'data-done' : 'data-' + status;
    return words.getAttribute(key) || status;
  }
  function refreshRow(section, words, lang) {
    var id = section.getAttribute('data-run');
    Array.prototype.forEach.call(document.querySelectorAll('form.stop-run[data-run="' + id + '"]'), function (form) {
      form.hidden = true;
    });
    var row = document.getElementById('run-' + id);
    var api = section.getAttribute('data-api');
    if (!row || !api || typeof fetch === 'undefined') { return; }
    fetch(api, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (run) {
        if (!run) { return; }
        var status = row.querySelector('.row-status');
        status.textContent = statusWord(run.status, words);
        status.className = 'row-status status status-run-' + run.status;
        var matched = row.querySelector('.row-matched');
        if (run.matchedNeeds !== null && run.matchedNeeds !== undefined && run.totalNeeds !== null && run.totalNeeds !== undefined) {
          matched.textContent = matched.getAttribute('data-template').replace('{0}', run.matchedNeeds).replace('{1}', run.totalNeeds);
        }
        if (run.unservedM2 !== null && run.unservedM2 !== undefined) {
          row.querySelector('.row-unserved').textContent = m2(run.unservedM2, lang);
        }
        if (run.servedM2 !== null && run.servedM2 !== undefined) {
          row.querySelector('.row-solution').hidden = false;
          row.querySelector('.row-figures').hidden = false;
        }
      })
      .catch(function () { /* the refresh link still shows the row as it stands */ });
  }
  function follow(section) {
    var url = section.getAttribute('data-events');
    if (!url || typeof EventSource === 'undefined') { return; }
    var bar = section.querySelector('progress');
    var phase = section.querySelector('.run-phase');
    var best = section.querySelector('.run-best');
    var elapsed = section.querySelector('.run-elapsed');
    var status = section.querySelector('.run-status');
    var lang = document.documentElement.lang || 'nl';
    var source = new EventSource(url, { withCredentials: true });
    source.addEventListener('status', function (event) {
      var run = JSON.parse(event.data);
      var seconds = Math.floor(run.elapsedMillis / 1000);
      var percent = run.budgetSeconds > 0 ? Math.min(100, Math.round(run.elapsedMillis / 10 / run.budgetSeconds)) : 0;
      if (run.status !== 'solving') { percent = 100; }
      bar.value = percent;
      bar.textContent = percent + '%';
      phase.textContent = phase.getAttribute('data-' + run.phase) || run.phase;
      if (run.bestUnservedM2 !== null && run.bestUnservedM2 !== undefined) {
        best.textContent = m2(run.bestUnservedM2, lang);
      }
      elapsed.textContent = elapsed.getAttribute('data-template').replace('{0}', seconds).replace('{1}', run.budgetSeconds);
      if (run.status !== 'solving') {
        status.textContent = statusWord(run.status, status);
        section.classList.add('done');
        source.close();
        refreshRow(section, status, lang);
      }
    });
    source.onerror = function () {
      if (!section.classList.contains('done')) { section.classList.add('lost'); }
      source.close();
    };
  }
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.live-run[data-events]'), follow);
  });
})();
