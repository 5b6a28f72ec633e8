import { yup } from '@strapi/utils';
import { fieldErrors, knownObject, validate } from '../platform/validation';

/**
 * A material's optional quiz: questions with choices, some of them right. Which are right stays on the
 * server: readers get `quizForReader` (prompts, choice labels, and whether to pick one or several), send
 * back the indexes they picked, and `gradeQuiz` says how many questions they got right. A question counts
 * as right when exactly its right choices are picked.
 */
export interface QuizQuestion {
  prompt: string;
  choices: { label: string; correct?: boolean | null }[];
}

export interface ReaderQuiz {
  passPercent: number;
  questions: { prompt: string; choices: string[]; multiple: boolean }[];
}

/** Answers: per question, in order, the indexes of the choices picked. */
export type QuizAnswers = number[][];

export interface QuizGrade {
  correctCount: number;
  questionCount: number;
  percent: number;
  passed: boolean;
}

const rightChoices = (q: QuizQuestion) => q.choices.map((c, i) => (c.correct ? i : -1)).filter((i) => i >= 0);

/** The quiz as a reader sees it: no question says which choice is right. Null when the material has no quiz. */
export function quizForReader(quiz: QuizQuestion[] | null | undefined, passPercent: number | null | undefined): ReaderQuiz | null {
  if (!quiz?.length) return null;
  return {
    passPercent: passPercent ?? 80,
    questions: quiz.map((q) => ({ prompt: q.prompt, choices: q.choices.map((c) => c.label), multiple: rightChoices(q).length > 1 })),
  };
}

/** Grades answers already checked against the quiz's shape (`parseAnswers`). */
export function gradeQuiz(quiz: QuizQuestion[], answers: QuizAnswers, passPercent: number): QuizGrade {
  let correctCount = 0;
  quiz.forEach((q, i) => {
    const right = rightChoices(q);
    const picked = [...new Set(answers[i] ?? [])].sort((a, b) => a - b);
    if (right.length && picked.length === right.length && picked.every((p, k) => p === right[k])) correctCount++;
  });
  const questionCount = quiz.length;
  const percent = questionCount ? Math.floor((correctCount * 100) / questionCount) : 0;
  return { correctCount, questionCount, percent, passed: percent >= passPercent };
}

/**
 * The body of a quiz attempt, `{ answers: [[0], [1, 2], …] }` (bare or in Strapi's `data`): one list
 * of choice indexes per question, every question answered, each index a choice of its question. A 400
 * names the field (`answers`, `answers[1]`, `answers[1][0]`).
 */
export async function parseAnswers(input: unknown, quiz: QuizQuestion[]): Promise<QuizAnswers> {
  const schema = knownObject(
    {
      answers: yup
        .array()
        .typeError('must be a list with one list of choice numbers per question')
        .required('is required')
        .length(quiz.length, `must answer each of the ${quiz.length} questions`)
        .of(
          yup
            .array()
            .typeError('must be a list of choice numbers')
            .required('must be a list of choice numbers')
            .min(1, 'must pick at least one choice')
            .max(8, 'must pick at most 8 choices')
            .of(yup.number().typeError('must be a choice number').integer('must be a choice number').strict(true).required()),
        ),
    },
    'is not a known field: send only `answers`',
  );
  const { answers } = await validate<{ answers: QuizAnswers }>(schema, input);
  const problems = answers.flatMap((list, i) =>
    list.flatMap((n, k) => (n < 0 || n >= quiz[i].choices.length ? [{ path: `answers[${i}][${k}]`, n }] : [])),
  );
  if (problems.length) throw fieldErrors(problems.map((p) => ({ path: [p.path], message: 'is not a choice of this question' })));
  return answers;
}
