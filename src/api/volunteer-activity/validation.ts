import { yup } from '@strapi/utils';
import { knownObject, text } from '../../lib/platform/validation';
import { skills } from '../volunteer/validation';

/** An activity as coordinators create and edit it (end after start is checked against what is stored). */
export const activitySchema = (creating: boolean) => {
  const req = <T extends yup.AnySchema>(s: T) => (creating ? s.required('is required') : s);
  return knownObject({
    title: req(text(200).min(1, 'must not be empty')),
    description: text(5000).nullable(),
    startAt: req(yup.date().typeError('must be an ISO 8601 date-time')),
    endAt: req(yup.date().typeError('must be an ISO 8601 date-time')),
    place: text(300).nullable(),
    province: text(8)
      .nullable()
      .matches(/^TH-[0-9]{2}$/, { message: 'must be a province code such as TH-10', excludeEmptyString: true }),
    capacity: req(
      yup
        .number()
        .typeError('must be a whole number')
        .integer('must be a whole number')
        .min(1, 'must be at least 1')
        .max(10000, 'must be at most 10000'),
    ),
    requiredSkills: skills.nullable(),
    // hours a promoted volunteer has to confirm; 0 = no confirmation, empty = VOLUNTEER_CONFIRM_HOURS
    confirmHours: yup
      .number()
      .nullable()
      .typeError('must be a whole number of hours')
      .integer('must be a whole number of hours')
      .min(0, 'must be at least 0 (0: no confirmation asked)')
      .max(720, 'must be at most 720'),
    state: yup.string().oneOf(['open', 'completed'], 'must be open or completed (cancel with POST …/cancel)'),
  });
};

/** Cancelling an activity: an optional reason, told to the volunteers signed up. */
export const cancelSchema = knownObject({ reason: text(2000).nullable() });

/** What activitySchema lets through (on create, the required fields are there). */
export interface ActivityInput {
  title?: string;
  description?: string | null;
  startAt?: Date;
  endAt?: Date;
  place?: string | null;
  province?: string | null;
  capacity?: number;
  requiredSkills?: string[] | null;
  confirmHours?: number | null;
  state?: 'open' | 'completed';
}
export type NewActivityInput = ActivityInput & { title: string; startAt: Date; endAt: Date; capacity: number };
