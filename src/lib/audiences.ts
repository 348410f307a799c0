import type { Audience } from '../schemas/enums';

/** How each audience is named on the site, and the journey it starts on the home page. */
export const AUDIENCE_INFO: Record<Audience, { label: string; journey: string; description: string }> = {
  prospective: {
    label: 'Prospective link workers',
    journey: 'Thinking about the role',
    description: 'What the job involves, the pay, the skills and competencies it asks for, and the support you would get.',
  },
  manager: {
    label: 'Practice and PCN managers',
    journey: 'Managing a practice or PCN',
    description: 'ARRS funding, what the contract asks of a PCN each year, and how to employ and claim for a link worker.',
  },
  trainer: {
    label: 'Trainers and supervisors',
    journey: 'Training and inducting link workers',
    description: 'Induction topics, supervision arrangements and checklists you can print.',
  },
};

export function audienceLabel(audience: Audience): string {
  return AUDIENCE_INFO[audience].label;
}
