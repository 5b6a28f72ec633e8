/** Call-outs; who may call each is granted in src/lib/volunteers/manifest.ts. */
export default {
  routes: [
    { method: 'POST', path: '/volunteer-rosters', handler: 'volunteer-roster.callOut' },
    { method: 'POST', path: '/volunteer-rosters/:id/close', handler: 'volunteer-roster.close' },
    // the staff app: a volunteer's own calls, and their answer to one
    { method: 'GET', path: '/volunteer-rosters/mine', handler: 'volunteer-roster.mine' },
    { method: 'POST', path: '/volunteer-rosters/:id/my-answer', handler: 'volunteer-roster.answerMine' },
    // the e-mailed yes/no link's page: no login, the token is the credential
    { method: 'POST', path: '/volunteer-rosters/answer', handler: 'volunteer-roster.answer', config: { auth: false } },
  ],
};
