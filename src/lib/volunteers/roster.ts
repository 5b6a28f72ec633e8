/**
 * Rapid roster (เรียกกำลังจิตอาสา): a coordinator calls qualified volunteers in or near a province for an
 * emergency; each answers yes or no from an e-mailed link; the call closes itself when enough said yes.
 * Pure rules here; the volunteer-roster service applies them under a lock on the call's row.
 */
export const ROSTER_UID = 'api::volunteer-roster.volunteer-roster' as const;
export const ROSTER_ANSWER_UID = 'api::volunteer-roster.volunteer-roster-answer' as const;

/** The most volunteers one call e-mails (bounded work per request). */
export const MAX_CALLED = 500;

interface ProvinceRef {
  id: number;
  code: string;
  region: string;
}

/**
 * Provinces a call reaches: its own and, when `nearby`, the others of its region (the province reference
 * data's `region`; the reference data has no borders, so "near" means "same region").
 */
export function reachedProvinces(province: ProvinceRef, all: ProvinceRef[], nearby: boolean): number[] {
  return all.filter((p) => p.id === province.id || (nearby && p.region === province.region)).map((p) => p.id);
}

/** Qualified: active, and has every skill the call asks for (case and spacing aside). */
export function qualifies(volunteer: { state: string; skills?: unknown }, skills: string[]): boolean {
  if (volunteer.state !== 'active') return false;
  const own = new Set((Array.isArray(volunteer.skills) ? volunteer.skills : []).map((s) => String(s).trim().toLowerCase()));
  return skills.every((s) => own.has(s.trim().toLowerCase()));
}

type RosterState = 'open' | 'full' | 'closed';
export type Answer = 'pending' | 'yes' | 'no';

/**
 * Pure: what an answer does to a call with `yes` volunteers coming. Refused (a message naming why) when
 * the call is closed, or a new yes when it is full; otherwise the call's next state (full at `needed`,
 * open again when a yes turns no).
 */
export function answerEffect(
  call: { state: RosterState; needed: number },
  yes: number,
  current: Answer,
  answer: 'yes' | 'no',
): { refusal: string } | { state: RosterState; yes: number } {
  if (call.state === 'closed') return { refusal: 'the call is closed' };
  if (current === answer) return { state: call.state, yes };
  if (answer === 'yes') {
    if (call.state === 'full' || yes >= call.needed) return { refusal: 'the call is full: enough volunteers are coming' };
    const after = yes + 1;
    return { state: after >= call.needed ? 'full' : 'open', yes: after };
  }
  const after = current === 'yes' ? yes - 1 : yes;
  return { state: after < call.needed ? 'open' : call.state, yes: after };
}

/** The page an answer link opens; the token travels in the fragment. */
export const rosterLink = (base: string, token: string) => `${base}/volunteer/roster.html#${token}`;
