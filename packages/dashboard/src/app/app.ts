/**
 * `<finlet-dashboard>`: the dashboard's shell. Finds out who is signed in (`/me`, which also
 * gives the CSRF token), shows the sign-in or invitation page otherwise, and around every page a
 * header that always shows the mode (test or live) with its switch, the language and theme
 * choices and sign-out, and the navigation the role may use. Pages load lazily; links inside
 * them are followed without reloading (History API), and each new page's heading takes focus.
 */
import { css, html, LitElement, nothing } from 'lit';
import { DashboardApiError, get, post, setCsrfToken } from '../api.ts';
import { LANGUAGES, m, setLocale } from '../i18n/i18n.ts';
import { pageStyles } from '../ui/styles.ts';
import { can, type Me } from './me.ts';
import { href, PAGES, type PageName, parseRoute, type Route } from './routes.ts';

const THEME_KEY = 'finlet-dashboard-theme';
const LANG_KEY = 'finlet-dashboard-lang';
const NAV: PageName[] = [
  'home',
  'sessions',
  'payments',
  'identity',
  'links',
  'events',
  'developers',
  'settings',
  'partners',
  'team',
  'audit',
  'account',
];

export class FinletDashboard extends LitElement {
  static override properties = {
    me: { state: true },
    route: { state: true },
    ready: { state: true },
    menuOpen: { state: true },
  };
  declare me: Me | undefined;
  declare route: Route;
  declare ready: boolean;
  declare menuOpen: boolean;
  private theme = localStorage.getItem(THEME_KEY) ?? 'auto';

