import { bootStrapi, TestApp } from '../harness/strapi';
import { intakeBody } from '../harness/complaints';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';
import { validateTemplate } from '../../src/lib/manifests';

/**
 * A citizen who files a complaint with an email address gets the acknowledgement (ticket number,
 * tracking link) once the outbox is dispatched; an anonymous one gets nothing. (Found by npm run
 * scale-out: the acknowledgement read the complaint without its complainant, so none was ever queued.)
 */
describe('acknowledgement email of a public complaint', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reaches the complainant with the ticket number and tracking code, once', async () => {
    const res = await app
      .http()
      .post('/api/public/complaints')
      .send(intakeBody({ complainant: { name: 'สมหญิง ใจดี', email: 'somying@example.test' } }))
      .expect(201);
    const { ticketNumber, trackingCode } = res.body.data;
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    const mails = await app.smtp.waitFor(1);
    const mine = mails.filter((m) => m.to.includes('somying@example.test'));
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toContain(ticketNumber);
    expect(mine[0].text).toContain(trackingCode);
  });

  it('sends nothing for an anonymous complaint', async () => {
    app.smtp.messages.length = 0;
    await app
      .http()
      .post('/api/public/complaints')
      .send(intakeBody({ anonymous: true, complainant: undefined, consent: undefined }))
      .expect(201);
    expect(await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false })).toMatchObject({ emailsSent: 0 });
    expect(app.smtp.messages).toHaveLength(0);
  });

  // The address is whatever the filer typed: the receipt must not carry their words to a stranger
  // (spam relay), nor bury one address in receipts.
  const SPAM = 'Cheap pills at http://spam.example.com';
  const outboxTo = (to: string) =>
    app.strapi.db.query('api::notification.notification').findMany({ where: { to, templateKey: 'complaint.received' } });

  it('carries fixed wording, ticket and tracking code only: nothing the filer wrote', async () => {
    const res = await app
      .http()
      .post('/api/public/complaints')
      .send(
        intakeBody({
          title: SPAM,
          description: SPAM,
          address: SPAM,
          factoryName: SPAM,
          complainant: { name: SPAM, email: 'relay-target@example.test' },
        }),
      )
      .expect(201);
    const [mail] = await outboxTo('relay-target@example.test');
    expect(mail.text).toContain(res.body.data.ticketNumber);
    expect(mail.text).toContain(res.body.data.trackingCode);
    for (const part of [mail.subject, mail.text, mail.html]) expect(part).not.toMatch(/spam\.example|pills/i);
    // nor can an administrator put the filer's text back into the template
    expect(validateTemplate('complaint.received', { textTh: '{{complaint.title}} {{complaint.description}}' })).not.toEqual([]);
  });

  it('sends one address at most 3 receipts a day; the complaints themselves are all accepted', async () => {
    for (let i = 0; i < 5; i++) {
      const email = i % 2 ? 'Flooded@Example.test' : 'flooded@example.test';
      await app
        .http()
        .post('/api/public/complaints')
        .send(intakeBody({ complainant: { name: 'ผู้ร้อง', email } }))
        .expect(201);
    }
    expect(await outboxTo('flooded@example.test')).toHaveLength(3);
  });
});
