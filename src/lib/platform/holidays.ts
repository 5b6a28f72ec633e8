import type { Core, UID } from '@strapi/strapi';
import { insertManyIgnoringConflict } from './db-insert';
import { cachedRead, dropCachedReads } from './cached-reads';

/**
 * The holiday calendar: days that are not working days (src/lib/platform/working-time.ts). Thai public
 * holidays of the current and next Buddhist year are seeded at start; an administrator adds special
 * holidays (a day the Cabinet adds) or corrects a date in the admin panel.
 *
 * Seeding is once per year and never touches what is there: each seeded day has a `seedKey`
 * (`2569:new-year`), inserted with ON CONFLICT DO NOTHING (two instances starting together add each
 * day once), and a year once seeded is marked in the core store, so a day an administrator deleted
 * (a holiday the Cabinet cancelled) does not come back at the next start, and an edited one stays edited.
 */
const HOLIDAY_UID = 'api::holiday.holiday' as const satisfies UID.ContentType;

interface SeedHoliday {
  key: string;
  date: string;
  nameTh: string;
  nameEn: string;
  kind: 'public' | 'special';
}

const day = (key: string, date: string, nameTh: string, nameEn: string, kind: SeedHoliday['kind'] = 'public'): SeedHoliday => ({
  key,
  date,
  nameTh,
  nameEn,
  kind,
});

/**
 * Government holidays (วันหยุดราชการ) by Buddhist year, with the substitution days (วันหยุดชดเชย) for
 * those falling on a weekend. 2569: as announced for 2026 (the Cabinet's extra day on Friday 2 January
 * included; Makha Bucha on the full moon of the 4th month, 2569 having an extra 8th month). 2570: the
 * fixed-date holidays with their substitution days, and the Buddhist days on the lunar calendar's full
 * moons; the Cabinet announces the year's list (and any extra days) late in the year before, and an
 * administrator corrects or adds to the calendar in the panel. The Royal Ploughing Ceremony's date is
 * set each year by the Royal Household and is added by an administrator.
 */
