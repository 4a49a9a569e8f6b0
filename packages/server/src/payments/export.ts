/**
 * Payments for accounting: a CSV (one row per payment, amounts in major units with the currency's
 * exponent) and an ISO 20022 camt.053.001.08 bank-to-customer statement (one `Stmt` per currency,
 * succeeded payments as credit entries, refunds as debit entries, closing booked balance), which
 * validates against the official XSD in `<shared data>/iso20022/`.
 */
import { CURRENCY_EXPONENTS, type Currency, randomBase62 } from '@finlet/shared';
import type { PaymentRow, RefundRow } from './state.ts';

/** Minor units as a decimal string with the currency's exponent: (1050, 'EUR') → "10.50". */
export function toDecimal(amount: number, currency: string): string {
  const exp = CURRENCY_EXPONENTS[currency as Currency] ?? 2;
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(exp + 1, '0');
  return exp === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exp)}.${digits.slice(-exp)}`;
}

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function paymentsCsv(rows: PaymentRow[]): string {
  const header = [
    'id', 'created_at', 'session', 'status', 'method', 'amount', 'currency', 'amount_refunded',
    'card_brand', 'card_last4', 'processor_payment_id', 'description',
  ]; // biome-ignore format: one header
  const lines = rows.map((p) =>
    [
      p.id,
      p.createdAt.toISOString(),
      p.sessionId,
      p.status,
      p.method,
      toDecimal(p.amount, p.currency),
      p.currency,
      toDecimal(p.amountRefunded, p.currency),
      p.card?.brand ?? null,
      p.card?.last4 ?? null,
      p.processorPaymentId,
      p.description,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

const xml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
const max = (s: string, n: number) => xml(s.slice(0, n));
const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface StatementInput {
  partnerId: string;
  payments: PaymentRow[];
  refunds: RefundRow[];
  from?: Date | undefined;
  to?: Date | undefined;
  now: Date;
}

export function paymentsCamt053(input: StatementInput): string {
  const byCurrency = new Map<string, { payments: PaymentRow[]; refunds: RefundRow[] }>();
  const bucket = (c: string) => byCurrency.get(c) ?? byCurrency.set(c, { payments: [], refunds: [] }).get(c)!;
  for (const p of input.payments) if (p.status === 'succeeded') bucket(p.currency).payments.push(p);
  for (const r of input.refunds) if (r.status === 'succeeded') bucket(r.currency).refunds.push(r);
  const msgId = `FINLET-${randomBase62(20)}`;
  const statements = [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, items], i) => {
      const credit = items.payments.reduce((sum, p) => sum + p.amount, 0);
      const debit = items.refunds.reduce((sum, r) => sum + r.amount, 0);
      const net = credit - debit;
      const entry = (
        ref: string,
        amount: number,
        cd: 'CRDT' | 'DBIT',
        at: Date,
        code: string,
        info: string,
      ) => `
      <Ntry>
        <NtryRef>${max(ref, 35)}</NtryRef>
        <Amt Ccy="${currency}">${toDecimal(amount, currency)}</Amt>
        <CdtDbtInd>${cd}</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><DtTm>${iso(at)}</DtTm></BookgDt>
        <BkTxCd><Prtry><Cd>${code}</Cd><Issr>Finlet</Issr></Prtry></BkTxCd>
        <NtryDtls><TxDtls><Refs><EndToEndId>${max(ref, 35)}</EndToEndId></Refs><RmtInf><Ustrd>${max(info, 140)}</Ustrd></RmtInf></TxDtls></NtryDtls>
      </Ntry>`;
      const entries = [
        ...items.payments.map((p) => ({
          at: p.createdAt,
          xml: entry(p.id, p.amount, 'CRDT', p.createdAt, 'CARD_PAYMENT', p.description),
        })),
        ...items.refunds.map((r) => ({
          at: r.createdAt,
          xml: entry(r.id, r.amount, 'DBIT', r.createdAt, 'REFUND', `Refund of ${r.paymentId}`),
        })),
      ].sort((a, b) => a.at.getTime() - b.at.getTime());
      const period =
        input.from || input.to
          ? `<FrToDt><FrDtTm>${iso(input.from ?? new Date(0))}</FrDtTm><ToDtTm>${iso(input.to ?? input.now)}</ToDtTm></FrToDt>`
          : '';
      return `
    <Stmt>
      <Id>${max(`${msgId}-${i + 1}`, 35)}</Id>
      <CreDtTm>${iso(input.now)}</CreDtTm>
      ${period}
      <Acct><Id><Othr><Id>${max(input.partnerId, 34)}</Id><Issr>Finlet</Issr></Othr></Id><Ccy>${currency}</Ccy></Acct>
      <Bal>
        <Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>
        <Amt Ccy="${currency}">${toDecimal(Math.abs(net), currency)}</Amt>
        <CdtDbtInd>${net < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd>
        <Dt><DtTm>${iso(input.to ?? input.now)}</DtTm></Dt>
      </Bal>
      <TxsSummry>
        <TtlNtries><NbOfNtries>${entries.length}</NbOfNtries><Sum>${toDecimal(credit + debit, currency)}</Sum></TtlNtries>
        <TtlCdtNtries><NbOfNtries>${items.payments.length}</NbOfNtries><Sum>${toDecimal(credit, currency)}</Sum></TtlCdtNtries>
        <TtlDbtNtries><NbOfNtries>${items.refunds.length}</NbOfNtries><Sum>${toDecimal(debit, currency)}</Sum></TtlDbtNtries>
      </TxsSummry>${entries.map((e) => e.xml).join('')}
    </Stmt>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>${msgId}</MsgId><CreDtTm>${iso(input.now)}</CreDtTm></GrpHdr>${statements.join('') || emptyStatement(msgId, input)}
  </BkToCstmrStmt>
</Document>
`;
}

/** camt.053 needs at least one statement with a balance, even for a period without payments. */
function emptyStatement(msgId: string, input: StatementInput): string {
  return `
    <Stmt>
      <Id>${msgId}-1</Id>
      <CreDtTm>${iso(input.now)}</CreDtTm>
      <Acct><Id><Othr><Id>${max(input.partnerId, 34)}</Id><Issr>Finlet</Issr></Othr></Id></Acct>
      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><DtTm>${iso(input.to ?? input.now)}</DtTm></Dt></Bal>
    </Stmt>`;
}
