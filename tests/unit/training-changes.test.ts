import { versionOnPublish } from '../../src/lib/training/versioning';
import { audienceOf, mustAcknowledge } from '../../src/lib/training/audience';
import { gradeQuiz, parseAnswers, quizForReader, type QuizQuestion } from '../../src/lib/training/quiz';
import { sortThai, titleSortOf } from '../../src/lib/training/thai-order';

describe('version on publish', () => {
  const v = (draft: number, published: number | null, publishedHere: number | null, minor = false) =>
    versionOnPublish({ draft, published, publishedHere, minor });

  it('keeps the version of a first publish and of a minor change', () => {
    expect(v(1, null, null)).toBe(1);
    expect(v(3, null, null)).toBe(3);
    expect(v(1, 1, 1, true)).toBe(1);
    // ticked minor while the version was raised: the tick wins, nobody is asked again
    expect(v(2, 1, 1, true)).toBe(1);
  });

  it('raises the version once for a change that matters, whichever locale is published first', () => {
    expect(v(1, 1, 1)).toBe(2);
    // the editor raised it already
    expect(v(4, 1, 1)).toBe(4);
    // English published after the Thai of the same change: the Thai set the draft to 2, English showed 1
    expect(v(2, 2, 1)).toBe(2);
    // a first translation does not ask again
    expect(v(2, 2, null)).toBe(2);
  });
});

describe('audience', () => {
  const a = audienceOf({
    requiredForRoles: [{ id: 5 }, { id: 6 }],
    requiredForAgencies: [{ id: 10 }],
    requiredForProvinces: [],
  });

  it('is the roles narrowed to the agencies and provinces named', () => {
    expect(a).toEqual({ roleIds: [5, 6], agencyIds: [10], provinceIds: [] });
    expect(mustAcknowledge(a, { roleId: 5, agencyIds: [10, 11], provinceIds: [] })).toBe(true);
    expect(mustAcknowledge(a, { roleId: 5, agencyIds: [11], provinceIds: [] })).toBe(false);
    expect(mustAcknowledge(a, { roleId: 7, agencyIds: [10], provinceIds: [] })).toBe(false);
    expect(mustAcknowledge(a, { roleId: null, agencyIds: [10], provinceIds: [] })).toBe(false);
    const both = { ...a, provinceIds: [21] };
    expect(mustAcknowledge(both, { roleId: 6, agencyIds: [10], provinceIds: [21] })).toBe(true);
    expect(mustAcknowledge(both, { roleId: 6, agencyIds: [10], provinceIds: [50] })).toBe(false);
    // no narrowing: the role alone
    expect(mustAcknowledge(audienceOf({ requiredForRoles: [{ id: 5 }] }), { roleId: 5, agencyIds: [], provinceIds: [] })).toBe(true);
  });
});

describe('quiz', () => {
  const quiz: QuizQuestion[] = [
    {
      prompt: 'หนึ่ง',
      choices: [
        { label: 'ก', correct: false },
        { label: 'ข', correct: true },
      ],
    },
    { prompt: 'สอง', choices: [{ label: 'ก', correct: true }, { label: 'ข' }, { label: 'ค', correct: true }] },
    {
      prompt: 'สาม',
      choices: [
        { label: 'ก', correct: true },
        { label: 'ข', correct: false },
      ],
    },
  ];

  it('shows readers no answer', () => {
    const reader = quizForReader(quiz, 70);
    expect(reader).toEqual({
      passPercent: 70,
      questions: [
        { prompt: 'หนึ่ง', choices: ['ก', 'ข'], multiple: false },
        { prompt: 'สอง', choices: ['ก', 'ข', 'ค'], multiple: true },
        { prompt: 'สาม', choices: ['ก', 'ข'], multiple: false },
      ],
    });
    expect(JSON.stringify(reader)).not.toMatch(/correct/);
    expect(quizForReader([], 80)).toBeNull();
  });

  it('counts a question right only when exactly its right choices are picked', () => {
    expect(gradeQuiz(quiz, [[1], [2, 0], [0]], 70)).toEqual({ correctCount: 3, questionCount: 3, percent: 100, passed: true });
    expect(gradeQuiz(quiz, [[1], [0], [0]], 70)).toEqual({ correctCount: 2, questionCount: 3, percent: 66, passed: false });
    expect(gradeQuiz(quiz, [[1], [0, 1, 2], [0]], 60)).toMatchObject({ correctCount: 2, passed: true });
    expect(
      gradeQuiz(
        quiz,
        [
          [0, 1],
          [0, 2],
          [0, 0],
        ],
        100,
      ),
    ).toMatchObject({ correctCount: 2, passed: false });
  });

  it('refuses malformed answers with the field named', async () => {
    await expect(parseAnswers({ answers: [[1], [0]] }, quiz)).rejects.toThrow(/answers/);
    await expect(parseAnswers({ answers: [[1], [0], []] }, quiz)).rejects.toThrow(/answers\[2\]/);
    await expect(parseAnswers({ answers: [[1], [0], [2]] }, quiz)).rejects.toThrow(/answers\[2\]\[0\]/);
    await expect(parseAnswers({ answers: [[1], ['x'], [0]] }, quiz)).rejects.toThrow(/answers\[1\]/);
    await expect(parseAnswers({ answers: [[1], [0], [0]], correct: true }, quiz)).rejects.toThrow(/correct|body/);
    await expect(parseAnswers({}, quiz)).rejects.toThrow(/answers/);
    await expect(parseAnswers({ answers: [[1], [0], [0]] }, quiz)).resolves.toEqual([[1], [0], [0]]);
  });
});

describe('Thai order', () => {
  it('passes over the leading vowels as a dictionary does', () => {
    const titles = ['โรงงาน', 'ไฟฟ้า', 'เครื่องจักร', 'แรงงาน', 'ใบอนุญาต', 'กฎกระทรวง', 'ฮอร์โมน'];
    expect(sortThai(titles, (t) => t)).toEqual(['กฎกระทรวง', 'เครื่องจักร', 'ใบอนุญาต', 'ไฟฟ้า', 'แรงงาน', 'โรงงาน', 'ฮอร์โมน']);
    expect(sortThai(titles, (t) => t, true)[0]).toBe('ฮอร์โมน');
    // numbers in titles in numeric order
    expect(sortThai(['คู่มือ ตอนที่ 10', 'คู่มือ ตอนที่ 2'], (t) => t)).toEqual(['คู่มือ ตอนที่ 2', 'คู่มือ ตอนที่ 10']);
  });

  it("reads Strapi's sort parameter", () => {
    expect(titleSortOf('title:asc')).toBe('asc');
    expect(titleSortOf('title')).toBe('asc');
    expect(titleSortOf('title:DESC,effectiveDate')).toBe('desc');
    expect(titleSortOf(['title:desc'])).toBe('desc');
    expect(titleSortOf({ title: 'desc' })).toBe('desc');
    expect(titleSortOf('effectiveDate:desc')).toBeNull();
    expect(titleSortOf(undefined)).toBeNull();
  });
});
