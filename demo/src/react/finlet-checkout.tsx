/**
 * The README's React recipe, as the demo runs it: a component that owns the container, opens the
 * widget in an effect (`open` from the `@finlet/widget` ES module, the bundler path) and closes it
 * on unmount. The callbacks live in a ref so a re-render does not reopen the widget.
 */
import { type FinletExit, type FinletSuccess, open } from '@finlet/widget';
import { useEffect, useRef } from 'react';

export function FinletCheckout(props: {
  token: string;
  sessionId: string;
  onSuccess: (result: FinletSuccess) => void;
  onExit: (exit: FinletExit) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    if (!container.current) return;
    const handle = open({
      token: props.token,
      container: container.current,
      onSuccess: (r) => callbacks.current.onSuccess(r),
      onExit: (e) => callbacks.current.onExit(e),
      onTokenExpired: async () => {
        const res = await fetch(`/api/checkout/${encodeURIComponent(props.sessionId)}/token`, {
          method: 'POST',
        });
        return (await res.json()).client_token;
      },
    });
    return () => handle.close();
  }, [props.token, props.sessionId]);

  return <div ref={container} id="react-widget" className="widget-slot" />;
}
