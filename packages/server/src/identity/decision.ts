/**
 * Turns the provider's document and selfie outcomes and the sanctions and PEP hits into recorded
 * checks and a status, under the partner's rules: a failed check declines, a check in review
 * sends to review, otherwise the verification is approved (a PEP check `not_performed` neither).
 * Screening that could not run (a required list missing or stale) sends to review: never approved
 * unscreened.
 */
import type { IdentityCheck, IdentityRules, IdentityStatus } from '@finlet/shared';
import type { KycResult } from '../connectors/kyc/kyc.ts';
import type { ScreeningHit } from '../screening/index.ts';
import type { PepScreening } from './screening-service.ts';

const fromProvider = (o: KycResult['document'], rules: IdentityRules): IdentityCheck['outcome'] => {
  if (o.outcome === 'approved') return 'pass';
  if (o.outcome === 'declined') return 'fail';
  return rules.provider_review_action === 'decline' ? 'fail' : 'review';
};

export function sanctionsCheck(hits: ScreeningHit[], rules: IdentityRules, at: string): IdentityCheck {
  const relevant = hits.filter((h) => h.score >= rules.sanctions_review_score);
  const decline = rules.sanctions_decline_score;
  const outcome =
    relevant.length === 0
      ? 'pass'
      : decline !== null && relevant.some((h) => h.score >= decline)
        ? 'fail'
        : 'review';
  return {
    type: 'sanctions',
    outcome,
    reasons: outcome === 'pass' ? [] : ['sanctions_match'],
    hits: relevant,
    checked_at: at,
  };
}

/**
 * The PEP check. Without a PEP list (production with no PEP source configured) it is recorded as
 * `not_performed`, never as a pass: a reviewer must not read "no PEP match" into a check nobody ran.
 * It decides nothing either way.
 */
export function pepCheck(pep: PepScreening, rules: IdentityRules, at: string): IdentityCheck {
  if (!pep.performed) {
    return { type: 'pep', outcome: 'not_performed', reasons: ['pep_list_not_configured'], checked_at: at };
  }
  const { hits } = pep;
  if (hits.length === 0) return { type: 'pep', outcome: 'pass', reasons: [], hits: [], checked_at: at };
  return {
    type: 'pep',
    outcome: rules.pep_action === 'review' ? 'review' : 'pass',
    reasons: ['pep_match'],
    hits,
    checked_at: at,
  };
}

/** The screening a decision rests on; `unavailable` when the lists could not be used. */
export type ScreeningOutcome = { sanctions: ScreeningHit[]; pep: PepScreening } | { unavailable: true };

const unscreened = (at: string): IdentityCheck[] => [
  { type: 'sanctions', outcome: 'review', reasons: ['screening_unavailable'], hits: [], checked_at: at },
  { type: 'pep', outcome: 'not_performed', reasons: ['screening_unavailable'], checked_at: at },
];

export function decide(
  result: KycResult,
  screening: ScreeningOutcome,
  rules: IdentityRules,
  at: string,
): { checks: IdentityCheck[]; status: IdentityStatus } {
  const checks: IdentityCheck[] = [
    {
      type: 'document',
      outcome: fromProvider(result.document, rules),
      reasons: result.document.reasons,
      checked_at: at,
    },
    {
      type: 'selfie',
      outcome: fromProvider(result.selfie, rules),
      reasons: result.selfie.reasons,
      checked_at: at,
    },
    ...('unavailable' in screening
      ? unscreened(at)
      : [sanctionsCheck(screening.sanctions, rules, at), pepCheck(screening.pep, rules, at)]),
  ];
  return { checks, status: statusOf(checks) };
}

export function statusOf(checks: IdentityCheck[]): IdentityStatus {
  if (checks.some((c) => c.outcome === 'fail')) return 'declined';
  if (checks.some((c) => c.outcome === 'review')) return 'review';
  return 'approved';
}
