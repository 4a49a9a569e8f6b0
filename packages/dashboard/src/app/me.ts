/** The signed-in user as `GET /dashboard/api/me` answers it. */
export type Permission =
  | 'read'
  | 'review'
  | 'view_personal_data'
  | 'refund'
  | 'revoke_link'
  | 'manage_developers'
  | 'manage_settings'
  | 'manage_team'
  | 'read_audit'
  | 'manage_partners';

export interface Me {
  user: { id: string; email: string; name: string; role: string; partner_id: string | null };
  partner: { id: string; name: string } | null;
  permissions: Permission[];
  csrf_token: string;
}

export const can = (me: Me | undefined, p: Permission) => !!me?.permissions.includes(p);
