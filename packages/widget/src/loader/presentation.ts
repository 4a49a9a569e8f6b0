/**
 * Where the iframe lives: inline in a container, or in an accessible modal `<dialog>` (native
 * `showModal()`: role dialog, aria-modal, the rest of the page inert so focus stays inside,
 * Escape reported as `cancel`). Styles go through the CSSOM and a constructed stylesheet, so
 * the partner page's CSP need not allow inline styles.
 */
export interface Presentation {
  /** Follows the frame's `resize` messages. */
  resize(height: number): void;
  /** Takes the widget off the screen (focus back to the opener) while its frame keeps running. */
  hide(): void;
  remove(): void;
}

const MODAL_CSS =
  'dialog{border:0;padding:0;background:none;width:min(440px,100vw - 16px);max-height:none;overflow:visible}' +
  'dialog::backdrop{background:#000a}' +
  'iframe{display:block;width:100%;border:0;max-height:calc(100vh - 32px);border-radius:12px}';

export const FRAME_CSS = 'display:block;width:100%;height:480px;border:0';

export function frameElement(src: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = 'Finlet';
  iframe.allow = 'camera; payment';
  iframe.setAttribute('part', 'frame');
  iframe.style.cssText = FRAME_CSS;
  return iframe;
}

/**
 * Puts the frame in `parent`. A frame already in the page (the prepared one) moves with
 * `moveBefore()`, keeping its running document; where the browser lacks it, or refuses (a parent
 * not in the page), `append` reloads the frame, which then starts a new handshake.
 */
function place(parent: ParentNode, iframe: HTMLIFrameElement): void {
  try {
    (parent as ParentNode & { moveBefore(node: Node, child: null): void }).moveBefore(iframe, null);
  } catch {
    parent.append(iframe);
  }
}

export function presentInline(iframe: HTMLIFrameElement, container: ParentNode): Presentation {
  place(container, iframe);
  return {
    resize: (h) => {
      iframe.style.height = `${h}px`;
    },
    hide: () => {
      iframe.style.display = 'none';
    },
    remove: () => iframe.remove(),
  };
}

/** The deepest focused element, through open shadow roots, so focus returns to the real opener. */
function activeElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

export function presentModal(
  iframe: HTMLIFrameElement,
  root: ShadowRoot,
  onCancel: () => void,
): Presentation {
  const opener = activeElement();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(MODAL_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const dialog = document.createElement('dialog');
  dialog.setAttribute('part', 'dialog');
  dialog.setAttribute('aria-label', 'Finlet');
  const cancel = (e: Event) => {
    e.preventDefault();
    // Removing an out-of-process iframe while Chromium still dispatches the key crashes the tab.
    setTimeout(onCancel);
  };
  dialog.addEventListener('cancel', cancel);
  root.append(dialog);
  place(dialog, iframe);
  const body = document.body.style;
  const overflow = body.overflow;
  body.overflow = 'hidden';
  dialog.showModal();
  iframe.focus();
  let shown = true;
  // A closed dialog is not rendered, but the frame inside it stays in the page and keeps running.
  const hide = () => {
    if (!shown) return;
    shown = false;
    dialog.removeEventListener('cancel', cancel);
    dialog.close();
    body.overflow = overflow;
    opener?.focus();
  };
  return {
    resize: (h) => {
      iframe.style.height = `${h}px`;
    },
    hide,
    remove() {
      hide();
      dialog.remove();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
