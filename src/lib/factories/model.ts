import type { UID } from '@strapi/strapi';
import type { EnumValue } from '../platform/model';

/** The factory registry (Department of Industrial Works): its content type and the values its fields take. */
export const FACTORY_UID = 'api::factory.factory' as const satisfies UID.ContentType;

/** The registry's states: ประกอบกิจการ, ยังไม่ประกอบกิจการ, หยุดชั่วคราว, เลิกกิจการ, เพิกถอนใบอนุญาต. */
export const FACTORY_STATES = ['operating', 'not_started', 'suspended', 'closed', 'revoked'] as const satisfies readonly EnumValue<
  typeof FACTORY_UID,
  'state'
>[];
export type FactoryState = (typeof FACTORY_STATES)[number];

/** Thai labels of the states, as the registry and the import file spell them. */
export const FACTORY_STATE_TH: Record<FactoryState, string> = {
  operating: 'ประกอบกิจการ',
  not_started: 'ยังไม่ประกอบกิจการ',
  suspended: 'หยุดประกอบกิจการชั่วคราว',
  closed: 'เลิกประกอบกิจการ',
  revoked: 'ถูกเพิกถอนใบอนุญาต',
};
