/**
 * The widget-open bench's floor: the least a Lit element in a cross-origin frame can cost — one
 * element with a heading and a button, no network call, no handshake. It tells the parent page
 * the moment its first render is done, as the widget's first screen does with `STEP_VIEW`.
 */
import { css, html, LitElement } from 'lit';

class TrivialFrame extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      padding: 16px;
    }
  `;

  override firstUpdated(): void {
    parent.postMessage({ bench: 'interactive' }, '*');
  }

  override render() {
    return html`<h1>Before you start</h1>
      <button type="button">Continue</button>`;
  }
}

customElements.define('trivial-frame', TrivialFrame);
