// Runs in <head> before the page paints (an external file: the CSP forbids inline scripts). Applies the
// saved theme, else the system's, and marks the page as having JavaScript so JS-only controls show.
(function () {
  var root = document.documentElement;
  var saved = null;
  try {
    saved = localStorage.getItem('faaslab-theme');
  } catch (e) {
    saved = null;
  }
  var dark = saved ? saved === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
  root.dataset.theme = dark ? 'dark' : 'light';
  root.classList.add('js');
})();
