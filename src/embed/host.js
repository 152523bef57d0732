/*! Exercise card embeds: turns <div data-carryover-exercise="slug"> into a card and sizes every card to its content. */
(function () {
  var SITE_NAME = "__SITE_NAME__"; // the site's name, put in when served
  var script = document.currentScript;
  var origin = new URL(script ? script.src : '/', location.href).origin;
  function mount(el) {
    var slug = el.getAttribute('data-carryover-exercise') || '';
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 80) return;
    var theme = el.getAttribute('data-theme');
    var frame = document.createElement('iframe');
    frame.src = origin + '/embed/exercises/' + slug + '/' + (theme === 'light' || theme === 'dark' ? '?theme=' + theme : '');
    frame.title = 'Exercise card from ' + SITE_NAME;
    frame.width = '480';
    frame.height = '560';
    frame.loading = 'lazy';
    frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    frame.style.cssText = 'border:0;width:100%;max-width:720px;display:block';
    el.removeAttribute('data-carryover-exercise');
    el.appendChild(frame);
  }
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'carryover:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    // Sandboxed cards have an opaque origin, so trust the sender only if it is one of our frames.
    var all = document.querySelectorAll('iframe');
    for (var i = 0; i < all.length; i++) {
      var frame = all[i];
      if (frame.contentWindow === event.source && frame.src.indexOf(origin + '/embed/') === 0) {
        frame.style.height = Math.min(Math.max(Math.round(data.height), 80), 4000) + 'px';
      }
    }
  });
  var found = document.querySelectorAll('[data-carryover-exercise]');
  for (var i = 0; i < found.length; i++) mount(found[i]);
})();
