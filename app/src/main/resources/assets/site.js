// Small helps on every page, none needed to use the site.
(function () {
  'use strict';

  // A form that came back with problems: take the reader to the summary above it (and screen readers read it).
  function focusProblem() {
    var summary = document.querySelector('#form-problem, #role-problem, #edit-conflict, #login-error');
    if (!summary) { return; }
    summary.setAttribute('tabindex', '-1');
    summary.scrollIntoView({ block: 'center' });
    summary.focus({ preventScroll: true });
  }

  // The language switch keeps the page as it is now, also after the search updated the address in place (htmx).
  function followAddress() {
    if (document.querySelector('ul.languages[data-kept]')) { return; } // a form's answer: the server kept it for the switch
    var here = window.location.pathname + window.location.search + window.location.hash;
    Array.prototype.forEach.call(document.querySelectorAll('ul.languages a[hreflang]'), function (a) {
      a.href = '/language/' + a.getAttribute('hreflang') + '?back=' + encodeURIComponent(here);
    });
  }

  // The search's filters are a drawer, closed as the page comes (a phone shows the results first); wider screens open it.
  function openFiltersOnWideScreens() {
    var drawer = document.getElementById('filters-drawer');
    if (drawer && window.matchMedia('(min-width: 721px)').matches) { drawer.open = true; }
  }

  document.addEventListener('DOMContentLoaded', function () { focusProblem(); followAddress(); openFiltersOnWideScreens(); });
  document.addEventListener('htmx:pushedIntoHistory', followAddress);
  document.addEventListener('htmx:replacedInHistory', followAddress);
  window.addEventListener('popstate', followAddress);
}());
