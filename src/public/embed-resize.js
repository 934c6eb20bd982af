// Optional script for a page that embeds Crude Leverage: fits each embed's iframe to the height its view reports.
// Include it once, from the same site as the embed: <script src="https://…/embed-resize.js" async></script>
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  // Only the site this script came from may resize an iframe, and only an iframe that shows it.
  var siteOrigin = new URL(script.src, document.baseURI).origin;
  var MIN_HEIGHT_PX = 200;
  var MAX_HEIGHT_PX = 4000;
  window.addEventListener('message', function (event) {
    if (event.origin !== siteOrigin) return;
    var data = event.data;
    if (!data || data.type !== 'crude-leverage:embed-height') return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    height = Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.ceil(height)));
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
    }
  });
})();
