import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AuthService } from '#libs/identity';
import type { TestApp } from './app.js';

/** Every mail written to the app's MAIL_DIR (SMTP_URL is unset in tests), newest last. */
export async function mailsTo(t: TestApp, address: string): Promise<string[]> {
  const dir = path.resolve(t.config.MAIL_DIR);
  const files = await readdir(dir).catch(() => [] as string[]);
  const mails = await Promise.all(files.map(async (f) => ({ f, text: await readFile(path.join(dir, f), 'utf8') })));
  return mails
    .filter((m) => m.text.toLowerCase().includes(`<${address.toLowerCase()}>`))
    .sort((a, b) => a.f.localeCompare(b.f))
    .map((m) => m.text.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
}

/**
 * Runs the verification mail job for the address's newest verification (jobs do not run in
 * the test app) and returns the token from the link in the mail that was written.
 */
export async function verificationToken(t: TestApp, address: string): Promise<string> {
  const [row] = await t.dataSource.query(
    `SELECT v.id FROM email_verifications v JOIN users u ON u.id = v.user_id WHERE u.email = $1 ORDER BY v.created_at DESC LIMIT 1`,
    [address.toLowerCase()],
  );
  if (!row) throw new Error(`no verification for ${address}`);
  await t.app.get(AuthService).deliverVerification(row.id);
  // The link of this verification: mail files are named by verification id, not in time order.
  const mails = (await mailsTo(t, address)).filter(
    (m) => m.includes(`token=${row.id}.`) || m.includes(`token=${row.id}%2E`),
  );
  const match = /verifieren\?token=([^\s]+)/.exec(mails.at(-1) ?? '');
  if (!match) throw new Error(`no verification link mailed to ${address}`);
  return decodeURIComponent(match[1]);
}
