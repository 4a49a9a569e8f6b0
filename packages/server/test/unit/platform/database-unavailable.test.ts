/**
 * Which failures are a database that could not be reached or did not answer in time (503
 * `database_unavailable`) — and that every other failure stays a 500, so a bug is never hidden as an
 * outage. The real errors are produced by the outage tests (test/platform/database-outage.test.ts);
 * here each kind is checked alone, bare and wrapped the way Drizzle wraps it.
 */
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { databaseFailure, isDatabaseUnavailable } from '../../../src/db/unavailable.ts';
import { ApiError } from '../../../src/errors.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const wrapped = (e: Error) =>
  new DrizzleQueryError('select 1 from secret where email = $1', ['ada@example.com'], e);

describe('database unavailable', () => {
  it.each([
    ['the pool has no free connection in time', new Error('timeout exceeded when trying to connect')],
    ['the handshake did not finish in time', new Error('Connection terminated due to connection timeout')],
    ['no answer to a query', new Error('Query read timeout')],
    ['the connection went away', new Error('Connection terminated unexpectedly')],
    ['a connection closed after a timeout', new Error('Client was closed and is not queryable')],
    ['connection refused (stopped)', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['host unknown', withCode('getaddrinfo ENOTFOUND db', 'ENOTFOUND')],
    ['the statement timeout', withCode('canceling statement due to statement timeout', '57014')],
    ['the lock timeout', withCode('canceling statement due to lock timeout', '55P03')],
    ['the server is shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['the server is starting', withCode('the database system is starting up', '57P03')],
    ['too many connections', withCode('sorry, too many clients already', '53300')],
    ['a connection exception', withCode('connection failure', '08006')],
  ])('%s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
  });

  it('finds a refused connection inside an AggregateError (IPv4 and IPv6 tried)', () => {
    const refused = new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], '');
    expect(databaseFailure(refused)).toEqual({
      code: 'ECONNREFUSED',
      message: 'connect ECONNREFUSED ::1:5432',
    });
  });

  it('reports only the driver error, never the statement or its parameters', () => {
    const failure = databaseFailure(wrapped(new Error('Query read timeout')));
    expect(failure).toEqual({ code: undefined, message: 'Query read timeout' });
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a deadlock', withCode('deadlock detected', '40P01')],
    ['a syntax error', withCode('syntax error at or near "selec"', '42601')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['an API error', new ApiError('invalid_state')],
    ['a message that only mentions a timeout', new Error('provider timeout: Query read timeout')],
    ['not an error', 'Query read timeout'],
  ])('%s is not the database being unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    if (error instanceof Error) expect(isDatabaseUnavailable(wrapped(error))).toBe(false);
  });
});
