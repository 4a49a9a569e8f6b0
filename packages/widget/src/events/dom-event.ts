/**
 * What the widget's three DOM events share: they bubble and are composed (they leave the
 * `<finlet-widget>` shadow root), and carry the fields of the callback payload they mirror, under
 * the same names. Each subclass names its type in its static `eventName`. Written once so the
 * loader (3 KB budget) carries one constructor, not three.
 */
export class FinletDomEvent<T extends object> extends Event {
  constructor(fields: T) {
    super((new.target as unknown as { eventName: string }).eventName, { bubbles: true, composed: true });
    Object.assign(this, fields);
  }
}