  static override styles = [
    pageStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        padding: 0.6rem 1rem;
        border-block-end: 1px solid var(--fd-border);
        background: var(--fd-surface);
      }
      .brand {
        font-weight: 700;
        margin-inline-end: auto;
      }
      .mode {
        font-weight: 700;
        padding: 0.2rem 0.6rem;
        border-radius: var(--fd-radius);
      }
      .mode.test {
        color: var(--fd-test);
        background: var(--fd-test-bg);
        border: 1px solid var(--fd-test);
      }
      .mode.live {
        color: var(--fd-live);
        background: var(--fd-live-bg);
        border: 1px solid var(--fd-live);
      }
      header label {
        flex-direction: row;
        align-items: center;
        font-weight: 400;
      }
      nav ul {
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        margin: 0;
        padding: 0.4rem 1rem;
        border-block-end: 1px solid var(--fd-border);
      }
      nav a {
        display: inline-block;
        padding: 0.45rem 0.6rem;
        border-radius: var(--fd-radius);
        text-decoration: none;
      }
      nav a[aria-current='page'] {
        background: var(--fd-primary);
        color: var(--fd-on-primary);
      }
      .menu {
        display: none;
      }
      main {
        padding: 1rem;
        max-inline-size: 72rem;
      }
      .skip {
        position: absolute;
        inset-inline-start: -999px;
      }
      .skip:focus {
        inset-inline-start: 0.5rem;
        top: 0.5rem;
        background: var(--fd-bg);
        padding: 0.5rem;
      }
      @media (max-width: 700px) {
        .menu {
          display: inline-flex;
        }
        nav:not(.open) ul {
          display: none;
        }
        nav ul {
          flex-direction: column;
        }
      }
    `,
  ];

  /** The saved or browser language's catalogue, loading (a lazy chunk) while `/me` is asked. */
  private readonly localeLoaded: Promise<unknown>;

  constructor() {
    super();
    this.localeLoaded = setLocale(localStorage.getItem(LANG_KEY), navigator.language);
    document.documentElement.dataset.theme = this.theme;
    this.route = parseRoute(location.pathname);
    this.ready = false;
    this.menuOpen = false;
  }

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('popstate', this.onPop);
    this.addEventListener('click', this.onClick);
    this.addEventListener('fd-signed-in', () => void this.loadMe(true));
    this.addEventListener('fd-navigate', (e) => this.go((e as CustomEvent<string>).detail));
    void this.loadMe(false);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPop);
  }

  private onPop = () => this.show(parseRoute(location.pathname));

  /** Links to other dashboard pages are followed here, inside any page's shadow root. */
  private onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const path = a?.getAttribute('href');
    if (
      !a ||
      !path?.startsWith('/dashboard/') ||
      a.hasAttribute('download') ||
      path.startsWith('/dashboard/api/')
    )
      return;
    e.preventDefault();
    this.go(path);
  };

  private go(path: string) {
    history.pushState(null, '', path);
    this.menuOpen = false;
    this.show(parseRoute(path));
  }

  private async show(route: Route) {
    // The page's module first: an element made before its tag is defined would start loading with
    // no mode or id (Lit restores properties set before the upgrade only at the first update).
    if (route.page !== 'sign-in' && route.page !== 'invite') await PAGES[route.page].load();
    this.route = route;
    await this.updateComplete;
    // Announce the new page: its heading takes focus (the heading is not a control: no ring).
    const page = this.renderRoot.querySelector('main')?.firstElementChild as LitElement | null;
    await page?.updateComplete;
    (page?.shadowRoot?.querySelector('h1') as HTMLElement | null)?.focus();
  }

  private async loadMe(navigate: boolean) {
    try {
      this.me = await get<Me>('/me');
      setCsrfToken(this.me.csrf_token);
      let route = parseRoute(location.pathname);
      const operator = !this.me.user.partner_id;
      if (
        navigate ||
        route.page === 'sign-in' ||
        route.page === 'invite' ||
        (operator && PAGES[route.page].needs === 'read')
      )
        route = operator ? { page: 'partners', mode: route.mode } : { page: 'home', mode: route.mode };
      history.replaceState(
        null,
        '',
        route.page === 'sign-in' || route.page === 'invite'
          ? '/dashboard'
          : href(route.page, route.mode, route.id),
      );
      await this.show(route);
    } catch (e) {
      if (!(e instanceof DashboardApiError) || e.code !== 'not_signed_in') throw e;
      this.me = undefined;
      setCsrfToken(null);
      const route = parseRoute(location.pathname);
      if (route.page !== 'invite') history.replaceState(null, '', '/dashboard/sign-in');
      await import('../pages/sign-in.ts');
      this.route = route.page === 'invite' ? route : { page: 'sign-in', mode: route.mode };
    } finally {
      // The first screen shows in the chosen language, not in English and then again.
      await this.localeLoaded;
      this.ready = true;
    }
  }

  private async signOut() {
    await post('/sign-out').catch(() => {});
    this.me = undefined;
    setCsrfToken(null);
    history.replaceState(null, '', '/dashboard/sign-in');
    await import('../pages/sign-in.ts');
    this.route = { page: 'sign-in', mode: this.route.mode };
  }

  private async setLang(lang: string) {
    localStorage.setItem(LANG_KEY, lang);
    await setLocale(lang);
    // Every page re-renders in the new language.
    this.requestUpdate();
    const page = this.renderRoot.querySelector('main')?.firstElementChild as LitElement | null;
    page?.requestUpdate();
  }

  private setTheme(theme: string) {
    this.theme = theme;
    localStorage.setItem(THEME_KEY, theme);
    document.documentElement.dataset.theme = theme;
  }

  override render() {
    if (!this.ready) return html`<p role="status">${m().loading}</p>`;
    const t = m();
    if (!this.me)
      return html`<main id="main">${
        this.route.page === 'invite' ? html`<fd-invite></fd-invite>` : html`<fd-sign-in></fd-sign-in>`
      }</main>`;
    const { mode, page } = this.route;
    const def = PAGES[page as PageName];
    const other = mode === 'test' ? 'live' : 'test';
    const moded = def?.moded;
    return html`
      <a class="skip" href="#main" @click=${(e: Event) => {
        e.preventDefault();
        (this.renderRoot.querySelector('main') as HTMLElement).focus();
      }}>${t.skip}</a>
      <header>
        <span class="brand">${this.me.partner?.name ?? t.appName}</span>
        ${
          this.me.user.partner_id
            ? html`<span class="mode ${mode}" data-testid="mode">${mode === 'test' ? t.modeTest : t.modeLive}</span>
                <a class="button secondary" href=${href(moded ? (page as PageName) : 'home', other)}>${mode === 'test' ? t.switchToLive : t.switchToTest}</a>`
            : nothing
        }
        <label>${t.language}
          <select @change=${(e: Event) => void this.setLang((e.target as HTMLSelectElement).value)}>
            ${Object.entries(LANGUAGES).map(([code, name]) => html`<option value=${code} lang=${code} ?selected=${code === document.documentElement.lang}>${name}</option>`)}
          </select>
        </label>
        <label>${t.theme}
          <select @change=${(e: Event) => this.setTheme((e.target as HTMLSelectElement).value)}>
            ${(['auto', 'light', 'dark'] as const).map((v) => html`<option value=${v} ?selected=${v === this.theme}>${v === 'auto' ? t.themeAuto : v === 'light' ? t.themeLight : t.themeDark}</option>`)}
          </select>
        </label>
        <button class="secondary" @click=${() => this.signOut()}>${t.signOut}</button>
      </header>
      <nav aria-label=${t.nav} class=${this.menuOpen ? 'open' : ''}>
        <button class="menu secondary" aria-expanded=${String(this.menuOpen)} @click=${() => {
          this.menuOpen = !this.menuOpen;
        }}>${t.menu}</button>
        <ul>
          ${NAV.filter(
            (p) => can(this.me, PAGES[p].needs) && (PAGES[p].needs !== 'read' || this.me!.user.partner_id),
          ).map(
            (p) =>
              html`<li><a href=${href(p, mode)} aria-current=${p === page ? 'page' : 'false'}>${t[p]}</a></li>`,
          )}
        </ul>
      </nav>
      <main id="main" tabindex="-1">${this.page()}</main>
    `;
  }

  /** The page element, made once per route (a re-render of the shell keeps the page and its data). */
  private current: { key: string; el: HTMLElement } | undefined;
  private page() {
    const { page, mode, id } = this.route;
    if (page === 'sign-in' || page === 'invite') return nothing;
    const key = `${page}/${mode}/${id ?? ''}`;
    if (this.current?.key !== key) {
      const el = document.createElement(PAGES[page].tag) as HTMLElement & {
        me?: Me;
        mode?: string;
        itemId?: string;
      };
      el.me = this.me;
      el.mode = mode;
      el.itemId = id ?? '';
      this.current = { key, el };
    }
    return this.current.el;
  }
}

customElements.define('finlet-dashboard', FinletDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-dashboard': FinletDashboard;
  }
}
