import { describe, expect, it } from 'vitest';
import { lessonTasks } from './lesson-tasks.ts';

describe('lessonTasks', () => {
  it('lists quizzes and labs in order, whatever attribute comes first', () => {
    const mdx = [
      '<Quiz id="a-one" question="Q?" answer={true}>',
      'text <FunctionLab id="hello" />',
      '<Quiz type="truefalse" id="b-two" question="Q?">',
      '<Callout id="not-a-task">',
    ].join('\n');
    expect(lessonTasks(mdx)).toEqual(['quiz:a-one', 'lab:hello', 'quiz:b-two']);
  });
  it('finds none in plain prose', () => {
    expect(lessonTasks('No quiz here: id="x"')).toEqual([]);
  });
});
