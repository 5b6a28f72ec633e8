import type { Core } from '@strapi/strapi';
import type { Actor } from '../platform/actor';
import { agencyScope } from '../reporting/access';

/**
 * An agency reporting officer sees and answers only the findings whose responsible agency is theirs
 * (others are 404); inspectors see all.
 */
export const findingScope = (strapi: Core.Strapi, actor: Actor) => agencyScope(strapi, actor, 'responsibleAgency');
