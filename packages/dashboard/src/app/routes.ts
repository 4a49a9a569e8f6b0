/**
 * The dashboard's pages and their URLs. Records live under the mode —
 * `/dashboard/test/payments/pay_…`, `/dashboard/live/payments` — so a screen shows one mode only and
 * its URL says which; team, audit, account and partners have no mode. Each page is a lazy chunk.
 */
import type { Permission } from './me.ts';

export type Mode = 'test' | 'live';

export interface PageDef {
  load: () => Promise<unknown>;
  tag: string;
  moded: boolean;
  /** Shown to users with this permission (partner pages need a partner: `read`). */
  needs: Permission;
}

export const PAGES = {
  home: { load: () => import('../pages/home.ts'), tag: 'fd-home', moded: true, needs: 'read' },
  sessions: { load: () => import('../pages/sessions.ts'), tag: 'fd-sessions', moded: true, needs: 'read' },
  payments: { load: () => import('../pages/payments.ts'), tag: 'fd-payments', moded: true, needs: 'read' },
  identity: { load: () => import('../pages/identity.ts'), tag: 'fd-identity', moded: true, needs: 'read' },
  links: { load: () => import('../pages/links.ts'), tag: 'fd-links', moded: true, needs: 'read' },
  events: { load: () => import('../pages/events.ts'), tag: 'fd-events', moded: true, needs: 'read' },
  developers: {
    load: () => import('../pages/developers.ts'),
    tag: 'fd-developers',
    moded: true,
    needs: 'read',
  },
  settings: { load: () => import('../pages/settings.ts'), tag: 'fd-settings', moded: true, needs: 'read' },
  partners: {
    load: () => import('../pages/partners.ts'),
    tag: 'fd-partners',
    moded: false,
    needs: 'manage_partners',
  },
  team: { load: () => import('../pages/team.ts'), tag: 'fd-team', moded: false, needs: 'manage_team' },
  audit: { load: () => import('../pages/audit.ts'), tag: 'fd-audit', moded: false, needs: 'read_audit' },
  account: { load: () => import('../pages/account.ts'), tag: 'fd-account', moded: false, needs: 'read' },
} satisfies Record<string, PageDef>;
export type PageName = keyof typeof PAGES;

export interface Route {
  page: PageName | 'sign-in' | 'invite';
  mode: Mode;
  id?: string;
}

const MODE_KEY = 'finlet-dashboard-mode';

export function parseRoute(pathname: string): Route {
  const parts = pathname
    .replace(/^\/dashboard\/?/, '')
    .split('/')
    .filter(Boolean);
  const remembered = (localStorage.getItem(MODE_KEY) as Mode | null) ?? 'test';
  if (parts[0] === 'invite') return { page: 'invite', mode: remembered };
  if (parts[0] === 'sign-in') return { page: 'sign-in', mode: remembered };
  if (parts[0] === 'test' || parts[0] === 'live') {
    localStorage.setItem(MODE_KEY, parts[0]);
    const page = (parts[1] ?? 'home') as PageName;
    return { page: page in PAGES ? page : 'home', mode: parts[0], ...(parts[2] ? { id: parts[2] } : {}) };
  }
  const page = parts[0] as PageName | undefined;
  if (page && page in PAGES && !PAGES[page].moded) return { page, mode: remembered };
  return { page: 'home', mode: remembered };
}

export function href(page: PageName, mode: Mode, id?: string): string {
  if (!PAGES[page].moded) return `/dashboard/${page}`;
  return `/dashboard/${mode}${page === 'home' ? '' : `/${page}`}${id ? `/${id}` : ''}`;
}
