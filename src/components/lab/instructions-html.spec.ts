import { describe, expect, it } from 'vitest';
import { instructionsHtml } from './instructions-html.ts';

describe('instructionsHtml', () => {
  it('joins paragraph lines and renders inline code and bold', () => {
    expect(instructionsHtml('Use `event.body`\nwith **care**.\n\nNext.')).toBe(
      '<p>Use <code>event.body</code> with <strong>care</strong>.</p>\n<p>Next.</p>',
    );
  });

  it('keeps fenced code verbatim and escaped', () => {
    expect(instructionsHtml('Run:\n```sh\ncurl -d "<it\'s>"\n```\nDone')).toBe(
      '<p>Run:</p>\n<pre tabindex="0" data-lang="sh"><code>curl -d &#34;&#60;it&#39;s&#62;&#34;</code></pre>\n<p>Done</p>',
    );
  });

  it('renders "- " lists, an item going on over lines indented by two spaces', () => {
    expect(instructionsHtml('Do this:\n\n- one `a`\n- two,\n  still two\n- three\nAfter.')).toBe(
      '<p>Do this:</p>\n<ul><li>one <code>a</code></li><li>two, still two</li><li>three</li></ul>\n<p>After.</p>',
    );
  });

  it('ends a paragraph where a list starts without a blank line', () => {
    expect(instructionsHtml('Steps:\n- a\n- b')).toBe('<p>Steps:</p>\n<ul><li>a</li><li>b</li></ul>');
  });
});
