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

export interface ReportingKpi extends Struct.ComponentSchema {
  collectionName: 'components_reporting_kpis';
  info: {
    description: "A project's key performance indicator and its target";
    displayName: '\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 / KPI';
    icon: 'chartBubble';
  };
  attributes: {
    code: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    target: Schema.Attribute.Decimal;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
  };
}

export interface ReportingKpiResult extends Struct.ComponentSchema {
  collectionName: 'components_reporting_kpi_results';
  info: {
    description: "A KPI's result in one progress report";
    displayName: '\u0E1C\u0E25\u0E15\u0E31\u0E27\u0E0A\u0E35\u0E49\u0E27\u0E31\u0E14 / KPI result';
    icon: 'chartBubble';
  };
  attributes: {
    actual: Schema.Attribute.Decimal;
    code: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    note: Schema.Attribute.Text;
    target: Schema.Attribute.Decimal;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'complaint.complainant': ComplaintComplainant;
      'reporting.kpi': ReportingKpi;
      'reporting.kpi-result': ReportingKpiResult;
    }
  }
}
