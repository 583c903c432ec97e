/**
 * The tasks inside a lesson that progress can count: its quizzes (`quiz:ID`, answered or not) and its
 * labs (`lab:ID`, passed or not), read from the lesson's MDX source at build time.
 */

/** `quiz:ID` and `lab:ID` for every `<Quiz id="ID"` and `<FunctionLab id="ID"` in `mdx`, in order. */
export function lessonTasks(mdx: string): string[] {
  const tasks: string[] = [];
  for (const match of mdx.matchAll(/<(Quiz|FunctionLab)\s[^>]*?\bid="([a-z0-9-]+)"/g))
    tasks.push(`${match[1] === 'Quiz' ? 'quiz' : 'lab'}:${match[2]}`);
  return tasks;
}
