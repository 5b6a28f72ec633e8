/**
 * The quiz of a material, and law at hand: the materials linked to a complaint's category or to an
 * inspection finding, for whoever may see that complaint or finding (`global::visible`, else 404).
 */
export default {
  routes: [
    {
      method: 'POST',
      path: '/training-materials/:id/quiz-attempts',
      handler: 'training-material.attemptQuiz',
      config: { policies: ['global::logged-in'] },
    },
    {
      method: 'GET',
      path: '/complaints/:id/law-at-hand',
      handler: 'training-material.lawForComplaint',
      config: { policies: [{ name: 'global::visible', config: { uid: 'api::complaint.complaint', notFound: 'Complaint not found' } }] },
    },
    {
      method: 'GET',
      path: '/inspection-findings/:id/law-at-hand',
      handler: 'training-material.lawForFinding',
      config: {
        policies: [
          { name: 'global::visible', config: { uid: 'api::inspection-finding.inspection-finding', notFound: 'Finding not found' } },
        ],
      },
    },
  ],
};
