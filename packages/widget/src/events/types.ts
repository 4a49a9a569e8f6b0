/** Payloads the host hands to partner callbacks and DOM events: the protocol messages minus `ns`/`v`/`type`. */
import type { ExitStatus, WidgetEventName } from '@finlet/shared';

export interface FinletSuccess {
  session_id: string;
  result_token: string;
  summary: { flows: Record<string, { status: string }> };
}

export interface FinletExit {
  status: ExitStatus;
  error?: { code: string; message: string } | undefined;
}

export interface FinletActivity {
  name: WidgetEventName;
  at: string;
  metadata: Record<string, unknown>;
}
