/**
 * Shows progress on the page: repairs damaged entries once (with a visible notice), ticks done lessons
 * (`[data-lesson-done="slug"]`), fills chapter bars (`[data-chapter-progress]`), wires the "mark as
 * done" button (`[data-mark-done="slug"]`) and points "start" links (`a[data-continue]`) at the first
 * lesson not done. Redraws on every `faaslab:progress` event and on changes made in other tabs.
 */
import {
  isLessonDone,
  markLessonDone,
  isTaskDone,
  PROGRESS_EVENT,
  readQuizAnswer,
  repairProgress,
  type RepairNotice,
} from '../progress/progress-store.ts';

function showNotices(root: Document, notices: RepairNotice[]): void {
  const box = root.querySelector<HTMLElement>('[data-progress-notice]');
  const text = box?.querySelector('[data-progress-notice-text]');
  if (!box || !text || notices.length === 0) return;
  const reset = notices.filter((n) => n.action === 'reset');
  const migrated = notices.length - reset.length;
  const parts: string[] = [];
  if (reset.length)
    parts.push(
      (box.dataset.msgReset ?? '').replace(
        '{keys}',
        reset.map((n) => n.key.split(':').slice(2).join(':')).join(', '),
      ),
    );
  if (migrated) parts.push((box.dataset.msgMigrated ?? '').replace('{count}', String(migrated)));
  text.textContent = parts.join(' ');
  box.hidden = false;
  box.querySelector('[data-progress-notice-dismiss]')?.addEventListener('click', () => {
    box.hidden = true;
  });
}

/** A quiz counts once answered, a lab once all its checks passed (`quiz:ID`, `lab:ID`). */
function isCourseTaskDone(task: string): boolean {
  const [kind, id = ''] = task.split(':');
  return kind === 'quiz' ? readQuizAnswer(id) !== null : isTaskDone(`lab/${id}`);
}

function words(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}

function redraw(root: Document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-course-progress]')) {
    const tasks = words(el.dataset.tasks);
    const labs = tasks.filter((x) => x.startsWith('lab:'));
    const quizzes = tasks.filter((x) => x.startsWith('quiz:'));
    const lessons = words(el.dataset.lessons);
    const values: Record<string, number> = {
      done: lessons.filter((slug) => isLessonDone(slug)).length,
      total: lessons.length,
      labs: labs.filter(isCourseTaskDone).length,
      labTotal: labs.length,
      quizzes: quizzes.filter(isCourseTaskDone).length,
      quizTotal: quizzes.length,
    };
    el.textContent = (el.dataset.template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-lesson-done]')) {
    el.classList.toggle('is-done', isLessonDone(el.dataset.lessonDone ?? ''));
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-chapter-progress]')) {
    const slugs = words(el.dataset.chapterProgress);
    const tasks = words(el.dataset.chapterTasks);
    const done = slugs.filter((slug) => isLessonDone(slug)).length + tasks.filter(isCourseTaskDone).length;
    const bar = el.querySelector('progress');
    if (bar) bar.value = done;
    const label = el.querySelector<HTMLElement>('[data-progress-text]');
    if (label)
      label.textContent = (label.dataset.template ?? '')
        .replace('{done}', String(done))
        .replace('{total}', String(slugs.length + tasks.length));
  }
  for (const button of root.querySelectorAll<HTMLElement>('[data-mark-done]')) {
    button.setAttribute('aria-pressed', String(isLessonDone(button.dataset.markDone ?? '')));
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-continue]')) {
    const slugs = (link.dataset.continue ?? '').split(' ').filter(Boolean);
    const next = slugs.find((slug) => !isLessonDone(slug));
    if (next && slugs.some((slug) => isLessonDone(slug))) {
      link.href = (link.dataset.continueHref ?? '').replace('{slug}', next);
      link.textContent = link.dataset.continueLabel ?? link.textContent;
    }
  }
}

/** Repairs, draws and keeps drawing progress on this page. */
export function setUpProgressView(root: Document): void {
  showNotices(root, repairProgress());
  for (const button of root.querySelectorAll<HTMLElement>('[data-mark-done]')) {
    button.addEventListener('click', () => {
      const slug = button.dataset.markDone ?? '';
      markLessonDone(slug, !isLessonDone(slug));
    });
  }
  redraw(root);
  window.addEventListener(PROGRESS_EVENT, () => redraw(root));
  window.addEventListener('storage', () => redraw(root));
}
