import type { Topic } from '../schemas/enums';
import type { ToolKind } from './tool-state';

/** Which topic's list becomes which tool. A list on any other topic stays a plain list. */
export const TOOL_FOR_TOPIC: Partial<Record<Topic, ToolKind>> = {
  'arrs-requirements': 'coverage',
  induction: 'sign-off',
  'skills-and-training': 'self-check',
};

export const TOOL_NAMES: Record<ToolKind, string> = {
  coverage: 'ARRS responsibilities checklist',
  'sign-off': 'Induction checklist',
  'self-check': 'Skills and characteristics self-check',
};
