// Small enhancements only: every page works without this file.
"use strict";

// Print buttons on printable pages (hidden without JavaScript, where the browser's menu works).
document.querySelectorAll(".js-print").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});

// The service worker caches the static files, so pages open quickly on a slow connection.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {});
  });
}
