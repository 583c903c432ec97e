/**
 * A lab as a student meets it, in Chromium on the built site: open the OpenFaaS lesson, scroll to the
 * hello lab (the island mounts and prewarms its runtime as it nears the viewport), wait until it is ready,
 * then press Invoke on a function that is not running yet: the time from the click to the response on
 * screen is "Run → first response" (the runtime starts and answers). Then Check: click → results on
 * screen. Each sample is a fresh page (nothing cached in the page). Goals: Run → response p50 < 150 ms,
 * checks < 100 ms. Measured in Node (the sandbox) and in Python (Pyodide, as the lesson renders it): once
 * the prewarm has booted it (the goal's case), and 1 s after the lab mounts (a student who does not read).
 * Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { serveSite } from '../scripts/serve-site.mjs';
import { launchChromium, pageScriptsRan } from '../test/e2e/browser.ts';
import { percentile } from './measure.ts';

const SAMPLES = 12;
const LAB = '[data-function-lab][data-lab-id="hello"]';

/** Milliseconds from a click on `button` to `done` becoming true in the page, timed inside the page. */
async function clickToScreen(page: Page, button: string, done: string): Promise<number> {
  const started = await page.evaluate(
    ({ button, done }) =>
      new Promise<number>((resolve) => {
        const target = document.querySelector<HTMLElement>(button)!;
        target.addEventListener('click', () => resolve(performance.now()), { once: true, capture: true });
        (window as unknown as { __done: () => boolean }).__done = new Function(
          `return ${done}`,
        ) as () => boolean;
        setTimeout(() => target.click(), 0);
      }),
    { button, done },
  );
  await page.waitForFunction(() => (window as unknown as { __done: () => boolean }).__done(), null, {
    timeout: 30_000,
    polling: 'raf',
  });
  return (await page.evaluate(() => performance.now())) - started;
}

if (!existsSync('dist/en/course/openfaas/index.html')) {
  console.log('lab run bench skipped: dist/ is missing (run npm run build first)');
  process.exit(0);
}
const site = await serveSite({ dir: 'dist', port: 0 });
const browser = await launchChromium();

/**
 * SAMPLES fresh pages with the hello lab in `language` (the lesson renders it in Python; the student's
 * choice is kept per lab in localStorage, which is how a Node sample is asked for).
 */
async function measure(
  language: 'node' | 'python',
  samples: number,
  waitWarm: boolean,
): Promise<{ runs: number[]; checks: number[] }> {
  const runs: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < samples; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(
      (chosen) => localStorage.setItem('faaslab:lab-language:hello', chosen),
      language,
    );
    const page = await context.newPage();
    await page.goto(new URL('/en/course/openfaas/', site.url).toString());
    // A lesson's scripts start after its first paint, which may come after `load`.
    await pageScriptsRan(page);
    await page.locator(LAB).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${LAB}[data-state="ready"][data-language="${language}"]`, {
      timeout: 30_000,
    });
    // A Python lab boots Pyodide as it mounts; the Run bar says when it is ready.
    if (waitWarm) await page.waitForSelector(`${LAB}[data-runtime-warm]`, { timeout: 120_000 });
    // The page settles as a student reads the instructions before pressing anything.
    await page.waitForTimeout(1_000);
    runs.push(
      await clickToScreen(
        page,
        `${LAB} [data-part="invoke"]`,
        `/^(Response|Respuesta) \\d/.test(document.querySelector('${LAB} [data-part="response-summary"]')?.textContent ?? '')`,
      ),
    );
    checks.push(
      await clickToScreen(
        page,
        `${LAB} [data-part="check"]`,
        `!!document.querySelector('${LAB} [data-part="check-summary"][data-outcome]')`,
      ),
    );
    await context.close();
  }
  return { runs, checks };
}

try {
  const runtimes = [
    { language: 'node', runtime: 'sandbox prewarmed on approach', samples: SAMPLES, waitWarm: false },
    {
      language: 'python',
      runtime: 'Pyodide prewarmed on approach, Run once ready',
      samples: 6,
      waitWarm: true,
    },
    { language: 'python', runtime: 'Pyodide, Run 1 s after the lab mounts', samples: 4, waitWarm: false },
  ] as const;
  for (const { language, runtime, samples, waitWarm } of runtimes) {
    const { runs, checks } = await measure(language, samples, waitWarm);
    console.log(
      `lab Run → first response (hello in ${language}, ${runtime}, fresh page): p50 ${percentile(runs, 50).toFixed(0)} ms, p90 ${percentile(runs, 90).toFixed(0)} ms over ${samples} pages (goal p50 < 150 ms)`,
    );
    console.log(
      `lab checks (hello in ${language}, function running): p50 ${percentile(checks, 50).toFixed(0)} ms, p90 ${percentile(checks, 90).toFixed(0)} ms (goal < 100 ms)`,
    );
  }
} finally {
  await browser.close();
  await site.close();
}
