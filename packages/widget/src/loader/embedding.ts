/**
 * Why a frame that never said `ready` cannot run on this page. The frame cannot tell: the browser
 * may have refused to frame it at all (`frame-ancestors`: the page is not one of the session's
 * allowed origins), and a token or session it cannot use gives it nothing to say it with. So the
 * loader asks the server from the page (`GET /widget/v1/session/embedding`, CORS, the page's own
 * `Origin`), which answers for this token and this page.
 */
// By path: the package index would drag zod into the loader.
import { exitStatusOf } from '@finlet/shared/exit-status';
import type { FinletExit } from '../events/types.ts';

/**
 * `embeddable`: the frame may run here, it is only slow. `unreachable`: no answer (Finlet is down,
 * or the page's CSP has no `connect-src` for it). Otherwise the exit that ends the widget.
 */
export type EmbeddingVerdict = 'embeddable' | 'unreachable' | FinletExit;

export async function embeddingVerdict(origin: string, token: string): Promise<EmbeddingVerdict> {
  try {
    const res = await fetch(`${origin}/widget/v1/session/embedding`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.ok) return 'embeddable';
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    return { status: exitStatusOf(error.code), error: { code: error.code, message: error.message } };
  } catch {
    return 'unreachable';
  }
}
