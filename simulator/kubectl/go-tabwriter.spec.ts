import { describe, expect, it } from 'vitest';
import { goTabwriter } from './go-tabwriter.ts';

describe("Go's tabwriter as kubectl describe uses it", () => {
  it('aligns a column only across the block of consecutive lines that have it', () => {
    const text = 'Name:\tweb\nNamespace:\tdefault\nContainers:\n  web:\n    Image:\tnginx\n';
    expect(goTabwriter(text)).toBe(
      'Name:       web\nNamespace:  default\nContainers:\n  web:\n    Image:  nginx\n',
    );
  });

  it('gives a second column its own block (Port name column of describe service)', () => {
    const text = 'Port:\thttp\t80/TCP\nTargetPort:\t80/TCP\n';
    expect(goTabwriter(text)).toBe('Port:        http  80/TCP\nTargetPort:  80/TCP\n');
  });
});
