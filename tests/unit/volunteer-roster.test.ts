import { answerEffect, qualifies, reachedProvinces } from '../../src/lib/volunteers/roster';

describe('rapid roster rules', () => {
  const provinces = [
    { id: 1, code: 'TH-11', region: 'central' },
    { id: 2, code: 'TH-13', region: 'central' },
    { id: 3, code: 'TH-50', region: 'north' },
  ];

  it('reaches the province, and with nearby its region', () => {
    expect(reachedProvinces(provinces[0], provinces, true)).toEqual([1, 2]);
    expect(reachedProvinces(provinces[0], provinces, false)).toEqual([1]);
  });

  it('qualifies active volunteers with every skill asked for', () => {
    expect(qualifies({ state: 'active', skills: ['ปฐมพยาบาล', 'ขับรถ'] }, ['ปฐมพยาบาล'])).toBe(true);
    expect(qualifies({ state: 'active', skills: ['ขับรถ'] }, ['ปฐมพยาบาล'])).toBe(false);
    expect(qualifies({ state: 'inactive', skills: ['ปฐมพยาบาล'] }, ['ปฐมพยาบาล'])).toBe(false);
    expect(qualifies({ state: 'active', skills: null }, [])).toBe(true);
  });

  it('fills at needed, refuses a yes when full or closed, reopens when a yes turns no', () => {
    const open = { state: 'open' as const, needed: 2 };
    expect(answerEffect(open, 0, 'pending', 'yes')).toEqual({ state: 'open', yes: 1 });
    expect(answerEffect(open, 1, 'pending', 'yes')).toEqual({ state: 'full', yes: 2 });
    expect(answerEffect({ state: 'full', needed: 2 }, 2, 'pending', 'yes')).toEqual({
      refusal: 'the call is full: enough volunteers are coming',
    });
    expect(answerEffect({ state: 'full', needed: 2 }, 2, 'pending', 'no')).toEqual({ state: 'full', yes: 2 });
    expect(answerEffect({ state: 'full', needed: 2 }, 2, 'yes', 'no')).toEqual({ state: 'open', yes: 1 });
    expect(answerEffect({ state: 'full', needed: 2 }, 2, 'yes', 'yes')).toEqual({ state: 'full', yes: 2 });
    expect(answerEffect({ state: 'closed', needed: 2 }, 0, 'pending', 'no')).toEqual({ refusal: 'the call is closed' });
  });
});
