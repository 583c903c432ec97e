/** Types of server-notices.mjs (the file itself is plain JavaScript). */
import type { Bilingual } from '../../../core/index.ts';

/** The function server's notices: text by code, the stderr line, and reading a line back. */
export function serverNotices(): {
  noticeText(code: string, params: Record<string, unknown>): Bilingual | null;
  noticeLine(code: string, params: Record<string, unknown>): string;
  readNotice(line: string): Bilingual | null;
};
