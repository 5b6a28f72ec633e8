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

export interface InspectionsCommitment extends Struct.ComponentSchema {
  collectionName: 'components_inspections_commitments';
  info: {
    description: "One version of the agency's commitment to fix a finding (action, owner, date), pending the inspector's acceptance";
    displayName: '\u0E04\u0E33\u0E21\u0E31\u0E48\u0E19\u0E41\u0E01\u0E49\u0E44\u0E02 / Commitment';
  };
  attributes: {
    action: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    decidedAt: Schema.Attribute.DateTime;
    decisionComment: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    dueDate: Schema.Attribute.Date & Schema.Attribute.Required;
    owner: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    proposedAt: Schema.Attribute.DateTime;
    state: Schema.Attribute.Enumeration<['pending', 'accepted', 'rejected', 'superseded']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pending'>;
    version: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 1;
        },
        number
      >;
  };
}

export interface InspectionsExtensionRequest extends Struct.ComponentSchema {
  collectionName: 'components_inspections_extension_requests';
  info: {
    description: "The agency asks to move a finding's due date; the due date changes only when the inspector approves";
    displayName: '\u0E04\u0E33\u0E02\u0E2D\u0E02\u0E22\u0E32\u0E22\u0E40\u0E27\u0E25\u0E32 / Extension request';
  };
  attributes: {
    decidedAt: Schema.Attribute.DateTime;
    decisionComment: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    previousDueAt: Schema.Attribute.DateTime;
    reason: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 5000;
      }>;
    requestedAt: Schema.Attribute.DateTime;
    requestedDueAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    state: Schema.Attribute.Enumeration<['pending', 'approved', 'refused']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'pending'>;
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

export interface TrainingQuizChoice extends Struct.ComponentSchema {
  collectionName: 'components_training_quiz_choices';
  info: {
    description: 'A choice of a quiz question; `correct` is private: checked on the server, never sent to readers';
    displayName: '\u0E15\u0E31\u0E27\u0E40\u0E25\u0E37\u0E2D\u0E01 / Quiz choice';
  };
  attributes: {
    correct: Schema.Attribute.Boolean & Schema.Attribute.Required & Schema.Attribute.Private & Schema.Attribute.DefaultTo<false>;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface TrainingQuizQuestion extends Struct.ComponentSchema {
  collectionName: 'components_training_quiz_questions';
  info: {
    description: "One question of a material's quiz: the prompt and its choices (which are right is never sent to readers)";
    displayName: '\u0E04\u0E33\u0E16\u0E32\u0E21\u0E41\u0E1A\u0E1A\u0E17\u0E14\u0E2A\u0E2D\u0E1A / Quiz question';
  };
  attributes: {
    choices: Schema.Attribute.Component<'training.quiz-choice', true> &
      Schema.Attribute.SetMinMax<
        {
          max: 8;
          min: 2;
        },
        number
      >;
    prompt: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'complaint.complainant': ComplaintComplainant;
      'inspections.commitment': InspectionsCommitment;
      'inspections.extension-request': InspectionsExtensionRequest;
      'reporting.kpi': ReportingKpi;
      'reporting.kpi-result': ReportingKpiResult;
      'training.quiz-choice': TrainingQuizChoice;
      'training.quiz-question': TrainingQuizQuestion;
    }
  }
}
