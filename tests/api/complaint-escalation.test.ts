import { fork, ChildProcess } from 'child_process';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createTeam, intakeBody } from '../harness/complaints';
import { createUser } from '../harness/users';
import { fireJob } from '../../src/lib/platform/scheduler';
import { runObligations } from '../../src/lib/platform/obligations/run';
import { anySource } from '../../src/lib/platform/obligations/source';
import { complaintObligations } from '../../src/lib/complaints/obligations';

/**
 * The escalation ladder over complaints' deadlines: each step once per complaint and deadline, one
 * digest per recipient per Bangkok day holding all of that recipient's due items, however often the
 * job runs and on however many instances (a second Strapi in a child process on the same database).
 */
class ChildInstance {
  private seq = 0;
  private waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private constructor(readonly proc: ChildProcess) {
    proc.on('message', (msg: any) => {
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      if (msg.error) w.reject(new Error(msg.error));
      else w.resolve(msg.result);
    });
  }

  static start(): Promise<ChildInstance> {
    const proc = fork(path.join(__dirname, '..', 'helpers', 'strapi-child.js'), [], {
      // the zone this process really runs in: instances on one PostgreSQL must share one
      env: { ...process.env, TZ: Intl.DateTimeFormat().resolvedOptions().timeZone } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      proc.once('exit', (code) => reject(new Error(`the second instance exited with ${code}`)));
      proc.once('message', (msg: any) => (msg?.ready ? resolve(new ChildInstance(proc)) : reject(new Error('unexpected message'))));
    });
  }

  fire(job: string, slot: Date): Promise<{ ran: boolean; counts?: Record<string, number> }> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.proc.send({ id, cmd: 'fire', job, slot: slot.toISOString() });
    });
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.removeAllListeners('exit');
    const id = ++this.seq;
    this.proc.send({ id, cmd: 'stop' });
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15000))]);
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

const HOUR = 3600_000;
const UID = 'api::complaint.complaint';
const JOB = 'chase-obligations';
// Wednesday 10 March 2027, 08:00 in Bangkok: the job's daily run
const N = new Date('2027-03-10T01:00:00Z');
const at = (hours: number) => new Date(N.getTime() + hours * HOUR);
const OFFICE = 'rayong-industry@example.test';

