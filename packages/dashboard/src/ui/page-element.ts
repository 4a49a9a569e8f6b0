/** The properties the shell gives every page: the signed-in user, the mode of the screen and the id in the URL. */
import type { Me } from '../app/me.ts';
import type { Mode } from '../app/routes.ts';

export const pageProperties = {
  me: { attribute: false },
  mode: {},
  itemId: {},
};

export interface PageProps {
  me: Me;
  mode: Mode;
  itemId: string;
}
