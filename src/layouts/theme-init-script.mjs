// The theme script, inlined in every page's <head> so it runs before the first paint without a request of
// its own (an external file cost a render-blocking round trip). The CSP admits exactly this text by its
// SHA-256 hash (site-headers.mjs), so inline scripts stay forbidden: change a byte and the hash follows.
// Applies the saved theme, else the system's, and marks the page as having JavaScript (JS-only controls).
// It also starts the page's own scripts (the shared chrome, each island's loader) after the first paint:
// the build writes them as `<script type="faaslab/after-paint" data-src=…>` (scripts/after-paint-scripts-
// integration.mjs), which a browser neither fetches nor runs, and once the document is parsed and a frame
// has been painted this script puts a module script with that src in each one's place, in document order.
// So no script request or evaluation competes with the first paint (on a phone, or in Lighthouse's model,
// which counts every request that finished before it). A page opened in a hidden tab paints nothing until
// shown, so there (and in a tab hidden before its first frame) the scripts start as soon as the document is
// parsed. The `load` event may come before the first paint, so whoever needs the page's scripts to have run
// waits for `html[data-scripts]` (`ready`, or `failed` when one of them failed to load).
import { createHash } from 'node:crypto';

/** The `type` the build gives a page's scripts so they wait for the first paint. */
export const AFTER_PAINT_TYPE = 'faaslab/after-paint';

/** The script's text, byte for byte as it goes into the page. */
export const THEME_INIT_SCRIPT =
  "(function(){var r=document.documentElement,s=null;try{s=localStorage.getItem('faaslab-theme')}catch(e){}" +
  "var d=s?s==='dark':window.matchMedia('(prefers-color-scheme: dark)').matches;" +
  "r.dataset.theme=d?'dark':'light';r.classList.add('js');" +
  // A reload or a history step restores the old scroll offset: lesson text skipped until near the viewport
  // (prose.css) would come back at its placeholder heights, so the same offset would show other text.
  // Such a visit is marked, and nothing is skipped on it.
  "try{var t=performance.getEntriesByType('navigation')[0];" +
  "if(t&&(t.type==='reload'||t.type==='back_forward'))r.dataset.restored=''}catch(e){}" +
  // Two conditions (parsed, painted); the second to arrive swaps every placeholder for a module script,
  // in order; when each has run (or failed) the page is marked `data-scripts="ready"`, or `"failed"` when one
  // failed to load (then CSS brings back the readable fallbacks of islands no loader armed).
  'var n=0,f=0;function go(){if(++n!==2)return;var k=1;' +
  "function done(){if(!--k)r.dataset.scripts=f?'failed':'ready'}" +
  `document.querySelectorAll('script[type="${AFTER_PAINT_TYPE}"]').forEach(function(p){` +
  "var e=document.createElement('script');e.type='module';e.async=false;e.src=p.dataset.src;" +
  'e.onload=done;e.onerror=function(){f=1;done()};k++;p.replaceWith(e)});done()}' +
  // Painted means the first contentful paint is on screen: Paint Timing reports its entry once the frame
  // has been presented (its time is the presentation time, which Lighthouse takes as FCP and, on a lesson
  // whose lead paragraph is the largest text, LCP). A task queued from requestAnimationFrame runs once the
  // frame is produced but may come well before it is presented, so a script fetched from there could
  // finish first and count, in Lighthouse's model, as needed for the LCP (kubernetes: LCP 0.1–0.24 s after
  // FCP); it stays the way where Paint Timing is missing. A tab hidden before that frame paints nothing until shown: going hidden
  // counts as painted (once), so its scripts still start.
  'var v=0;function painted(){if(!v){v=1;go()}}' +
  "if(document.visibilityState==='visible'){var P=window.PerformanceObserver;" +
  "if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0)new P(function(l,o){" +
  "if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();painted()}})" +
  ".observe({type:'paint',buffered:true});else requestAnimationFrame(function(){setTimeout(painted)});" +
  "document.addEventListener('visibilitychange',function(){if(document.visibilityState==='hidden')painted()});" +
  // Should the first contentful paint never be reported on a visible page, the scripts start 3 s after
  // the document is parsed rather than never.
  "document.addEventListener('DOMContentLoaded',function(){setTimeout(painted,3e3)})}" +
  'else painted();' +
  "document.addEventListener('DOMContentLoaded',go)})();";

/** Its CSP source, `'sha256-…'` (base64 of the SHA-256 of the UTF-8 text, CSP Level 2 hash-source). */
export const THEME_INIT_CSP_HASH = `'sha256-${createHash('sha256').update(THEME_INIT_SCRIPT, 'utf8').digest('base64')}'`;
