/**
 * What each dashboard role may do. A partner's users: `viewer` reads everything but secrets and
 * personal details; `reviewer` also decides identity reviews (and so sees the documents);
 * `developer` also manages API keys and webhook endpoints and redelivers events; `admin` does all
 * of that plus refunds, link revocation, settings and the team. The operator's users manage
 * partners and read the audit log; they see no partner's customers.
 * Routes name the permission they need; the dashboard hides what the role lacks, and the server
 * refuses it anyway (403 `insufficient_role`).
 */
import type { DashboardRole } from '../db/schema.ts';
import { ApiError } from '../errors.ts';

export const PERMISSIONS = [
  'read',
  'review',
  'view_personal_data',
  'refund',
  'revoke_link',
  'manage_developers',
  'manage_settings',
  'manage_team',
  'read_audit',
  'manage_partners',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = ['read'];
const REVIEWER: Permission[] = [...VIEWER, 'review', 'view_personal_data'];
const DEVELOPER: Permission[] = [...VIEWER, 'manage_developers'];

export const ROLE_PERMISSIONS: Record<DashboardRole, readonly Permission[]> = {
  viewer: VIEWER,
  reviewer: REVIEWER,
  developer: DEVELOPER,
  admin: [
    ...new Set([
      ...REVIEWER,
      ...DEVELOPER,
      'refund',
      'revoke_link',
      'manage_settings',
      'manage_team',
      'read_audit',
    ] as Permission[]),
  ],
  operator: ['manage_partners', 'manage_team', 'read_audit'],
};

export const PARTNER_ROLES = ['admin', 'developer', 'reviewer', 'viewer'] as const;

export function can(role: DashboardRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function requirePermission(role: DashboardRole, permission: Permission): void {
  if (!can(role, permission)) throw new ApiError('insufficient_role');
}
