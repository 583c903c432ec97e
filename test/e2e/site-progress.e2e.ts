import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, openPage, pageScriptsRan } from './browser.ts';

const VALID_LESSON = JSON.stringify({ v: 1, done: true, at: '2026-01-02T03:04:05.000Z' });

async function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...localStorage }));
}

describe('site progress', () => {
  const browser = chromiumForTests();

  it('a quiz answer survives a reload', async () => {
    const page = await openPage(browser(), '/en/course/intro/');
    const quiz = page.locator('section[data-quiz="intro-pay-per-use"]');
    await quiz.locator('input[value="1"]').check();
    await quiz.locator('button[type=submit]').click();
    expect(await quiz.locator('.quiz-feedback').textContent()).toBe('Correct!');
    await page.reload();
    await pageScriptsRan(page);
    expect(await quiz.locator('input[value="1"]').isChecked()).toBe(true);
    expect(await quiz.locator('.quiz-feedback').textContent()).toBe('Correct!');
    expect(await quiz.locator('details.quiz-solution').getAttribute('open')).not.toBeNull();
    expect(JSON.parse((await storage(page))['faaslab:v1:quiz:intro-pay-per-use'] ?? '{}')).toMatchObject({
      choice: 1,
      correct: true,
    });
    await page.context().close();
  });

  it('without JavaScript a quiz reads as text: question, options, and the answer with its explanation in a <details>', async () => {
    const page = await openPage(browser(), '/curso/intro/', { javaScriptEnabled: false });
    const quiz = page.locator('section[data-quiz="intro-limits"]');
    expect(await quiz.locator('legend').textContent()).toContain('sin límite de tiempo');
    expect(await quiz.locator('.quiz-option').allTextContents()).toEqual([
      expect.stringContaining('Verdadero'),
      expect.stringContaining('Falso'),
    ]);
    expect(await quiz.locator('button[type=submit]').isVisible()).toBe(false);
    await quiz.locator('details summary').click();
    expect(await quiz.locator('.quiz-answer').textContent()).toBe('Respuesta: Falso');
    expect(await quiz.locator('.quiz-explanation').isVisible()).toBe(true);
    await page.context().close();
  });

  it('a wrong answer is marked wrong, and checking with nothing chosen asks to choose', async () => {
    const page = await openPage(browser(), '/curso/intro/');
    const quiz = page.locator('section[data-quiz="intro-limits"]');
    await quiz.locator('button[type=submit]').click();
    expect(await quiz.locator('.quiz-feedback').textContent()).toContain('Elige una opción');
    await quiz.locator('input[value="0"]').check();
    await quiz.locator('button[type=submit]').click();
    expect(await quiz.locator('label.is-wrong').count()).toBe(1);
    expect(await quiz.locator('.quiz-feedback').textContent()).toContain('No es correcto');
    await page.context().close();
  });

  it('a corrupted entry is reset alone, with a notice, and the page keeps working', async () => {
    const page = await openPage(browser(), '/curso/intro/');
    await page.evaluate((valid) => {
      localStorage.setItem('faaslab:v1:quiz:intro-limits', '{"v":1,"choice":');
      localStorage.setItem('faaslab:v1:lesson:serverless', valid);
    }, VALID_LESSON);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.reload();
    await pageScriptsRan(page);
    const notice = page.locator('[data-progress-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('quiz:intro-limits');
    const after = await storage(page);
    expect(after['faaslab:v1:lesson:serverless']).toBe(VALID_LESSON);
    expect(after['faaslab:v1:quiz:intro-limits']).toBeUndefined();
    expect(await page.getAttribute('#course-nav li[data-lesson-done="serverless"]', 'class')).toContain(
      'is-done',
    );
    // The quiz still works after the reset.
    const quiz = page.locator('section[data-quiz="intro-limits"]');
    await quiz.locator('input[value="1"]').check();
    await quiz.locator('button[type=submit]').click();
    expect(await quiz.locator('.quiz-feedback').textContent()).toBe('¡Correcto!');
    await page.click('[data-progress-notice-dismiss]');
    expect(await notice.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports progress to a file and imports it into an empty browser; a bad file changes nothing', async () => {
    const source = await openPage(browser(), '/en/course/', { acceptDownloads: true });
    await source.evaluate((valid) => {
      localStorage.setItem('faaslab:v1:lesson:intro', valid);
      localStorage.setItem(
        'faaslab:v1:quiz:intro-limits',
        JSON.stringify({ v: 1, choice: 1, correct: true, at: '2026-01-02T03:04:05.000Z' }),
      );
      localStorage.setItem('faaslab:v1:task:hello-lab', valid);
    }, VALID_LESSON);
    const [download] = await Promise.all([source.waitForEvent('download'), source.click('[data-export]')]);
    expect(download.suggestedFilename()).toBe('faaslab-progress.json');
    const file = await download.path();
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'faaslab-progress', version: 1 });
    expect(await source.textContent('[data-transfer-status]')).toContain('3 entries');
    const exported = await storage(source);

    const target = await openPage(browser(), '/curso/');
    await target.evaluate(() =>
      localStorage.setItem(
        'faaslab:v1:lesson:kubernetes',
        '{"v":1,"done":true,"at":"2026-03-01T00:00:00.000Z"}',
      ),
    );
    await target.setInputFiles('[data-import-input]', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "format": "faaslab-progress",\n  oops }'),
    });
    await target.waitForFunction(() => document.querySelector('[data-transfer-status]')?.textContent);
    expect(await target.textContent('[data-transfer-status]')).toMatch(
      /no es JSON válido \(línea 3, columna \d+\)\. No se ha cambiado nada/,
    );
    expect(Object.keys(await storage(target))).toEqual(['faaslab:v1:lesson:kubernetes']);

    await target.setInputFiles('[data-import-input]', {
      name: 'good.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await target.waitForFunction(() =>
      document.querySelector('[data-transfer-status]')?.textContent?.includes('importado'),
    );
    const imported = await storage(target);
    for (const [key, value] of Object.entries(exported)) expect(imported[key]).toBe(value);
    expect(imported['faaslab:v1:lesson:kubernetes']).toBeDefined();
    expect(
      await target
        .locator('[data-chapter-progress~="intro"] progress')
        .evaluate((el) => (el as HTMLProgressElement).value),
      // The lesson intro and its answered quiz intro-limits: chapter bars count quizzes and labs too.
    ).toBe(2);
    await source.context().close();
    await target.context().close();
  });
});
