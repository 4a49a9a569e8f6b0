/**
 * `<finlet-identity-capture>`: one image (a document side or the selfie) by camera or file upload.
 * The camera uses getUserMedia (a denied permission or a missing camera shows a clear message and
 * the upload path); files must be JPEG or PNG (HEIC gets its own message) and are downscaled in
 * the browser before upload; progress is shown and announced.
 *
 * Properties: `api` (WidgetApi), `side` (`front` | `back` | `selfie`), `label`, `done` (already uploaded).
 * Events: `finlet-image-uploaded` (detail: side), `finlet-step-event` (`SUBMIT_DOCUMENT`),
 * `finlet-step-failed` when the server cannot be reached.
 * CSS parts: `button`.
 */
import { html, LitElement, nothing } from 'lit';
import { stepStyles } from '../../../theme/controls.styles.ts';
import type { WidgetApi } from '../../api/widget-api.ts';
import { ApiCall } from '../../controllers/api-call.ts';
import { LocaleController } from '../../controllers/locale.ts';
import { StepEvent } from '../../step-events.ts';
import { im } from '../identity-flow/shared.ts';
import { captureStyles } from './identity-capture.styles.ts';
import { base64Of, downscale, fromFile, ImageError, type ImageProblem } from './image.ts';

type Mode = 'idle' | 'starting' | 'camera' | 'working' | 'done';

export class FinletIdentityCapture extends LitElement {
  static override styles = [stepStyles, ...captureStyles];
  static override properties = {
    api: { attribute: false },
    side: {},
    label: {},
    done: { type: Boolean },
    mode: { state: true },
    problem: { state: true },
    progress: { state: true },
    preview: { state: true },
  };
  declare api: WidgetApi;
  declare side: 'front' | 'back' | 'selfie';
  declare label: string;
  declare done: boolean;
  declare mode: Mode;
  declare problem: ImageProblem | 'cameraDenied' | 'cameraUnavailable' | undefined;
  declare progress: number;
  declare preview: string | undefined;
  #stream: MediaStream | undefined;
  #send = new ApiCall(this);

  constructor() {
    super();
    this.mode = 'idle';
    this.progress = 0;
    this.done = false;
    new LocaleController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopCamera();
    if (this.preview) URL.revokeObjectURL(this.preview);
  }

  #stopCamera() {
    for (const track of this.#stream?.getTracks() ?? []) track.stop();
    this.#stream = undefined;
  }

