// Live progress of a solving matching run (admin runs page): follows the run's server-sent events
// (GET /api/admin/matching/runs/{id}/events, event "status", data a LiveRun) and updates the progress bar.
// Without JavaScript the page shows a refresh link instead (.no-js-only).
(function () {
  'use strict';
  document.documentElement.classList.add('js');
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
      phase.textContent = run.phase;
      if (run.bestUnservedM2 !== null && run.bestUnservedM2 !== undefined) {
        best.textContent = run.bestUnservedM2.toLocaleString(lang) + '\u00a0m²';
      }
      elapsed.textContent = elapsed.getAttribute('data-template').replace('{0}', seconds).replace('{1}', run.budgetSeconds);
      if (run.status !== 'solving') {
        status.textContent = run.status === 'finished' ? status.getAttribute('data-done') : run.status;
        section.classList.add('done');
        source.close();
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
