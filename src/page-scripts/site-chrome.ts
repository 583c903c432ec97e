/**
 * The script every page shares: theme toggle, the lessons menu on phones, the search shortcut, the
 * progress ticks, bars and notices, the table of contents' current section, and lesson text laid out
 * ahead of the reader. Kept small: search itself loads on demand.
 */
import { setUpThemeToggle } from './theme-toggle.ts';
import { setUpCourseMenu } from './course-menu.ts';
import { setUpSearchOpener } from './search-opener.ts';
import { setUpProgressView } from './progress-view.ts';
import { setUpTocHighlight } from './toc-highlight.ts';
import { setUpTextAhead } from './text-ahead.ts';

setUpThemeToggle(document);
setUpCourseMenu(document);
setUpSearchOpener(document);
setUpProgressView(document);
setUpTocHighlight(document);
setUpTextAhead(document);
