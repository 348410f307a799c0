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

/** The link from a topic page to its tool: what the reader can do there. */
export const TOOL_ACTIONS: Record<ToolKind, string> = {
  coverage: 'Check a post or job description against this list: tick, add notes and print a record',
  'sign-off': 'Use this list as an induction checklist: add dates and notes and print a sign-off record',
  'self-check': 'Check your own skills against this list and see where to get help',
};
