/*! Exercise card embeds: turns <div data-carryover-exercise="slug"> into a card and sizes every card to its content. */
(function () {
  var SITE_NAME = "__SITE_NAME__"; // the site's name, put in when served
  var script = document.currentScript;
  var origin = new URL(script ? script.src : '/', location.href).origin;
  // What bloggers paste: a slug, often with stray spaces or capitals, or the exercise page's whole address.
  function slugOf(value) {
    var text = value.replace(/^\s+|\s+$/g, '').toLowerCase();
    var inAddress = /\/exercises\/([^\/?#]+)\/?(?:[?#].*)?$/.exec(text);
    return inAddress ? inAddress[1] : text;
  }
  function mount(el) {
    var slug = slugOf(el.getAttribute('data-carryover-exercise') || '');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 80) {
      // The console names the placeholder, never the page: nothing pasted is written into it.
      if (window.console) console.warn(SITE_NAME + ' embed: data-carryover-exercise should be an exercise\'s slug, such as "goblet-squat", or its page\'s address.', el);
      return;
    }
    var theme = el.getAttribute('data-theme');
    var frame = document.createElement('iframe');
    frame.src = origin + '/embed/exercises/' + slug + '/' + (theme === 'light' || theme === 'dark' ? '?theme=' + theme : '');
    frame.title = 'Exercise card from ' + SITE_NAME; // named after its exercise once the card says which
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
        frame.style.height = Math.min(Math.max(Math.round(data.height), 40), 4000) + 'px';
        if (typeof data.name === 'string' && data.name.length <= 120) frame.title = data.name + ': exercise card from ' + SITE_NAME;
      }
    }
  });
  var found = document.querySelectorAll('[data-carryover-exercise]');
  for (var i = 0; i < found.length; i++) mount(found[i]);
})();
