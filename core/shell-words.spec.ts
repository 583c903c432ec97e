import { describe, expect, it } from 'vitest';
import { splitShellWords } from './shell-words.ts';

describe('splitShellWords', () => {
  it.each([
    ['redis-server --dir /tmp', ['redis-server', '--dir', '/tmp']],
    [`sh -c "echo 'hi there'"`, ['sh', '-c', "echo 'hi there'"]],
    [`echo 'a "b"' c\\ d`, ['echo', 'a "b"', 'c d']],
    [`printf ""`, ['printf', '']],
    ['  spaced   out  ', ['spaced', 'out']],
  ])('%s', (text, words) => {
    expect(splitShellWords(text)).toEqual(words);
  });

  it('refuses an unclosed quote', () => {
    expect(splitShellWords('echo "oops')).toBeUndefined();
  });
});
