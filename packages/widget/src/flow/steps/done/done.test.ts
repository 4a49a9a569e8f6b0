/** `<finlet-done>`: completes the session, shows a check mark and "All done" until Done is pressed. */
import { describe, expect, it } from 'vitest';
import {
  collect,
  deep,
  fakeApi,
  mount,
  session,
  settle,
  textOf,
  useLocale,
} from '../../../../test/support/component.ts';
import { WidgetApiError } from '../../api/widget-api.ts';
import './done.ts';

const result = { session_id: 'ses_test', result_token: 'eyJ.x.y', summary: { flows: {} } };

describe('<finlet-done>', () => {
  it('stays on "All done" with its check mark until the customer presses Done', async () => {
    await useLocale('en');
    const completed = collect(document, 'finlet-session-completed');
    const el = await mount('finlet-done', {
      session: session(),
      api: fakeApi({ 'POST /session/complete': result }),
    });
    await settle(el);
    expect(deep(el, 'h2').textContent).toBe('All done');
    const mark = deep(el, '.mark.success');
    // The check is drawn (the ::after), not an empty circle.
    expect(getComputedStyle(mark, '::after').borderBottomWidth).not.toBe('0px');
    expect(completed).toHaveLength(0);
    deep(el, '.actions button').click();
    expect(completed).toHaveLength(1);
    expect((completed[0] as unknown as { result: unknown }).result).toEqual(result);
  });

  it('reports a failed completion to the shell', async () => {
    const failed = collect(document, 'finlet-step-failed');
    const el = await mount('finlet-done', {
      session: session(),
      api: fakeApi({ 'POST /session/complete': new WidgetApiError('internal_error', 500) }),
    });
    await settle(el);
    expect(failed).toHaveLength(1);
    expect(textOf(el)).toContain('Finishing');
  });
});
