#!/usr/bin/env node
'use strict';
/**
 * What keeping prepared statements per SQLite connection saves (src/lib/platform/sqlite-statements.ts),
 * measured in one process without HTTP, so that the machine's noise between HTTP runs does not hide it:
 * the public tracking look-up's two statements over knex, with every statement prepared again (knex's
 * own behaviour) and with the connection's statement cache, alternating.
 *
 *   npm run bench -- --db sqlite --scale 1 --only tracking --duration 5 --keep   # prints the kept file
 *   npm run bench:statements -- /tmp/mind_bench-XXXX/bench.db [look-ups per round, 20000]
 *
 * Needs `npm run bench` to have compiled the app once (bench/out).
 */
const path = require('path');
const knexFactory = require('knex');

const file = process.argv[2];
const rounds = 3;
const perRound = Number(process.argv[3] || 20000);
if (!file) {
  process.stderr.write('usage: npm run bench:statements -- <bench.db kept by npm run bench --keep> [look-ups]\n');
  process.exit(2);
}
const { cacheStatements } = require(path.join(__dirname, 'out', 'dist', 'src', 'lib', 'platform', 'sqlite-statements.js'));

// the tracking page's statements as src/lib/complaints/tracking.ts compiles them (columns trimmed)
const COMPLAINT = `select c.id, c.title, c.state, c.resolve_due_at, cat.code as cat_code, cat.name_th as cat_name,
  prv.code as prv_code, prv.name_th as prv_name, inc.code as inc_code
  from complaints as c
  left join complaints_category_lnk as catl on catl.complaint_id = c.id
  left join complaint_categories as cat on cat.id = catl.complaint_category_id
  left join complaints_province_lnk as prvl on prvl.complaint_id = c.id
  left join provinces as prv on prv.id = prvl.province_id
  left join complaints_incident_lnk as incl on incl.complaint_id = c.id
  left join incidents as inc on inc.id = incl.incident_id
  where c.tracking_code = ? limit ?`;
const UPDATES = `select u.kind, u.from_status, u.to_status, u.note, u.visibility, u.occurred_at
  from complaint_updates_complaint_lnk as l inner join complaint_updates as u on u.id = l.complaint_update_id
  where l.complaint_id = ? order by u.occurred_at asc, u.id asc limit ?`;

async function measure(cached) {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    pool: { min: 1, max: 1, afterCreate: (conn, done) => done(null, cached ? cacheStatements(conn) : conn) },
  });
  try {
    const codes = (await knex.raw('select tracking_code as c from complaints order by id limit 3000')).map((r) => r.c);
    const times = [];
    for (let round = 0; round < rounds; round++) {
      const started = process.hrtime.bigint();
      for (let i = 0; i < perRound; i++) {
        const [row] = await knex.raw(COMPLAINT, [codes[i % codes.length], 1]);
        await knex.raw(UPDATES, [row ? row.id : 0, 500]);
      }
      times.push(Number(process.hrtime.bigint() - started) / 1e3 / perRound);
    }
    return Math.min(...times);
  } finally {
    await knex.destroy();
  }
}

(async () => {
  const best = { prepared: [], cached: [] };
  for (let pass = 0; pass < 3; pass++) {
    best.prepared.push(await measure(false));
    best.cached.push(await measure(true));
  }
  const f = (v) => Math.min(...v).toFixed(0);
  console.log('| tracking look-up, 2 statements over knex | µs per look-up (best round of 9) |');
  console.log('|---|---:|');
  console.log(`| every statement prepared again (knex) | ${f(best.prepared)} |`);
  console.log(`| statements kept per connection | ${f(best.cached)} |`);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