describe('escalation ladder and daily digest', () => {
  let app: TestApp;
  let child: ChildInstance;
  let lead: Awaited<ReturnType<typeof createUser>>;
  const tickets: Record<string, string> = {};

  beforeAll(async () => {
    app = await bootStrapi();
    // same database, secrets and SMTP server: bootStrapi has put them in process.env
    child = await ChildInstance.start();
    const s = app.strapi;
    await s.db.query('api::province.province').update({ where: { code: 'TH-21' }, data: { industryOfficeEmail: OFFICE } });
    lead = await createUser(s, 'response-team-member');
    const team: any = await createTeam(s, 'ladder-team', [lead]);
    await s.db.query('api::response-team.response-team').update({ where: { id: team.id }, data: { lead: lead.id } });
    const step = (data: Record<string, unknown>) =>
      s.documents('api::escalation-step.escalation-step' as any).create({ data: { source: 'complaint', active: true, ...data } as any });
    await step({ deadline: 'resolve', offsetHours: -24, recipientKind: 'assignee_lead', labelTh: 'หัวหน้าทีม: ครบกำหนดภายใน 1 วัน' });
    await step({ deadline: 'any', offsetHours: 0, recipientKind: 'province_office', labelTh: 'สำนักงานอุตสาหกรรมจังหวัด: ครบกำหนด' });
    await step({
      deadline: 'resolve',
      offsetHours: 48,
      recipientKind: 'address',
      address: 'director@example.test; ig@example.test',
      labelTh: 'ผู้อำนวยการกองและผู้ตรวจราชการ: เกินกำหนด 2 วัน',
      labelEn: 'Division director and Inspector-General: 2 days overdue',
    });
    await step({ deadline: 'any', offsetHours: 1, recipientKind: 'address', address: 'off@example.test', labelTh: 'ปิดใช้', active: false });

    const service = s.service(UID) as any;
    const complaint = async (name: string, state: string, due: { acknowledgeDueAt?: Date; resolveDueAt: Date }) => {
      const c = await service.intake(intakeBody({ title: `เรื่อง ${name}` }), {
        channel: 'web',
        actor: { label: 'test' },
        now: at(-24 * 20),
      });
      await s.db.query(UID).update({
        where: { documentId: c.documentId },
        data: { state, assignedTeam: team.id, acknowledgeDueAt: due.acknowledgeDueAt ?? at(-24 * 19), ...due },
      });
      tickets[name] = c.ticketNumber;
    };
    await complaint('c1', 'assigned', { resolveDueAt: at(10) }); // due in 10 h: the lead is warned
    await complaint('c2', 'assigned', { resolveDueAt: at(-2) }); // 2 h overdue: the provincial office
    await complaint('c3', 'received', { acknowledgeDueAt: at(-3), resolveDueAt: at(100) }); // not acknowledged in time: the office
    await complaint('c4', 'in_progress', { resolveDueAt: at(-49) }); // 2 days overdue: the office, the director, the IG
    await complaint('c5', 'resolved', { resolveDueAt: at(-100) }); // finished: nothing
  }, 300_000); // two instances boot
  afterAll(async () => {
    await child?.stop();
    await app?.close();
  });

  const digests = async () =>
    (
      await app.strapi.db
        .query('api::notification.notification')
        .findMany({ where: { templateKey: 'obligation.digest' }, orderBy: { id: 'asc' } })
    ).map((r: any) => ({ to: r.to as string, text: r.text as string, html: r.html as string, key: r.dedupeKey as string }));
  const run = (now: Date) => runObligations({ strapi: app.strapi, now, dryRun: false }, [anySource(complaintObligations)]);
  const mentioned = (text: string) => Object.keys(tickets).filter((k) => text.includes(tickets[k]));

  it("sends one digest per recipient holding all of that recipient's due items, and nothing again when the job runs twice", async () => {
    expect(await run(N)).toMatchObject({ digests: 4, stepsSent: 6 });
    const sent = await digests();
    expect(sent.map((d) => d.to).sort()).toEqual(['director@example.test', 'ig@example.test', lead.email.toLowerCase(), OFFICE].sort());
    const office = sent.find((d) => d.to === OFFICE)!;
    expect(mentioned(office.text)).toEqual(['c2', 'c3', 'c4']);
    expect(office.text).toContain('สำนักงานอุตสาหกรรมจังหวัด: ครบกำหนด');
    expect(office.text).toContain('กำหนดรับเรื่อง'); // c3's acknowledge deadline
    expect(office.text).toContain('เกินกำหนด 2 วัน 1 ชั่วโมง'); // c4
    expect(office.key).toMatch(/^digest:[0-9a-f]{16}:2027-03-10$/);
    // absolute links into the admin panel, one per item
    const hrefs = [...office.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '='));
    expect(hrefs).toHaveLength(3);
    expect(hrefs.every((h) => /^https?:\/\/[^/]+\/admin\/content-manager\/collection-types\/api::complaint\.complaint\/\w+$/.test(h))).toBe(
      true,
    );
    expect(office.text.match(/https?:\/\/\S+\/api::complaint\.complaint\/\w+/g)).toHaveLength(3);
    expect(mentioned(sent.find((d) => d.to === lead.email.toLowerCase())!.text)).toEqual(['c1']);
    expect(mentioned(sent.find((d) => d.to === 'director@example.test')!.text)).toEqual(['c4']);
    // nothing about the complainant reaches the recipients
    expect(sent.every((d) => !d.text.includes('somsri') && !d.html.includes('081-234-5678'))).toBe(true);

    expect(await run(N)).toMatchObject({ digests: 0, stepsSent: 0 });
    expect(await run(at(2))).toMatchObject({ digests: 0, stepsSent: 0 });
    expect(await digests()).toHaveLength(4);
  });

  it('sends the next day only the steps that fell due since, each once', async () => {
    // Thursday 08:00: c1's deadline has passed (the office); nothing else is new
    expect(await run(at(24))).toMatchObject({ digests: 1, stepsSent: 1 });
    const latest = (await digests()).slice(4);
    expect(latest.map((d) => d.to)).toEqual([OFFICE]);
    expect(mentioned(latest[0].text)).toEqual(['c1']);
    expect(latest[0].key.endsWith(':2027-03-11')).toBe(true);
    expect(await run(at(25))).toMatchObject({ digests: 0 });
  });

  it('sends each step once when the job runs on two instances at once', async () => {
    // Friday 08:00 and 08:01 (two fire keys, so both instances really run): c2 is 2 days overdue (director, IG)
    const [ra, rb] = await Promise.all([fireJob(app.strapi, JOB, at(48)), child.fire(JOB, at(48 + 1 / 60))]);
    expect(ra.ran && rb.ran).toBe(true);
    expect((ra.counts!.digests ?? 0) + (rb.counts!.digests ?? 0)).toBe(2);
    // the same minute on both: one run
    const [sa, sb] = await Promise.all([fireJob(app.strapi, JOB, at(49)), child.fire(JOB, at(49))]);
    expect([sa.ran, sb.ran].sort()).toEqual([false, true]);
    const friday = (await digests()).filter((d) => d.key.endsWith(':2027-03-12'));
    expect(friday.map((d) => d.to).sort()).toEqual(['director@example.test', 'ig@example.test']);
    expect(friday.every((d) => mentioned(d.text).join() === 'c2')).toBe(true);
    const ledger = await app.strapi.db.connection('escalation_sends').select('key');
    expect(ledger).toHaveLength(9);
    expect(new Set(ledger.map((r: any) => r.key)).size).toBe(9);
  });

  it('delivers the digests through the outbox once, over SMTP', async () => {
    app.smtp.messages.length = 0;
    await fireJob(app.strapi, 'dispatch-notifications', new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 3 * 60_000));
    const mail = app.smtp.messages.filter((m) => m.subject.includes('รายการที่ต้องดำเนินการ'));
    expect(mail).toHaveLength(7);
    const office = mail.filter((m) => m.to.includes(OFFICE));
    expect(office.map((m) => m.subject).sort()).toEqual([
      'รายการที่ต้องดำเนินการ 1 รายการ ประจำวันที่ 11 มีนาคม 2570',
      'รายการที่ต้องดำเนินการ 3 รายการ ประจำวันที่ 10 มีนาคม 2570',
    ]);
  });
});
