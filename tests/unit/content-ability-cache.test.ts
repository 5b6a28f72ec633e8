import { abilityKey } from '../../src/lib/security/content-ability-cache';

describe('content-API ability key', () => {
  it('is the list of actions, in order, for bare action permissions', () => {
    expect(abilityKey([{ action: 'api::a.a.find' }, { action: 'api::b.b.create' }], undefined)).toBe('api::a.a.find\napi::b.b.create');
    expect(abilityKey([{ action: 'api::a.a.find' }], {})).toBe('api::a.a.find');
    expect(abilityKey([], undefined)).toBe('');
  });

  it('refuses anything else that could shape the ability: conditions, subjects, properties, options', () => {
    expect(abilityKey([{ action: 'api::a.a.find', conditions: ['c'] }], undefined)).toBeNull();
    expect(abilityKey([{ action: 'api::a.a.find', subject: 'x' }], undefined)).toBeNull();
    expect(abilityKey([{ action: 'api::a.a.find', properties: { fields: ['a'] } }], undefined)).toBeNull();
    expect(abilityKey([{ action: 'api::a.a.find' }], { user: { id: 1 } })).toBeNull();
    expect(abilityKey(['api::a.a.find'], undefined)).toBeNull();
  });
});
