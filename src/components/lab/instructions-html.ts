/**
 * A lab's instructions (a small Markdown subset: paragraphs, `- ` lists whose items may go on over lines
 * indented by two spaces, fenced code, `inline code`, **bold**)
 * as HTML, at build time. Lab text is ours, but everything is escaped anyway.
 */

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

/** Renders the subset; unknown syntax stays as text. */
export function instructionsHtml(markdown: string): string {
  const html: string[] = [];
  const lines = markdown.split('\n');
  let paragraph: string[] = [];
  let items: string[][] = [];
  const endParagraph = (): void => {
    if (paragraph.length) html.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
    if (items.length)
      html.push(`<ul>${items.map((item) => `<li>${inline(item.join(' '))}</li>`).join('')}</ul>`);
    items = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      endParagraph();
      const code: string[] = [];
      while (i + 1 < lines.length && !/^```\s*$/.test(lines[i + 1] ?? '')) code.push(lines[++i] ?? '');
      i++;
      const lang = fence[1] ? ` data-lang="${escapeHtml(fence[1])}"` : '';
      // tabindex: a long command scrolls sideways on a phone, and keyboard users must be able to scroll it.
      html.push(`<pre tabindex="0"${lang}><code>${escapeHtml(code.join('\n'))}</code></pre>`);
    } else if (line.trim() === '') endParagraph();
    else if (/^- /.test(line)) {
      if (paragraph.length) endParagraph();
      items.push([line.slice(2).trim()]);
    } else if (items.length && /^ {2}\S/.test(line)) items.at(-1)!.push(line.trim());
    else {
      if (items.length) endParagraph();
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  return html.join('\n');
}