const THAI_HOLIDAYS: Record<number, SeedHoliday[]> = {
  2569: [
    day('new-year', '2026-01-01', 'วันขึ้นปีใหม่', "New Year's Day"),
    day('new-year-extra', '2026-01-02', 'วันหยุดราชการเพิ่มเป็นกรณีพิเศษ', 'Special holiday (Cabinet)', 'special'),
    day('makha-bucha', '2026-03-03', 'วันมาฆบูชา', 'Makha Bucha Day'),
    day('chakri', '2026-04-06', 'วันจักรี', 'Chakri Memorial Day'),
    day('songkran-1', '2026-04-13', 'วันสงกรานต์', 'Songkran Festival'),
    day('songkran-2', '2026-04-14', 'วันสงกรานต์', 'Songkran Festival'),
    day('songkran-3', '2026-04-15', 'วันสงกรานต์', 'Songkran Festival'),
    day('coronation', '2026-05-04', 'วันฉัตรมงคล', 'Coronation Day'),
    day('visakha-bucha', '2026-05-31', 'วันวิสาขบูชา', 'Visakha Bucha Day'),
    day('visakha-bucha-sub', '2026-06-01', 'วันหยุดชดเชยวันวิสาขบูชา', 'Substitution for Visakha Bucha Day'),
    day('queen-birthday', '2026-06-03', 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี', "H.M. Queen Suthida's Birthday"),
    day('king-birthday', '2026-07-28', 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว', "H.M. the King's Birthday"),
    day('asarnha-bucha', '2026-07-29', 'วันอาสาฬหบูชา', 'Asarnha Bucha Day'),
    day('khao-phansa', '2026-07-30', 'วันเข้าพรรษา', 'Buddhist Lent Day'),
    day('mother', '2026-08-12', 'วันแม่แห่งชาติ', "H.M. Queen Sirikit The Queen Mother's Birthday / Mother's Day"),
    day('king-bhumibol-memorial', '2026-10-13', 'วันนวมินทรมหาราช', 'King Bhumibol Adulyadej Memorial Day'),
    day('chulalongkorn', '2026-10-23', 'วันปิยมหาราช', 'Chulalongkorn Day'),
    day('father', '2026-12-05', 'วันพ่อแห่งชาติ', "King Bhumibol's Birthday / National Day / Father's Day"),
    day('father-sub', '2026-12-07', 'วันหยุดชดเชยวันพ่อแห่งชาติ', "Substitution for Father's Day"),
    day('constitution', '2026-12-10', 'วันรัฐธรรมนูญ', 'Constitution Day'),
    day('new-year-eve', '2026-12-31', 'วันสิ้นปี', "New Year's Eve"),
  ],
  2570: [
    day('new-year', '2027-01-01', 'วันขึ้นปีใหม่', "New Year's Day"),
    day('makha-bucha', '2027-02-20', 'วันมาฆบูชา', 'Makha Bucha Day'),
    day('makha-bucha-sub', '2027-02-22', 'วันหยุดชดเชยวันมาฆบูชา', 'Substitution for Makha Bucha Day'),
    day('chakri', '2027-04-06', 'วันจักรี', 'Chakri Memorial Day'),
    day('songkran-1', '2027-04-13', 'วันสงกรานต์', 'Songkran Festival'),
    day('songkran-2', '2027-04-14', 'วันสงกรานต์', 'Songkran Festival'),
    day('songkran-3', '2027-04-15', 'วันสงกรานต์', 'Songkran Festival'),
    day('coronation', '2027-05-04', 'วันฉัตรมงคล', 'Coronation Day'),
    day('visakha-bucha', '2027-05-20', 'วันวิสาขบูชา', 'Visakha Bucha Day'),
    day('queen-birthday', '2027-06-03', 'วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี', "H.M. Queen Suthida's Birthday"),
    day('asarnha-bucha', '2027-07-18', 'วันอาสาฬหบูชา', 'Asarnha Bucha Day'),
    day('khao-phansa', '2027-07-19', 'วันเข้าพรรษา', 'Buddhist Lent Day'),
    day('asarnha-bucha-sub', '2027-07-20', 'วันหยุดชดเชยวันอาสาฬหบูชา', 'Substitution for Asarnha Bucha Day'),
    day('king-birthday', '2027-07-28', 'วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว', "H.M. the King's Birthday"),
    day('mother', '2027-08-12', 'วันแม่แห่งชาติ', "H.M. Queen Sirikit The Queen Mother's Birthday / Mother's Day"),
    day('king-bhumibol-memorial', '2027-10-13', 'วันนวมินทรมหาราช', 'King Bhumibol Adulyadej Memorial Day'),
    day('chulalongkorn', '2027-10-23', 'วันปิยมหาราช', 'Chulalongkorn Day'),
    day('chulalongkorn-sub', '2027-10-25', 'วันหยุดชดเชยวันปิยมหาราช', 'Substitution for Chulalongkorn Day'),
    day('father', '2027-12-05', 'วันพ่อแห่งชาติ', "King Bhumibol's Birthday / National Day / Father's Day"),
    day('father-sub', '2027-12-06', 'วันหยุดชดเชยวันพ่อแห่งชาติ', "Substitution for Father's Day"),
    day('constitution', '2027-12-10', 'วันรัฐธรรมนูญ', 'Constitution Day'),
    day('new-year-eve', '2027-12-31', 'วันสิ้นปี', "New Year's Eve"),
  ],
};

/** Seeds each shipped year's holidays once (see above); returns how many rows it added. */
export async function seedHolidays(strapi: Core.Strapi): Promise<number> {
  const store = strapi.store({ type: 'plugin', name: 'mind_desk' });
  let added = 0;
  for (const [year, days] of Object.entries(THAI_HOLIDAYS)) {
    const marker = `holidays-seeded:${year}`;
    if (await store.get({ key: marker })) continue;
    added += await insertManyIgnoringConflict(
      strapi,
      HOLIDAY_UID,
      days.map((d) => ({ seedKey: `${year}:${d.key}`, date: d.date, nameTh: d.nameTh, nameEn: d.nameEn, kind: d.kind })),
      'seedKey',
    );
    dropCachedReads(strapi, HOLIDAY_UID); // written past the query layer's lifecycles
    await store.set({ key: marker, value: true });
  }
  return added;
}

/** Every holiday's date (YYYY-MM-DD): a few dozen rows a year, read whole. */
export async function holidayDates(strapi: Core.Strapi): Promise<string[]> {
  return cachedRead(strapi, [HOLIDAY_UID], 'dates', async () => {
    const rows: { date: string }[] = await strapi.db.query(HOLIDAY_UID).findMany({ select: ['date'], limit: 100_000 });
    return rows.map((r) => String(r.date).slice(0, 10));
  });
}
