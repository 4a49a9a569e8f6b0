/**
 * How the e2e suite launches Chromium: the system binary with the flags every run needs (no
 * sandbox or GPU in the container, nothing that calls home). The config uses these as they are;
 * a spec that needs more (the identity specs' fake camera) adds its flags with `chromiumWith`.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** The suite's launch options plus `extraArgs`. */
export function chromiumWith(...extraArgs: string[]) {
  return { ...CHROMIUM_LAUNCH_OPTIONS, args: [...CHROMIUM_LAUNCH_OPTIONS.args, ...extraArgs] };
}