  async #startCamera() {
    this.problem = undefined;
    if (!navigator.mediaDevices?.getUserMedia) {
      this.problem = 'cameraUnavailable';
      return;
    }
    this.mode = 'starting';
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: this.side === 'selfie' ? 'user' : 'environment' },
        audio: false,
      });
      this.mode = 'camera';
      await this.updateComplete;
      const video = this.renderRoot.querySelector('video')!;
      video.srcObject = this.#stream;
      await video.play().catch(() => {});
      this.renderRoot.querySelector<HTMLButtonElement>('button.shoot')?.focus();
    } catch (e) {
      this.mode = 'idle';
      this.problem = (e as DOMException).name === 'NotAllowedError' ? 'cameraDenied' : 'cameraUnavailable';
    }
  }

  async #shoot() {
    const video = this.renderRoot.querySelector('video');
    if (!video) return;
    // A fast press can come before the camera's first frame: drawing then gives an empty image.
    if (!(await hasFrame(video))) {
      this.problem = 'cameraUnavailable';
      return;
    }
    await this.#process(() => downscale(video, video.videoWidth, video.videoHeight), 'camera');
    this.#stopCamera();
  }

  async #pick(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.#process(() => fromFile(file), 'upload');
  }

  /**
   * The buttons disappear while an image is prepared and uploaded; when this box had the focus, it
   * goes back to the button that started it (keyboard users would otherwise restart from the top).
   */
  async #process(prepare: () => Promise<Blob>, from: 'camera' | 'upload') {
    const hadFocus = this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== null;
    await this.#upload(prepare);
    if (!hadFocus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button.${from}`)?.focus();
  }

  async #upload(prepare: () => Promise<Blob>) {
    this.problem = undefined;
    this.mode = 'working';
    this.progress = 0.1;
    let blob: Blob;
    try {
      blob = await prepare();
    } catch (e) {
      this.mode = 'idle';
      this.problem = e instanceof ImageError ? e.problem : 'unreadable';
      return;
    }
    this.progress = 0.5;
    const data = await base64Of(blob);
    this.progress = 0.6;
    // The server refusing the image (400, 413) is this box's problem; anything else the shell's.
    const r = await this.#send.run(
      () => this.api.post('/identity/images', { side: this.side, content_type: 'image/jpeg', data }),
      (error) => error.status === 400 || error.status === 413,
    );
    if (!r.ok) {
      this.mode = 'idle';
      if (r.error.status === 400 || r.error.status === 413) this.problem = 'unreadable';
      return;
    }
    this.progress = 1;
    if (this.preview) URL.revokeObjectURL(this.preview);
    this.preview = URL.createObjectURL(blob);
    this.mode = 'done';
    this.done = true;
    this.dispatchEvent(new StepEvent('SUBMIT_DOCUMENT', { side: this.side }));
    this.dispatchEvent(
      new CustomEvent('finlet-image-uploaded', { detail: this.side, bubbles: true, composed: true }),
    );
  }

  #choices() {
    return html`<div class="choices">
      <button part="button" type="button" class="secondary camera" @click=${() => this.#startCamera()}>${im('capture.useCamera')}</button>
      <button part="button" type="button" class="secondary upload"
        @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>${im('capture.upload')}</button>
      <input class="visually-hidden" type="file" accept="image/jpeg,image/png,image/heic,image/heif" tabindex="-1"
        aria-hidden="true" data-side=${this.side} @change=${(e: Event) => this.#pick(e)} />
    </div>`;
  }

  override render() {
    const problem = this.problem ? im(`capture.${this.problem}`) : '';
    return html`<div class="box">
      <p class="title">${this.label}</p>
      ${this.mode === 'starting' ? html`<p role="status">${im('capture.starting')}</p>` : nothing}
      ${
        this.mode === 'camera'
          ? html`<video muted playsinline aria-label=${this.label}></video>
              <div class="choices">
                <button part="button" type="button" class="shoot" @click=${() => this.#shoot()}>${im('capture.take')}</button>
                <button part="button" type="button" class="secondary" @click=${() => {
                  this.#stopCamera();
                  this.mode = 'idle';
                }}>${im('capture.cancel')}</button>
              </div>`
          : nothing
      }
      ${
        this.mode === 'working'
          ? html`<p role="status">${this.progress < 0.5 ? im('capture.preparing') : im('capture.uploading')}</p>
              <progress max="1" .value=${this.progress} aria-label=${im('capture.progress')}></progress>`
          : nothing
      }
      ${
        this.mode === 'done' || (this.done && this.mode === 'idle')
          ? html`${this.preview ? html`<img class="preview" src=${this.preview} alt="" />` : nothing}
              <p class="done" role="status">${im('capture.done', { what: this.label })}</p>`
          : nothing
      }
      ${this.mode === 'idle' || this.mode === 'done' ? this.#choices() : nothing}
      <p class="error" role="alert">${problem}</p>
    </div>`;
  }
}

customElements.define('finlet-identity-capture', FinletIdentityCapture);

declare global {
  interface HTMLElementTagNameMap {
    'finlet-identity-capture': FinletIdentityCapture;
  }
}

/** Resolves true once the video has a frame to draw (or false after `ms` without one). */
function hasFrame(video: HTMLVideoElement, ms = 5000): Promise<boolean> {
  const ready = () => video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0;
  if (ready()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      video.removeEventListener('loadeddata', check);
      video.removeEventListener('resize', check);
      resolve(ok);
    };
    const check = () => {
      if (ready()) done(true);
    };
    const timer = setTimeout(() => done(ready()), ms);
    video.addEventListener('loadeddata', check);
    video.addEventListener('resize', check);
  });
}
