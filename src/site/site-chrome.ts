/**
 * The script every page shares: theme toggle, the lessons menu on phones, the search shortcut, and the
 * progress ticks, bars and notices. Kept small; search itself loads on demand.
 */
import { setUpThemeToggle } from './theme-toggle.ts';
import { setUpCourseMenu } from './course-menu.ts';
import { setUpSearchOpener } from './search-opener.ts';
import { setUpProgressView } from './progress-view.ts';

setUpThemeToggle(document);
setUpCourseMenu(document);
setUpSearchOpener(document);
setUpProgressView(document);
