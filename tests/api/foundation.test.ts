import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import nodemailer from 'nodemailer';
import { bootStrapi, root, TestApp } from '../harness/strapi';
import { seedReferenceData } from '../../src/lib/platform/reference-data';
import { applyRoles, roleDeclarations } from '../../src/lib/platform/roles';
import { fileMailTransport } from '../../src/lib/platform/file-mail-transport';

const SECRET_KEYS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY'];

function readEnv(file: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

describe('first-run .env generation', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'mind-env-'));
    dirs.push(d);
    execFileSync('node', [path.join(root, 'scripts', 'ensure-env.js'), d]);
    return readEnv(path.join(d, '.env'));
  };
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('writes every secret, and no secret is reused between two fresh runs', () => {
    const a = fresh();
    const b = fresh();
    const seen = new Set<string>();
    for (const key of SECRET_KEYS) {
      expect(a[key]).toBeTruthy();
      expect(b[key]).toBeTruthy();
      for (const value of [...a[key].split(','), ...b[key].split(',')]) {
        expect(value.length).toBeGreaterThanOrEqual(24);
        expect(seen.has(value)).toBe(false);
        seen.add(value);
      }
    }
    expect(a.APP_KEYS.split(',')).toHaveLength(4);
  });

  it('leaves an existing .env alone', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'mind-env-'));
    dirs.push(d);
    const mine = 'APP_KEYS=mine\nPORT=4000\n';
    fs.writeFileSync(path.join(d, '.env'), mine);
    const out = execFileSync('node', [path.join(root, 'scripts', 'ensure-env.js'), d]).toString();
    expect(out).toMatch(/left as it is/);
    expect(fs.readFileSync(path.join(d, '.env'), 'utf8')).toBe(mine);
  });
});

describe('offline mail for development', () => {
  it('writes a message to an .eml file when no SMTP server is configured', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mind-mail-'));
    const transport = nodemailer.createTransport(fileMailTransport(dir) as any);
    const info: any = await transport.sendMail({
      from: 'a@example.test',
      to: 'b@example.test',
      subject: 'ทดสอบ',
      text: 'สวัสดี',
    });
    const files = fs.readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(info.file).toBe(path.join(dir, files[0]));
    const raw = fs.readFileSync(info.file, 'utf8');
    expect(raw).toMatch(/^To: b@example.test/m);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('bootstrap data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  const counts = async () => ({
    provinces: await app.strapi.db.query('api::province.province').count(),
    agencies: await app.strapi.db.query('api::agency.agency').count(),
    roles: await app.strapi.db.query('plugin::users-permissions.role').count(),
    permissions: await app.strapi.db.query('plugin::users-permissions.permission').count(),
  });

  it('seeds the 77 provinces and the agencies once; seeding again adds nothing', async () => {
    const before = await counts();
    expect(before.provinces).toBe(77);
    expect(before.agencies).toBeGreaterThanOrEqual(7);
    expect(await seedReferenceData(app.strapi)).toEqual({ provinces: 0, agencies: 0, complaintCategories: 0, slaPolicy: 0 });
    expect(await counts()).toEqual(before);
  });

  it('creates every declared role with its permissions', async () => {
    for (const decl of roleDeclarations) {
      const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({
        where: { type: decl.type },
        populate: ['permissions'],
      });
      expect(role).toBeTruthy();
      const actions = role.permissions.map((p: { action: string }) => p.action);
      expect(actions).toEqual(expect.arrayContaining(decl.actions));
    }
  });

  it('re-applies roles without changes and keeps what an administrator granted by hand', async () => {
    const officer = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'complaint-officer' } });
    await app.strapi.db.query('plugin::users-permissions.permission').create({
      data: { action: 'api::province.province.update', role: officer.id },
    });
    const before = await counts();
    const result = await applyRoles(app.strapi);
    expect(result).toMatchObject({ rolesCreated: 0, permissionsCreated: 0 });
    expect(await counts()).toEqual(before);
    const kept = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action: 'api::province.province.update', role: officer.id } });
    expect(kept).toBeTruthy();
  });
});

describe('email through the Strapi email plugin', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('delivers a Thai message to the SMTP server', async () => {
    await app.strapi.plugin('email').service('email').send({
      to: 'officer@example.test',
      subject: 'แจ้งเตือน: รายงานความก้าวหน้า',
      text: 'กรุณาส่งรายงาน',
    });
    const [mail] = await app.smtp.waitFor(1);
    expect(mail.to).toEqual(['officer@example.test']);
    expect(mail.from).toBe('no-reply@mind-desk.test');
    expect(mail.subject).toBe('แจ้งเตือน: รายงานความก้าวหน้า');
    expect(mail.text.trim()).toBe('กรุณาส่งรายงาน');
  });
});

describe('API users', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a user of a declared role reads their own profile; without a token it is refused', async () => {
    const { createUser } = await import('../harness/users');
    const officer = await createUser(app.strapi, 'complaint-officer');
    const me = await app.http().get('/api/users/me').set('Authorization', officer.auth).expect(200);
    expect(me.body.email).toBe(officer.email);
    await app.http().get('/api/users/me').expect(403);
  });
});
