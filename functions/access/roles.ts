/**
 * The roles of docs/access.md, spelled as the Cognito groups that carry them. DevOps is not
 * here on purpose: it operates the stack and holds no role on the data.
 */
export const roles = [
  'finance-officer',
  'finance-approver',
  'hr-officer',
  'leadership',
  'donor',
  'auditor',
  'admin',
] as const;

export type Role = (typeof roles)[number];

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);
