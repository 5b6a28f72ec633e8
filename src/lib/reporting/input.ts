/**
 * Validation of what an agency officer submits and what a reviewer sends back. Every problem is a
 * SubmissionError naming the field (the controller answers 400 with it).
 */

export class SubmissionError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export interface KpiResultInput {
  code?: string;
  name: string;
  unit?: string;
  target?: number;
  actual?: number;
  note?: string;
}

export interface SubmissionInput {
  progressPercent: number;
  budgetSpent?: number;
  narrative: string;
  obstacles?: string;
  kpiResults?: KpiResultInput[];
  attachments?: number[];
}

function num(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new SubmissionError(field, 'must be a number');
  if (n < min || n > max) throw new SubmissionError(field, `must be between ${min} and ${max}`);
  return n;
}

function text(value: unknown, field: string, max: number, required: boolean): string | undefined {
  if (value === undefined || value === null || value === '') {
    if (required) throw new SubmissionError(field, 'is required');
    return undefined;
  }
  if (typeof value !== 'string') throw new SubmissionError(field, 'must be text');
  const t = value.trim();
  if (required && !t) throw new SubmissionError(field, 'is required');
  if (t.length > max) throw new SubmissionError(field, `must be at most ${max} characters`);
  return t;
}

const ALLOWED = ['progressPercent', 'budgetSpent', 'narrative', 'obstacles', 'kpiResults', 'attachments'];

export function parseSubmission(data: unknown): SubmissionInput {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new SubmissionError('data', 'must be an object');
  const d = data as Record<string, unknown>;
  for (const key of Object.keys(d)) {
    if (!ALLOWED.includes(key)) throw new SubmissionError(key, 'cannot be set when submitting');
  }
  if (d.progressPercent === undefined || d.progressPercent === null) throw new SubmissionError('progressPercent', 'is required');
  const out: SubmissionInput = {
    progressPercent: num(d.progressPercent, 'progressPercent', 0, 100),
    narrative: text(d.narrative, 'narrative', 20000, true)!,
  };
  if (d.budgetSpent !== undefined && d.budgetSpent !== null) out.budgetSpent = num(d.budgetSpent, 'budgetSpent', 0);
  const obstacles = text(d.obstacles, 'obstacles', 20000, false);
  if (obstacles !== undefined) out.obstacles = obstacles;
  if (d.kpiResults !== undefined && d.kpiResults !== null) {
    if (!Array.isArray(d.kpiResults)) throw new SubmissionError('kpiResults', 'must be a list');
    if (d.kpiResults.length > 100) throw new SubmissionError('kpiResults', 'must have at most 100 entries');
    out.kpiResults = d.kpiResults.map((k, i) => {
      const f = `kpiResults[${i}]`;
      if (!k || typeof k !== 'object') throw new SubmissionError(f, 'must be an object');
      const r = k as Record<string, unknown>;
      const item: KpiResultInput = { name: text(r.name, `${f}.name`, 300, true)! };
      const code = text(r.code, `${f}.code`, 30, false);
      if (code) item.code = code;
      const unit = text(r.unit, `${f}.unit`, 50, false);
      if (unit) item.unit = unit;
      if (r.target !== undefined && r.target !== null) item.target = num(r.target, `${f}.target`, -1e15, 1e15);
      if (r.actual !== undefined && r.actual !== null) item.actual = num(r.actual, `${f}.actual`, -1e15, 1e15);
      const note = text(r.note, `${f}.note`, 5000, false);
      if (note) item.note = note;
      return item;
    });
  }
  if (d.attachments !== undefined && d.attachments !== null) {
    if (!Array.isArray(d.attachments) || !d.attachments.every((a) => Number.isInteger(a) && (a as number) > 0)) {
      throw new SubmissionError('attachments', 'must be a list of uploaded file ids');
    }
    out.attachments = d.attachments as number[];
  }
  return out;
}

export function parseReview(data: unknown, commentRequired: boolean): { comment?: string } {
  if (data === undefined || data === null) {
    if (commentRequired) throw new SubmissionError('comment', 'is required');
    return {};
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new SubmissionError('data', 'must be an object');
  return { comment: text((data as Record<string, unknown>).comment, 'comment', 5000, commentRequired) };
}
