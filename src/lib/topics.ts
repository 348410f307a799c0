import type { Topic } from '../schemas/enums';

/** Short names for topics, used in search filters and section navigation. */
export const TOPIC_LABELS: Record<Topic, string> = {
  'about-the-role': 'About the role',
  benefits: 'Benefits',
  funding: 'Funding',
  'arrs-requirements': 'ARRS requirements',
  'employing-and-claiming': 'Employing and claiming',
  'skills-and-training': 'Skills and training',
  'job-description': 'Job description',
  supervision: 'Supervision',
  induction: 'Induction',
  'ongoing-support': 'Ongoing support',
  'case-studies': 'Case studies',
  competencies: 'Competencies',
  'pay-and-employment': 'Pay and employment',
};

export function topicLabel(topic: Topic): string {
  return TOPIC_LABELS[topic];
}
