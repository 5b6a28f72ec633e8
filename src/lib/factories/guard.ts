import type { Core } from '@strapi/strapi';
import { documentGuard } from '../platform/trusted-write';
import { COMPLAINT_UID } from '../complaints/model';
import { factoryByRegistrationNumber } from './registry';

/**
 * A complaint filed with a factory registration number (web form, Open311, an officer, the admin panel)
 * is linked to that registered factory when the number, normalised, is in the registry; the free text
 * the complainant wrote stays as written. A complaint that names its factory itself keeps that link.
 */
export function registerFactoryGuard(strapi: Core.Strapi) {
  strapi.documents.use(
    documentGuard(
      [COMPLAINT_UID],
      async (context, next) => {
        const data = context.params.data as Record<string, unknown> | undefined;
        if (context.action !== 'create' || !data || data.factory || typeof data.factoryRegistrationNumber !== 'string') return next();
        const factory = await factoryByRegistrationNumber(strapi, data.factoryRegistrationNumber);
        if (factory) data.factory = factory.documentId;
        return next();
      },
      { skipTrusted: false },
    ),
  );
}
