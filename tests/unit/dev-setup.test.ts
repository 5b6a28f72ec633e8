import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import nodemailer from 'nodemailer';
import { fileMailTransport } from '../../src/lib/platform/file-mail-transport';

const root = path.resolve(__dirname, '..', '..');
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
