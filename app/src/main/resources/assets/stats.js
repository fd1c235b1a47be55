// Listing statistics (console/campus-statistics): one small line chart per unit, drawn from the table under it
// (data-value of each cell), so chart and table always agree; without script the tables remain. No inline script (CSP).
(function () {
  'use strict';
  // Distinct hues, dash patterns and point shapes, so the series stay apart for colour-blind readers too.
  var SERIES = {
    views: { color: '#0b5563', dash: [], point: 'circle' },
    appearances: { color: '#b35c00', dash: [6, 3], point: 'rect' },
    alerts: { color: '#5b3f99', dash: [2, 2], point: 'triangle' },
    enquiries: { color: '#1f7a1f', dash: [8, 3, 2, 3], point: 'rectRot' },
    proposals: { color: '#a3123a', dash: [1, 4], point: 'star' }
  };

  function chart(box) {
    var table = document.getElementById(box.getAttribute('data-chart-table'));
    if (!table || typeof Chart === 'undefined') { return; }
    var heads = table.querySelectorAll('thead th[data-series]');
    var rows = table.querySelectorAll('tbody tr');
    var labels = Array.prototype.map.call(rows, function (tr) { return tr.querySelector('th').textContent.trim(); });
    var datasets = Array.prototype.map.call(heads, function (th, i) {
      var style = SERIES[th.getAttribute('data-series')] || SERIES.views;
      return {
        label: th.textContent.trim(), borderColor: style.color, backgroundColor: style.color, borderDash: style.dash,
        pointStyle: style.point, pointRadius: 3, tension: 0,
        data: Array.prototype.map.call(rows, function (tr) { return Number(tr.querySelectorAll('td')[i].getAttribute('data-value')); })
      };
    });
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', box.getAttribute('data-chart-label') || '');
    box.appendChild(canvas);
    var numbers = new Intl.NumberFormat(document.documentElement.lang || 'nl');
    new Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, boxWidth: 8 } },
                   tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + numbers.format(c.parsed.y); } } } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0, callback: function (v) { return numbers.format(v); } } } }
      }
    });
    box.setAttribute('data-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.stats-chart[data-chart-table]'), chart);
  });
}());
