/**
 * Splits a string into words the way a POSIX shell would for plain words and quotes: a Compose
 * `command:`/`entrypoint:` (Compose does this too: docs.docker.com/reference/compose-file/services/#command)
 * and a line typed into the kubectl console. No expansion of variables or globs happens, as in Compose.
 */

/** `redis-server --dir "/tmp x"` → `['redis-server', '--dir', '/tmp x']`. Returns undefined on an unclosed quote. */
export function splitShellWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length && '"\\$`'.includes(text[i + 1] as string))
        word += text[++i];
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return undefined;
  if (inWord) words.push(word);
  return words;
}
