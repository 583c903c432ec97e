/**
 * The props of the `<Quiz>` MDX component, checked at build time so a lesson with a broken quiz fails
 * the build with a message that names the quiz and the field.
 */
import { isValidEntryId } from '../../progress/progress-key.ts';

/** What a lesson writes: `<Quiz id question options answer>` or `<Quiz id type="truefalse" question answer>`. */
export interface QuizProps {
  id: string;
  question: string;
  type?: 'choice' | 'truefalse';
  /** Multiple choice only: the options, in order. */
  options?: string[];
  /** 0-based index of the right option (multiple choice) or the right boolean (truefalse). */
  answer: number | boolean;
}

/** A quiz ready to render: its options and the index of the right one (true/false: 0 = true). */
export interface NormalizedQuiz {
  id: string;
  question: string;
  type: 'choice' | 'truefalse';
  options: string[];
  answerIndex: number;
}

/**
 * Validates the props and turns a true/false quiz into a two-option one.
 * @param trueFalseLabels the localized "True" and "False"
 * @throws Error naming the quiz and the field when the props are wrong
 */
export function normalizeQuiz(props: QuizProps, trueFalseLabels: [string, string]): NormalizedQuiz {
  const where = `<Quiz id="${String(props.id)}">`;
  if (typeof props.id !== 'string' || !isValidEntryId(props.id)) {
    throw new Error(`${where}: id must be a lowercase slug such as "intro-pay-per-use"`);
  }
  if (typeof props.question !== 'string' || props.question.trim() === '')
    throw new Error(`${where}: question is empty`);
  const type = props.type ?? 'choice';
  if (type === 'truefalse') {
    if (typeof props.answer !== 'boolean')
      throw new Error(`${where}: a truefalse quiz needs answer={true} or answer={false}`);
    return {
      id: props.id,
      question: props.question,
      type,
      options: [...trueFalseLabels],
      answerIndex: props.answer ? 0 : 1,
    };
  }
  if (type !== 'choice') throw new Error(`${where}: type must be "choice" or "truefalse"`);
  const options = props.options;
  if (
    !Array.isArray(options) ||
    options.length < 2 ||
    options.some((o) => typeof o !== 'string' || o.trim() === '')
  ) {
    throw new Error(`${where}: options must be at least two non-empty strings`);
  }
  const answer = props.answer;
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= options.length) {
    throw new Error(`${where}: answer must be an option index from 0 to ${options.length - 1}`);
  }
  return { id: props.id, question: props.question, type, options, answerIndex: answer };
}
