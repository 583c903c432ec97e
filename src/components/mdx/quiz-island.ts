/**
 * Makes the server-rendered quizzes of a page interactive: check an answer, show right or wrong and the
 * explanation, save the answer in progress and restore it on the next visit.
 */
import { readQuizAnswer, saveQuizAnswer } from '../../progress/progress-store.ts';

/** Enhances every `[data-quiz]` section under `root` once. */
export function enhanceQuizzes(root: ParentNode): void {
  for (const section of root.querySelectorAll<HTMLElement>('section[data-quiz]')) {
    if (section.dataset.enhanced !== undefined) continue;
    section.dataset.enhanced = '';
    enhanceQuiz(section);
  }
}

function enhanceQuiz(section: HTMLElement): void {
  const id = section.dataset.quiz ?? '';
  const answer = Number(section.dataset.answer);
  const form = section.querySelector('form');
  const solution = section.querySelector('details');
  const feedback = section.querySelector<HTMLElement>('.quiz-feedback');
  const actions = section.querySelector<HTMLElement>('[data-js-only]');
  if (!form || !solution || !feedback || !actions) return;
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  actions.hidden = false;
  solution.hidden = true;

  const show = (choice: number): void => {
    const correct = choice === answer;
    radios.forEach((radio, i) => {
      const label = radio.closest('label');
      label?.classList.toggle('is-right', i === answer && correct);
      label?.classList.toggle('is-wrong', i === choice && !correct);
    });
    section.classList.toggle('quiz--right', correct);
    section.classList.toggle('quiz--wrong', !correct);
    feedback.textContent = correct
      ? (section.dataset.msgCorrect ?? '')
      : (section.dataset.msgIncorrect ?? '');
    solution.hidden = false;
    solution.open = correct;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = radios.findIndex((radio) => radio.checked);
    if (chosen < 0) {
      feedback.textContent = section.dataset.msgChoose ?? '';
      return;
    }
    show(chosen);
    saveQuizAnswer(id, chosen, chosen === answer);
  });
  form.addEventListener('change', () => {
    radios.forEach((radio) => radio.closest('label')?.classList.remove('is-right', 'is-wrong'));
  });

  const saved = readQuizAnswer(id);
  const savedRadio = saved ? radios[saved.choice] : undefined;
  if (saved && savedRadio) {
    savedRadio.checked = true;
    show(saved.choice);
  }
}
