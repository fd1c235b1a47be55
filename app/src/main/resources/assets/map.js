// Maps without internet: Leaflet with no tile layer, the CBS province outlines (COROP when zoomed in) served by
// the app, and points read from the plain list next to the map (data-lat, data-lon), so list and map always agree.
(function () {
  'use strict';

  function outlines(map) {
    // outlines in a pane of their own under the markers, whenever they finish loading
    map.createPane('outlines').style.zIndex = 350;
    var provinces = L.layerGroup().addTo(map);
    var corops = L.layerGroup();
    function load(kind, layer, style) {
      fetch('/map/regions/' + kind).then(function (r) { return r.json(); }).then(function (geo) {
        L.geoJSON(geo, { style: style, interactive: false, pane: 'outlines' }).addTo(layer);
      });
    }
    load('province', provinces, { color: '#0b5563', weight: 1.5, fillColor: '#ffffff', fillOpacity: 0.9 });
    load('corop', corops, { color: '#6b8b94', weight: 0.8, dashArray: '3 3', fill: false });
    function zoomed() {
      if (map.getZoom() >= 9) { corops.addTo(map); } else { map.removeLayer(corops); }
    }
    map.on('zoomend', zoomed);
  }

  function points(container) {
    var list = document.getElementById(container.getAttribute('data-list'));
    if (!list) { return []; }
    return Array.prototype.map.call(list.querySelectorAll('[data-lat]'), function (el) {
      return { lat: parseFloat(el.getAttribute('data-lat')), lon: parseFloat(el.getAttribute('data-lon')),
               label: el.getAttribute('data-label'), href: el.getAttribute('data-href'),
               only: el.getAttribute('data-only'), onlyLabel: el.getAttribute('data-only-label'),
               size: parseFloat(el.getAttribute('data-size') || '0') };
    });
  }

  function draw(container) {
    var map = L.map(container, { zoomSnap: 0.5, attributionControl: true, scrollWheelZoom: false });
    map.attributionControl.setPrefix(false).addAttribution(container.getAttribute('data-attribution') || '');
    map.fitBounds([[50.75, 3.35], [53.55, 7.23]]);
    outlines(map);
    var layer = L.layerGroup().addTo(map);
    drawn.push({ container: container, map: map, layer: layer });
    mark(container, map, layer);
  }

  // the markers of the list next to the map; again whenever the list is replaced (search filters, htmx)
  function mark(container, map, layer) {
    layer.clearLayers();
    var found = points(container);
    var seen = {};
    var bounds = [];
    found.forEach(function (p) {
      var key = p.lat + ',' + p.lon;
      if (seen[key]) { return; }
      seen[key] = true;
      bounds.push([p.lat, p.lon]);
      var radius = 6 + Math.min(14, Math.sqrt(p.size || 0) / 6);
      var marker = L.circleMarker([p.lat, p.lon], { radius: radius, color: '#ffffff', weight: 1.5,
        fillColor: '#0b5563', fillOpacity: 0.85 }).addTo(layer);
      // the campus's page, and (on the search page) this search kept to the campus: the list follows the marker
      var popup = document.createElement('div');
      var link = document.createElement('a');
      link.href = p.href; link.textContent = p.label;
      popup.appendChild(link);
      if (p.only) {
        var only = document.createElement('a');
        only.href = p.only; only.textContent = p.onlyLabel || p.only;
        only.className = 'only-campus';
        popup.appendChild(document.createElement('br'));
        popup.appendChild(only);
      }
      marker.bindPopup(popup);
      marker.bindTooltip(p.label);
    });
    if (container.hasAttribute('data-zoom-to-points') && bounds.length > 0) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9 });
    }
  }

  var drawn = [];

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') { return; }
    Array.prototype.forEach.call(document.querySelectorAll('.map[data-list]'), draw);
  });
  document.addEventListener('htmx:afterSettle', function () {
    drawn.forEach(function (d) { mark(d.container, d.map, d.layer); });
  });
}());
