import type { Core } from '@strapi/strapi';
import type { LadderDeadline, LadderStep, RecipientKind } from './ladder';

/** How an item is listed in a digest. */
export interface DigestItem {
  /** what people call it: a ticket number, a project code and period, a material's title */
  ref: string;
  title: string;
  /** absolute link to where the recipient acts (the staff app, the admin panel) */
  link: string;
}

/**
 * One kind of obligation (progress reports, inspection findings, complaint deadlines, required
 * reading, volunteer activities), declared by its domain (src/lib/<domain>/obligations.ts) in its
 * manifest. It says what is owed (`load` returns only what is still open: done items are not loaded,
 * so their reminders stop), by whom (`recipients`), by when (`deadlines`).
 */
export interface ObligationSource<T extends { id: number; documentId: string } = { id: number; documentId: string }> {
  /** the `source` of its escalation steps and the first part of its keys, e.g. `report` */
  name: string;
  /** Thai and English name of its items in a digest */
  labelTh: string;
  labelEn: string;
  /** reminded on non-working days too (people outside the office hours: volunteers) */
  anyDay?: boolean;
  /**
   * the ladder when an administrator has set no active step for this source: the reminder-policy's
   * (`policy`, the default), or none (only steps an administrator adds)
   */
  defaultLadder?: 'policy' | 'none' | Omit<LadderStep, 'source'>[];
  /** a batch of open items with a deadline by `horizon`, ordered by id, after `afterId` */
  load(strapi: Core.Strapi, args: { horizon: Date; now: Date; afterId: number; limit: number }): Promise<T[]>;
  /** the item's deadlines still owed */
  deadlines(item: T): LadderDeadline[];
  /** the addresses a step reaches for this item (may be none) */
  recipients(item: T, step: LadderStep): string[];
  /** why a recipient of this kind is told, Thai and English ("you are the project's officer") */
  why(kind: RecipientKind): { th: string; en: string };
  /** how the item is listed in a digest; `base` is the public URL */
  describe(item: T, base: string): DigestItem;
  /** the content type whose `escalatedAt` is stamped when a `next_level` step about an item goes out */
  escalatedUid?: string;
}

/** A source of any item type, as the engine holds them side by side. */
export type AnySource = ObligationSource<{ id: number; documentId: string }>;

/** Widens a typed source for the list of every source (the engine reads items only through it). */
export const anySource = <T extends { id: number; documentId: string }>(source: ObligationSource<T>): AnySource =>
  source as unknown as AnySource;

/** The reason an `address` step gives: an administrator put the address on the ladder. */
export const ADDRESS_WHY = {
  th: 'ผู้ดูแลระบบกำหนดให้อีเมลนี้รับแจ้งขั้นนี้ของลำดับการแจ้งเตือน',
  en: 'an administrator put this address on this step of the reminder ladder',
};
