import { intEnv } from '../../src/lib/platform/env';

// Limits read from the environment: an administrator's typo must fall back to the default, not
// switch a limit off or make it NaN.
describe('intEnv', () => {
  const NAME = 'MIND_TEST_INT_ENV';
  afterEach(() => {
    delete process.env[NAME];
  });

  it('takes a whole number, 0 included, and the fallback when unset or not a number', () => {
    expect(intEnv(NAME, 7)).toBe(7);
    process.env[NAME] = '25';
    expect(intEnv(NAME, 7)).toBe(25);
    process.env[NAME] = '0';
    expect(intEnv(NAME, 7)).toBe(0);
    process.env[NAME] = 'ten';
    expect(intEnv(NAME, 7)).toBe(7);
    process.env[NAME] = '';
    expect(intEnv(NAME, 7)).toBe(7);
  });

  it('refuses a number below the minimum', () => {
    process.env[NAME] = '-3';
    expect(intEnv(NAME, 7)).toBe(7);
    process.env[NAME] = '0';
    expect(intEnv(NAME, 20, 1)).toBe(20);
    process.env[NAME] = '1';
    expect(intEnv(NAME, 20, 1)).toBe(1);
  });
});
