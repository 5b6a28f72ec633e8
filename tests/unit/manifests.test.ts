import fs from 'fs';
import path from 'path';
import { domainOfApi, manifests } from '../../src/lib/manifests';

const apiDir = path.resolve(__dirname, '..', '..', 'src', 'api');

describe('domain manifests', () => {
  it('give every src/api folder exactly one owning domain, and name no folder that does not exist', () => {
    const folders = fs.readdirSync(apiDir).filter((f) => fs.statSync(path.join(apiDir, f)).isDirectory());
    expect(Object.keys(domainOfApi).sort()).toEqual(folders.sort());
  });

  it('own the content types whose list views they declare', () => {
    for (const m of manifests) {
      for (const uid of Object.keys(m.listViews ?? {})) {
        const api = uid.replace(/^api::([^.]+)\..*$/, '$1');
        expect([m.name, api, domainOfApi[api]]).toEqual([m.name, api, m.name]);
      }
    }
  });

  it('each have a docs file of their name', () => {
    for (const m of manifests) expect(fs.existsSync(path.resolve(apiDir, '..', '..', 'docs', `${m.name}.md`))).toBe(true);
  });
});
