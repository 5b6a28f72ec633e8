import { obligationSources } from '../../src/lib/manifests';

describe('one obligation engine, every source', () => {
  it('progress reports, inspection findings, complaints, required reading and volunteer activities are sources of the same engine', () => {
    expect(obligationSources.map((s) => s.name)).toEqual(expect.arrayContaining(['activity', 'complaint', 'finding', 'reading', 'report']));
    for (const source of obligationSources) {
      expect(typeof source.load).toBe('function');
      expect(typeof source.recipients).toBe('function');
      expect(source.why('owner').th).toBeTruthy();
    }
  });
});
