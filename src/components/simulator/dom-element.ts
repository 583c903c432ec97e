/** Builds DOM elements for the island without a framework: `element('button', { type: 'button' }, 'Play')`. */

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (strings; `true` for a bare attribute) and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Replaces the options of a <select>, keeping the chosen value when it still exists. */
export function setOptions(
  select: HTMLSelectElement,
  options: Array<{ value: string; label: string }>,
  empty: string,
): void {
  // Unchanged lists are left alone: rebuilding on every clock frame would close a list the student has open.
  const signature = JSON.stringify(options);
  if (select.dataset.options === signature) return;
  select.dataset.options = signature;
  const previous = select.value;
  select.replaceChildren(
    ...(options.length ? options : [{ value: '', label: empty }]).map((o) =>
      element('option', { value: o.value }, o.label),
    ),
  );
  if (options.some((o) => o.value === previous)) select.value = previous;
}
