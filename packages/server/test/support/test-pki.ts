/**
 * A throwaway public key infrastructure for TLS tests, made with the `openssl` command: a CA, a
 * server certificate for 127.0.0.1 and a client certificate it signed, and a client certificate
 * from another CA the server does not trust. Files are written to `dir` (PEM), and returned too.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface TestPki {
  dir: string;
  /** File names inside `dir`, and their PEM contents. */
  files: Record<
    'ca' | 'serverCert' | 'serverKey' | 'clientCert' | 'clientKey' | 'strangerCert' | 'strangerKey',
    string
  >;
  pem: Record<keyof TestPki['files'], string>;
}

function openssl(dir: string, ...args: string[]) {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A P-256 key and a certificate signed by `ca` (or self-signed when `ca` is absent). */
function issue(
  dir: string,
  name: string,
  subject: string,
  o: { ca?: string; extensions?: string } = {},
): void {
  openssl(dir, 'ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`);
  if (!o.ca) {
    openssl(
      dir,
      'req',
      '-x509',
      '-new',
      '-key',
      `${name}.key`,
      '-subj',
      subject,
      '-days',
      '2',
      '-out',
      `${name}.pem`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    );
    return;
  }
  openssl(dir, 'req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`);
  writeFileSync(path.join(dir, `${name}.ext`), o.extensions ?? '');
  openssl(
    dir,
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${o.ca}.pem`,
    '-CAkey',
    `${o.ca}.key`,
    '-CAcreateserial',
    '-days',
    '2',
    '-out',
    `${name}.pem`,
    '-extfile',
    `${name}.ext`,
  );
}

export function createTestPki(dir: string): TestPki {
  issue(dir, 'ca', '/CN=Finlet Test Bank CA');
  issue(dir, 'server', '/CN=127.0.0.1', {
    ca: 'ca',
    extensions: 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  });
  issue(dir, 'client', '/CN=finlet-transport', { ca: 'ca', extensions: 'extendedKeyUsage=clientAuth\n' });
  issue(dir, 'other-ca', '/CN=Somebody Else CA');
  issue(dir, 'stranger', '/CN=stranger', { ca: 'other-ca', extensions: 'extendedKeyUsage=clientAuth\n' });
  const files = {
    ca: 'ca.pem',
    serverCert: 'server.pem',
    serverKey: 'server.key',
    clientCert: 'client.pem',
    clientKey: 'client.key',
    strangerCert: 'stranger.pem',
    strangerKey: 'stranger.key',
  };
  const pem = Object.fromEntries(
    Object.entries(files).map(([k, f]) => [k, readFileSync(path.join(dir, f), 'utf8')]),
  ) as TestPki['pem'];
  return { dir, files, pem };
}
