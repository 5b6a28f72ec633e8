import { bootStrapi, TestApp } from '../harness/strapi';
import { intakeBody } from '../harness/complaints';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';

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
});
