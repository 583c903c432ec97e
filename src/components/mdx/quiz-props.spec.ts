import { describe, expect, it } from 'vitest';
import { normalizeQuiz } from './quiz-props.ts';

const tf: [string, string] = ['Verdadero', 'Falso'];

describe('normalizeQuiz', () => {
  it('keeps a multiple-choice quiz and its answer index', () => {
    expect(
      normalizeQuiz({ id: 'intro-pay-per-use', question: '¿Qué?', options: ['a', 'b', 'c'], answer: 1 }, tf),
    ).toEqual({
      id: 'intro-pay-per-use',
      question: '¿Qué?',
      type: 'choice',
      options: ['a', 'b', 'c'],
      answerIndex: 1,
    });
  });

  it('turns a true/false quiz into two localized options', () => {
    expect(
      normalizeQuiz({ id: 'intro-limits', type: 'truefalse', question: 'q', answer: false }, tf),
    ).toMatchObject({ options: tf, answerIndex: 1 });
    expect(normalizeQuiz({ id: 'x', type: 'truefalse', question: 'q', answer: true }, tf).answerIndex).toBe(
      0,
    );
  });

  it('fails the build with the quiz id and the field when props are wrong', () => {
    expect(() => normalizeQuiz({ id: 'x', question: 'q', options: ['a', 'b'], answer: 2 }, tf)).toThrow(
      /<Quiz id="x">: answer must be an option index from 0 to 1/,
    );
    expect(() => normalizeQuiz({ id: 'x', question: 'q', options: ['a'], answer: 0 }, tf)).toThrow(/options/);
    expect(() => normalizeQuiz({ id: 'Bad Id', question: 'q', options: ['a', 'b'], answer: 0 }, tf)).toThrow(
      /id must be/,
    );
    expect(() => normalizeQuiz({ id: 'x', type: 'truefalse', question: 'q', answer: 0 }, tf)).toThrow(
      /truefalse/,
    );
    expect(() => normalizeQuiz({ id: 'x', question: ' ', options: ['a', 'b'], answer: 0 }, tf)).toThrow(
      /question/,
    );
  });
});
