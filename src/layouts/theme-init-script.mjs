// The theme script, inlined in every page's <head> so it runs before the first paint without a request of
// its own (an external file cost a render-blocking round trip). The CSP admits exactly this text by its
// SHA-256 hash (site-headers.mjs), so inline scripts stay forbidden: change a byte and the hash follows.
// Applies the saved theme, else the system's, and marks the page as having JavaScript (JS-only controls).
import { createHash } from 'node:crypto';

/** The script's text, byte for byte as it goes into the page. */
export const THEME_INIT_SCRIPT =
  "(function(){var r=document.documentElement,s=null;try{s=localStorage.getItem('faaslab-theme')}catch(e){}" +
  "var d=s?s==='dark':window.matchMedia('(prefers-color-scheme: dark)').matches;" +
  "r.dataset.theme=d?'dark':'light';r.classList.add('js')})();";

/** Its CSP source, `'sha256-…'` (base64 of the SHA-256 of the UTF-8 text, CSP Level 2 hash-source). */
export const THEME_INIT_CSP_HASH = `'sha256-${createHash('sha256').update(THEME_INIT_SCRIPT, 'utf8').digest('base64')}'`;
