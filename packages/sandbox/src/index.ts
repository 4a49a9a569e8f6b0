/**
 * @finlet/sandbox — the external world simulated as real HTTP services: the runner, the shared
 * fault injection and the providers (banks, KYC, card processor).
 */
export * from './faults.ts';
export { type Sandbox, type StartSandboxOptions, startSandbox } from './main.ts';
export * from './ports.ts';
export {
  createProcessor,
  DEFAULT_PROCESSOR_API_KEY,
  DEFAULT_PROCESSOR_CALLBACK_SECRET,
  type Processor,
  type ProcessorConfig,
} from './processor/app.ts';
export { CHALLENGE_FAIL_CODE, CHALLENGE_PASS_CODE } from './processor/payments.ts';
export {
  PROCESSOR_SIGNATURE_HEADER,
  signProcessorPayload,
  verifyProcessorSignature,
} from './processor/signature.ts';
export { PROVIDERS, type ProviderContext, type ProviderEntry, type ProviderInstance } from './providers.ts';
