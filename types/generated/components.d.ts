import type { Schema, Struct } from '@strapi/strapi';

export interface ComplaintComplainant extends Struct.ComponentSchema {
  collectionName: 'components_complaint_complainants';
  info: {
    description: 'Personal data of a complainant (PDPA): visible to complaint officers and administrators only';
    displayName: '\u0E1C\u0E39\u0E49\u0E23\u0E49\u0E2D\u0E07\u0E40\u0E23\u0E35\u0E22\u0E19 / Complainant';
  };
  attributes: {
    email: Schema.Attribute.Email;
    name: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'complaint.complainant': ComplaintComplainant;
    }
  }
}
