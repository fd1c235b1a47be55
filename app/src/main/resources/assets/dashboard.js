// The fund dashboard, drawn from what the page already holds: the choropleth colours each region of the export
// (data-geojson) in the legend class its row of the table carries (data-band, data-withheld), so map, legend and
// table always agree; each chart is drawn from the table under it (data-value). Without script the tables remain.
(function () {
  'use strict';

  function rows(table) {
    var byCode = {};
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr[data-code]'), function (tr) {
      var cell = tr.querySelector('td');
      byCode[tr.getAttribute('data-code')] = {
        band: tr.getAttribute('data-band'), withheld: tr.getAttribute('data-withheld'),
        name: tr.querySelector('th').textContent.trim(), text: cell ? cell.textContent.trim() : ''
      };
    });
    return byCode;
  }

  function classOf(row) {
    if (!row) { return 'region-none'; }
    if (row.withheld) { return 'region-withheld'; }
    return row.band === null ? 'region-none' : 'region-band-' + row.band;
  }

  function choropleth(container) {
    var table = document.getElementById(container.getAttribute('data-table'));
    if (!table) { return; }
    var byCode = rows(table);
    var labelled = container.getAttribute('data-level') !== 'corop';
    var map = L.map(container, { zoomSnap: 0.5, attributionControl: true, scrollWheelZoom: false });
    map.attributionControl.setPrefix(false).addAttribution(container.getAttribute('data-attribution') || '');
    map.fitBounds([[50.75, 3.35], [53.55, 7.23]]);
    L.control.scale({ imperial: false }).addTo(map);
    // the provinces outside the reader's regions as plain outlines, so the regions sit in the country
    map.createPane('outlines').style.zIndex = 350;
    fetch('/map/regions/province').then(function (r) { return r.json(); }).then(function (geo) {
      L.geoJSON(geo, { style: { color: '#8a9aa1', weight: 0.8, fillColor: '#f6f8f9', fillOpacity: 1 }, interactive: false,
                       pane: 'outlines' }).addTo(map);
    });
    fetch(container.getAttribute('data-geojson'), { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        var layer = L.geoJSON(geo, {
          style: function (f) { return { className: classOf(byCode[f.id]), weight: 1, color: '#ffffff', fillOpacity: 1 }; },
          onEachFeature: function (f, shape) {
            var row = byCode[f.id];
            if (row) { shape.bindTooltip(row.name + ': ' + row.text, { sticky: true }); }
            // provinces and ROM areas are few enough to name on the map itself
            if (row && labelled) {
              shape.on('add', function () {
                L.tooltip({ permanent: true, direction: 'center', className: 'region-label', interactive: false })
                  .setLatLng(shape.getCenter()).setContent(row.name).addTo(map);
              });
            }
          }
        }).addTo(map);
        if (layer.getBounds().isValid()) { map.fitBounds(layer.getBounds(), { padding: [10, 10] }); }
        container.setAttribute('data-drawn', String(geo.features.length));
      });
  }

  function chart(box) {
    var table = document.getElementById(box.getAttribute('data-chart-table'));
    if (!table || typeof Chart === 'undefined') { return; }
    var labels = [];
    var values = [];
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (tr) {
      labels.push(tr.querySelector('th').textContent.trim());
      var v = tr.getAttribute('data-value');
      values.push(v === null || v === '' ? null : Number(v));
    });
    if (values.every(function (v) { return v === null; })) { box.setAttribute('data-empty', 'true'); return; }
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', box.getAttribute('data-chart-label') || '');
    box.appendChild(canvas);
    var teal = getComputedStyle(document.documentElement).getPropertyValue('--teal').trim() || '#0b5563';
    var numbers = new Intl.NumberFormat(document.documentElement.lang || 'nl');
    // bars across for parts of a whole, a line along time for a trend (data-chart-type="line")
    var line = box.getAttribute('data-chart-type') === 'line';
    var axis = line ? 'y' : 'x';
    var scales = {};
    scales[axis] = { beginAtZero: true, ticks: { callback: function (v) { return numbers.format(v); } } };
    new Chart(canvas, {
      type: line ? 'line' : 'bar',
      data: { labels: labels, datasets: [{ data: values, backgroundColor: teal, borderColor: teal, spanGaps: false }] },
      options: {
        indexAxis: line ? 'x' : 'y', responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { display: false },
                   tooltip: { callbacks: { label: function (c) { return numbers.format(c.parsed[axis]); } } } },
        scales: scales
      }
    });
    box.setAttribute('data-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L !== 'undefined') {
      Array.prototype.forEach.call(document.querySelectorAll('.map.choropleth[data-geojson]'), choropleth);
    }
    Array.prototype.forEach.call(document.querySelectorAll('.chart-box[data-chart-table]'), chart);
  });
}());
