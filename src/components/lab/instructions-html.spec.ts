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
});
