/**
 * The search dialog's behaviour, loaded on the first opening: loads Pagefind's index for the page's
 * language (same origin, /pagefind/), searches as the student types, and lets arrow keys move through
 * the results. Excerpts come from our own index (Pagefind marks hits with <mark>).
 */

/** The part of Pagefind's browser API this file uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: Array<{ data(): Promise<PagefindData> }> } | null>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

const MAX_RESULTS = 8;

async function loadPagefind(): Promise<Pagefind> {
  // A runtime URL, not a module of the build: Pagefind writes it after `astro build`.
  const url = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.init();
  return pagefind;
}

/** Wires the input, the results list and the keyboard inside the dialog. */
export async function setUpSearchDialog(dialog: HTMLDialogElement): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
  if (!input || !status || !list) return;
  const msg = (name: string, query = '', count = 0): string =>
    (dialog.dataset[name] ?? '').replace('{query}', query).replace('{count}', String(count));

  input.focus();
  status.textContent = msg('msgLoading');
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch (error) {
    console.error('Pagefind could not load', error);
    status.textContent = msg('msgUnavailable');
    return;
  }
  status.textContent = '';

  const search = async (): Promise<void> => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await pagefind.debouncedSearch(query);
    if (!found || query !== input.value.trim()) return; // a newer keystroke took over
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    list.replaceChildren(...data.map(renderResult));
    // "1 result" / "1 resultado": the singular form by the page's plural rules.
    const one =
      new Intl.PluralRules(document.documentElement.lang || 'es').select(found.results.length) === 'one';
    status.textContent = data.length
      ? msg(one ? 'msgCountOne' : 'msgCount', query, found.results.length)
      : msg('msgNone', query);
  };
  input.addEventListener('input', () => void search());
  if (input.value) void search();

  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    if (links.length === 0) return;
    event.preventDefault();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : index - 1;
    (next < 0 ? input : links[next])?.focus();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
}

function renderResult(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  excerpt.innerHTML = data.excerpt; // Pagefind's own excerpt of our page, with <mark> around hits
  link.append(title, excerpt);
  item.append(link);
  return item;
}
