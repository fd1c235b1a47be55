// Maps without internet: Leaflet with no tile layer, the CBS province outlines (COROP when zoomed in) served by
// the app, and points read from the plain list next to the map (data-lat, data-lon), so list and map always agree.
// A map tells where things are: province and town names (a name that would cover another is left out), a scale
// bar, a legend, campus circles whose area is the lab m² on offer, and campuses close together set apart around
// their common place with a line to their own point, so none hides another. Markers are keyboard-reachable
// buttons named after the campus, its town and its lab m². The words come from the page (#map-words).
(function () {
  'use strict';

  var TEAL = '#0b5563';
  var GAP = 3;            // px between circles set apart
  var MIN_RADIUS = 4;     // px: a campus with nothing on offer is still findable
  var MAX_RADIUS = 14;    // px: the largest offer on a map; the circle's area is proportional to the lab m²

  function radiusOf(m2, largest) {
    return m2 > 0 ? Math.max(MIN_RADIUS + 1, MAX_RADIUS * Math.sqrt(m2 / largest)) : MIN_RADIUS;
  }

  function words() {
    var el = document.getElementById('map-words');
    return el ? el.dataset : {};
  }

  function fill(pattern, values) {
    return (pattern || '').replace(/\{(\d)\}/g, function (m, i) { return values[Number(i)]; });
  }

  var numbers = new Intl.NumberFormat(document.documentElement.lang || 'nl');
  function m2(n) { return numbers.format(n) + ' m²'; }

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
    load('province', provinces, { color: TEAL, weight: 1.5, fillColor: '#ffffff', fillOpacity: 0.9 });
    load('corop', corops, { color: '#6b8b94', weight: 0.8, dashArray: '3 3', fill: false });
    function zoomed() {
      if (map.getZoom() >= 9) { corops.addTo(map); } else { map.removeLayer(corops); }
    }
    map.on('zoomend', zoomed);
  }

  // Province names at the CBS label points; they give way to town names and markers (declutter).
  function provinceNames(d) {
    fetch('/assets/province-labels.json').then(function (r) { return r.json(); }).then(function (data) {
      d.provinceLabels = data.provinces.map(function (p) {
        return L.tooltip({ permanent: true, direction: 'center', className: 'map-label province-label', interactive: false })
          .setLatLng([p.lat, p.lon]).setContent(p.name);
      });
      layout(d);
    });
  }

  // One point per campus: a search lists units, so a campus's lab m² is the sum of its listed units.
  function points(container) {
    var list = document.getElementById(container.getAttribute('data-list'));
    if (!list) { return []; }
    var byPlace = {};
    var found = [];
    Array.prototype.forEach.call(list.querySelectorAll('[data-lat]'), function (el) {
      var key = el.getAttribute('data-lat') + ',' + el.getAttribute('data-lon');
      var size = parseFloat(el.getAttribute('data-size') || '0');
      if (byPlace[key]) { byPlace[key].size += size; byPlace[key].units += 1; return; }
      var p = { lat: parseFloat(el.getAttribute('data-lat')), lon: parseFloat(el.getAttribute('data-lon')),
                label: el.getAttribute('data-label'), town: el.getAttribute('data-town') || el.getAttribute('data-label'),
                href: el.getAttribute('data-href'), only: el.getAttribute('data-only'),
                onlyLabel: el.getAttribute('data-only-label'), size: size, units: 1 };
      byPlace[key] = p;
      found.push(p);
    });
    return found;
  }

  function draw(container) {
    var map = L.map(container, { zoomSnap: 0.5, attributionControl: true, scrollWheelZoom: false });
    map.attributionControl.setPrefix(false).addAttribution(container.getAttribute('data-attribution') || '');
    map.fitBounds([[50.75, 3.35], [53.55, 7.23]]);
    L.control.scale({ imperial: false, maxWidth: 120 }).addTo(map);
    outlines(map);
    var d = { container: container, map: map, markers: L.layerGroup().addTo(map), lines: L.layerGroup().addTo(map),
              labels: L.layerGroup().addTo(map), entries: [], provinceLabels: [] };
    drawn.push(d);
    provinceNames(d);
    mark(d);
    map.on('zoomend', function () { layout(d); });
    map.on('moveend resize', function () { declutter(d); });
    // the page may still be settling its layout: fit again once it has, unless the reader has moved the map
    window.addEventListener('load', function () {
      map.invalidateSize();
      if (!d.moved) { fit(d); }
    });
    map.on('dragstart', function () { d.moved = true; });
  }

  // the markers of the list next to the map; again whenever the list is replaced (search filters, htmx)
  function mark(d) {
    d.markers.clearLayers();
    var w = words();
    var found = points(d.container);
    var largest = Math.max.apply(null, found.map(function (p) { return p.size; }).concat([1]));
    d.largest = largest;
    d.entries = found.map(function (p) { return entry(p, w, largest); });
    d.entries.forEach(function (e) { e.marker.addTo(d.markers); name(e); });
    fit(d);
    legend(d, w);
    layout(d);
  }

  function fit(d) {
    var found = d.entries.map(function (e) { return [e.p.lat, e.p.lon]; });
    if (d.container.hasAttribute('data-zoom-to-points') && found.length > 0) {
      d.map.fitBounds(found, { padding: [40, 40], maxZoom: 9 });
    } else {
      d.map.fitBounds([[50.75, 3.35], [53.55, 7.23]]);
    }
  }

  function entry(p, w, largest) {
    var r = radiusOf(p.size, largest);
    var icon = L.divIcon({ className: 'campus-marker' + (p.size > 0 ? '' : ' campus-marker-none'),
                           iconSize: [2 * r, 2 * r], html: '' });
    var marker = L.marker([p.lat, p.lon], { icon: icon, keyboard: true, riseOnHover: true });
    // the campus's page, and (on the search page) this search kept to the campus: the list follows the marker
    var popup = document.createElement('div');
    var link = document.createElement('a');
    link.href = p.href; link.textContent = p.label;
    popup.appendChild(link);
    var size = document.createElement('p');
    size.textContent = p.size > 0 ? fill(w.offer, [m2(p.size)]) : (w.none || '');
    popup.appendChild(size);
    if (p.only) {
      var only = document.createElement('a');
      only.href = p.only; only.textContent = p.onlyLabel || p.only;
      only.className = 'only-campus';
      popup.appendChild(only);
    }
    marker.bindPopup(popup);
    var title = p.size > 0 ? fill(w.markerName, [p.label, p.town, m2(p.size)]) : fill(w.markerNone, [p.label, p.town]);
    return { p: p, r: r, marker: marker, title: title };
  }

  // Leaflet makes a keyboard marker a focusable button; its name is the campus, its town and its lab m².
  function name(e) {
    var el = e.marker.getElement();
    if (!el) { return; }
    el.setAttribute('aria-label', e.title);
    el.setAttribute('data-m2', String(e.p.size));
    el.setAttribute('data-campus', e.p.label);
    el.style.width = (2 * e.r) + 'px';
    el.style.height = (2 * e.r) + 'px';
  }

  // Circles that would touch push each other apart (a few dozen rounds of pairwise pushes, each by half the
  // overlap), so each moves only as far as it must; a circle moved from its point gets a line to it. Then the town
  // names, then every name that would cover another is hidden.
  function layout(d) {
    var map = d.map;
    d.lines.clearLayers();
    var items = d.entries.map(function (e) {
      var at = map.latLngToLayerPoint([e.p.lat, e.p.lon]);
      return { e: e, at: at, x: at.x, y: at.y };
    });
    apart(items);
    items.forEach(function (it) {
      var moved = Math.sqrt(Math.pow(it.x - it.at.x, 2) + Math.pow(it.y - it.at.y, 2));
      var placed = moved < 0.5 ? L.latLng(it.e.p.lat, it.e.p.lon) : map.layerPointToLatLng(L.point(it.x, it.y));
      it.e.marker.setLatLng(placed);
      it.e.reach = moved + it.e.r;
      if (moved >= 0.5) {
        L.polyline([[it.e.p.lat, it.e.p.lon], placed], { color: TEAL, weight: 1, interactive: false }).addTo(d.lines);
        L.circleMarker([it.e.p.lat, it.e.p.lon], { radius: 2, color: TEAL, weight: 1, fillColor: TEAL, fillOpacity: 1,
                                                  interactive: false }).addTo(d.lines);
      }
    });
    townNames(d);
    declutter(d);
  }

  function apart(items) {
    for (var round = 0; round < 60; round++) {
      var pushed = false;
      for (var i = 0; i < items.length; i++) {
        for (var j = i + 1; j < items.length; j++) {
          var a = items[i]; var b = items[j];
          var dx = b.x - a.x; var dy = b.y - a.y;
          var dist = Math.sqrt(dx * dx + dy * dy);
          var need = a.e.r + b.e.r + GAP;
          if (dist >= need) { continue; }
          if (dist < 0.01) { dx = Math.cos(i + j); dy = Math.sin(i + j); dist = 1; }
          var push = (need - dist) / 2 + 0.1;
          a.x -= dx / dist * push; a.y -= dy / dist * push;
          b.x += dx / dist * push; b.y += dy / dist * push;
          pushed = true;
        }
      }
      if (!pushed) { return; }
    }
  }

  // One name per town, right of its campuses (beyond the ring when they are set apart); bigger offers first.
  function townNames(d) {
    d.labels.clearLayers();
    var towns = {};
    d.entries.forEach(function (e) {
      var t = towns[e.p.town] = towns[e.p.town] || { name: e.p.town, lat: 0, lon: 0, n: 0, size: 0, reach: 0 };
      t.lat += e.p.lat; t.lon += e.p.lon; t.n += 1; t.size += e.p.size;
      t.reach = Math.max(t.reach, e.reach || e.r);
    });
    d.townLabels = Object.keys(towns).map(function (k) { return towns[k]; })
      .sort(function (a, b) { return b.size - a.size || a.name.localeCompare(b.name); })
      .map(function (t) {
        var label = L.tooltip({ permanent: true, direction: 'right', offset: [t.reach + 2, 0], interactive: false,
                                className: 'map-label town-label' })
          .setLatLng([t.lat / t.n, t.lon / t.n]).setContent(t.name).addTo(d.labels);
        label.reach = t.reach;
        label.town = t.name;
        return label;
      });
    d.provinceLabels.forEach(function (l) { l.addTo(d.labels); });
  }

  // Names never cover each other: in order (towns by offer, then provinces) a name is shown only when it overlaps
  // no name already shown and no other town's circle; a town's name tries the right, left, top and bottom of its
  // campuses. A province name also gives way to every circle. Zoomed in far, provinces go unnamed.
  function declutter(d) {
    var shown = [];
    var circles = d.entries.map(function (e) {
      var el = e.marker.getElement();
      return el ? { town: e.p.town, b: box(el, 0) } : null;
    }).filter(Boolean);
    function clashes(b, town) {
      return shown.some(function (s) { return overlaps(b, s); }) ||
        circles.some(function (c) { return c.town !== town && overlaps(b, c.b); });
    }
    (d.townLabels || []).forEach(function (l) {
      var el = l.getElement();
      if (!el) { return; }
      el.classList.remove('map-label-hidden');
      var reach = l.reach + 2;
      var sides = [['right', [reach, 0]], ['left', [-reach, 0]], ['top', [0, -reach]], ['bottom', [0, reach]]];
      for (var i = 0; i < sides.length; i++) {
        l.options.direction = sides[i][0];
        l.options.offset = sides[i][1];
        l.update();
        var b = box(el, 2);
        if (!clashes(b, l.town)) { shown.push(b); return; }
      }
      el.classList.add('map-label-hidden');
    });
    var provincesShown = d.map.getZoom() <= 9;
    d.provinceLabels.forEach(function (l) {
      var el = l.getElement();
      if (!el) { return; }
      el.classList.remove('map-label-hidden');
      var b = box(el, 2);
      if (!provincesShown || clashes(b, null)) { el.classList.add('map-label-hidden'); } else { shown.push(b); }
    });
  }

  function box(el, pad) {
    var r = el.getBoundingClientRect();
    return { l: r.left - pad, t: r.top - pad, r: r.right + pad, b: r.bottom + pad };
  }

  function overlaps(a, b) {
    return a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
  }

  // Under the map: what a circle's size means (three sizes from this map's own range), the empty circle, the line
  // of a campus set apart, and the two kinds of boundary.
  function legend(d, w) {
    var box = d.legend;
    if (!box) {
      box = d.legend = document.createElement('div');
      box.className = 'map-legend';
      box.id = d.container.id + '-legend';
      d.container.parentNode.insertBefore(box, d.container.nextSibling);
    }
    box.textContent = '';
    var heading = document.createElement('p');
    heading.className = 'map-legend-heading';
    heading.textContent = w.legendHeading || '';
    box.appendChild(heading);
    var list = document.createElement('ul');
    sizes(d.entries.map(function (e) { return e.p.size; })).forEach(function (s) {
      item(list, 'legend-circle', radiusOf(s, d.largest), m2(s));
    });
    if (d.entries.some(function (e) { return e.p.size === 0; })) { item(list, 'legend-circle legend-none', MIN_RADIUS, w.none); }
    if (d.entries.length > 1) { item(list, 'legend-line', 0, w.legendSpread); }
    item(list, 'legend-province', 0, w.legendProvince);
    item(list, 'legend-corop', 0, w.legendCorop);
    box.appendChild(list);
  }

  function item(list, kind, r, text) {
    var li = document.createElement('li');
    var symbol = document.createElement('span');
    symbol.className = 'legend-symbol ' + kind;
    symbol.setAttribute('aria-hidden', 'true');
    if (r > 0) { symbol.style.width = (2 * r) + 'px'; symbol.style.height = (2 * r) + 'px'; }
    li.appendChild(symbol);
    var words = document.createElement('span');
    words.textContent = text || '';
    li.appendChild(words);
    list.appendChild(li);
  }

  // Round sizes a reader can compare: the largest on the map rounded down, and a quarter and a sixteenth of it.
  function sizes(values) {
    var max = Math.max.apply(null, values.concat([0]));
    if (max <= 0) { return []; }
    var nice = function (v) { var p = Math.pow(10, Math.floor(Math.log10(v))); return Math.max(10, Math.floor(v / p) * p); };
    var out = [nice(max), nice(max / 4), nice(max / 16)];
    return out.filter(function (v, i) { return out.indexOf(v) === i && (i === 0 || v < out[0]); });
  }

  var drawn = [];

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') { return; }
    Array.prototype.forEach.call(document.querySelectorAll('.map[data-list]'), draw);
  });
  document.addEventListener('htmx:afterSettle', function () {
    drawn.forEach(mark);
  });
}());
