// Mail delivery against a real SMTP server started here (smtp-server, by nodemailer's author): what arrives, what is
// stamped, what a refusing server leaves behind (nothing lost, the attempt and error recorded, a later retry), and
// what the outbox says per message with and without a mail server.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp, fixedClock, testConfig } from "../../../test/app.ts";
import { buildApp } from "../../app.ts";
import type { MailConfig } from "../../config.ts";
import { createMailer } from "../../platform/mail.ts";
import { buildAdmin, signIn } from "../accounts/testing.ts";
import { buildApplicant } from "../calls/testing.ts";
import type { OutboxList, OutboxMessageView } from "../calls/schemas.ts";
import { deliverOutbox, maxWaitWithoutAttemptMs } from "./delivery.ts";
import { queueMessage, type OutgoingMessage } from "./service.ts";

const clock = fixedClock("2026-11-23T10:00:00Z");
const t = await createTestApp({ clock });

// The SMTP server: it checks the password, refuses the addresses in `refused`, and keeps what it receives.
const password = "s3cret-Pa55word";
const refused = new Set<string>();
const received: { to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  disabledCommands: ["STARTTLS"],
  allowInsecureAuth: true,
  logger: false,
  onAuth(auth, _session, callback) {
    if (auth.username === "brug" && auth.password === password) callback(null, { user: "brug" });
    else callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
  },
  onRcptTo(address, _session, callback) {
    if (refused.has(address.address)) callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    else callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        raw: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});
const listening = smtp.listen(0, "127.0.0.1");
await new Promise<void>((resolve) => listening.once("listening", () => resolve()));
const port = (listening.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

const mail: MailConfig = {
  smtpUrl: `smtp://brug:${password}@127.0.0.1:${port}`,
  from: "Brug <brug@partnerschap.example>",
};
const mailer = createMailer(mail);
afterAll(() => mailer.close());
const deliver = () => deliverOutbox({ db: t.db, mailer, mail, now: () => clock.now() });

// The same database read by an app that has a mail server configured (t.app has none).
const withSmtp = await buildApp({ db: t.db, config: testConfig({ mail }), clock, databaseMode: "embedded" });
afterAll(() => withSmtp.close());

const pdf = Buffer.from("%PDF-1.4\n% a small letter\n%%EOF\n");

async function queue(to: string, extra: Partial<OutgoingMessage> = {}, now = clock.now()): Promise<string> {
  return t.db.transaction().execute((trx) =>
    queueMessage(
      trx,
      {
        kind: "decision.letter",
        to,
        toName: "Test Ontvanger",
        locale: "nl",
        subject: `Beslissing voor ${to}`,
        bodyText: "Beste,\n\nIn de bijlage vindt u de beslissing.\n",
        attachments: [{ filename: "beslissing.pdf", contentType: "application/pdf", base64: pdf.toString("base64") }],
        regionId: null,
        organisationId: null,
        ...extra,
      },
      { actor: { kind: "system" }, now },
    ),
  );
}

const row = (id: string) =>
  t.db.selectFrom("outbox_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const auditOf = (id: string) =>
  t.db.selectFrom("audit_log").select(["action", "payload"]).where("entity_id", "=", id).orderBy("id").execute();

describe("delivering the outbox over SMTP", () => {
  it("sends a message with its attachment, stamps sent_at, and sends it only once", async () => {
    const id = await queue("ontvanger@example.be");
    const result = await deliver();
    expect(result).toEqual({ sent: 1, failed: [] });

    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message!.to).toEqual(["ontvanger@example.be"]);
    expect(message!.raw).toContain("Subject: Beslissing voor ontvanger@example.be");
    // Headers may be folded over lines.
    expect(message!.raw.replace(/\r?\n[ \t]+/g, " ")).toContain(`Message-ID: <outbox-${id}@partnerschap.example>`);
    expect(message!.raw).toMatch(/Content-Disposition: attachment;\s+filename=beslissing\.pdf/);
    expect(message!.raw.replace(/\r?\n/g, "")).toContain(pdf.toString("base64"));

    const stored = await row(id);
    expect(stored.sent_at).toEqual(clock.now());
    expect(stored).toMatchObject({ attempts: 1, last_error: null, next_attempt_at: null });
    expect((await auditOf(id)).map((a) => a.action)).toEqual(["outbox.queued", "outbox.sent"]);

    clock.advance(60_000);
    expect(await deliver()).toEqual({ sent: 0, failed: [] });
    expect(received).toHaveLength(1);
  });

  it("keeps a refused message, records the attempt and the error, and tries again later with a growing pause", async () => {
    refused.add("weigert@example.be");
    const id = await queue("weigert@example.be");
    const start = clock.now().getTime();

    const first = await deliver();
    expect(first.sent).toBe(0);
    expect(first.failed).toEqual([{ id, attempt: 1, error: expect.stringContaining("550") }]);
    let stored = await row(id);
    expect(stored).toMatchObject({ sent_at: null, attempts: 1 });
    expect(stored.last_error).toContain("Mailbox unavailable");
    expect(stored.next_attempt_at).toEqual(new Date(start + 60_000));

    // Not before the pause is over.
    clock.advance(59_000);
    expect(await deliver()).toEqual({ sent: 0, failed: [] });
    expect((await row(id)).attempts).toBe(1);

    clock.advance(1_000);
    expect((await deliver()).failed).toHaveLength(1);
    stored = await row(id);
    expect(stored.attempts).toBe(2);
    expect(stored.next_attempt_at).toEqual(new Date(start + 60_000 + 2 * 60_000));

    // The server takes it again: the next attempt delivers, nothing was lost.
    refused.delete("weigert@example.be");
    clock.advance(2 * 60_000);
    expect(await deliver()).toEqual({ sent: 1, failed: [] });
    stored = await row(id);
    expect(stored).toMatchObject({ attempts: 3, last_error: null });
    expect(stored.sent_at).toEqual(clock.now());
    expect(received.at(-1)!.to).toEqual(["weigert@example.be"]);
    expect((await auditOf(id)).map((a) => a.action)).toEqual([
      "outbox.queued",
      "outbox.delivery_failed",
      "outbox.delivery_failed",
      "outbox.sent",
    ]);
  });

  it("reports a wrong password without ever storing or auditing the password", async () => {
    const wrongPassword = "wrong-Pa55word-42";
    const badMail: MailConfig = { ...mail, smtpUrl: `smtp://brug:${wrongPassword}@127.0.0.1:${port}` };
    const badMailer = createMailer(badMail);
    const id = await queue("niemand@example.be");
    const result = await deliverOutbox({ db: t.db, mailer: badMailer, mail: badMail, now: () => clock.now() });
    badMailer.close();
    expect(result.failed).toHaveLength(1);
    const stored = await row(id);
    expect(stored.last_error).toContain("EAUTH");
    expect(stored.last_error).not.toContain(wrongPassword);
    expect(JSON.stringify(await auditOf(id))).not.toContain(wrongPassword);
    expect(received.some((r) => r.to.includes("niemand@example.be"))).toBe(false);
  });

  it("does not send a message that waited more than a week without a mail server", async () => {
    const old = new Date(clock.now().getTime() - maxWaitWithoutAttemptMs - 60_000);
    const id = await queue("oud@example.be", {}, old);
    expect(await deliver()).toEqual({ sent: 0, failed: [] });
    expect(await row(id)).toMatchObject({ sent_at: null, attempts: 0 });
  });

  it("sends nothing without a mail server", async () => {
    const id = await queue("wacht@example.be");
    expect(await deliverOutbox({ db: t.db, mailer: null, mail: null, now: () => clock.now() })).toEqual({
      sent: 0,
      failed: [],
    });
    expect(await row(id)).toMatchObject({ sent_at: null, attempts: 0 });
  });
});

describe("the outbox says where each message stands", () => {
  async function list(app: typeof withSmtp, cookie: string): Promise<OutboxList> {
    const response = await app.inject({ method: "GET", url: "/api/outbox", headers: { cookie } });
    expect(response.statusCode).toBe(200);
    return response.json();
  }
  const stateOf = (list: OutboxList, to: string) => list.messages.find((m) => m.toAddress === to)?.delivery;

  it("with a mail server: sent, waiting, failed with the next attempt and the error, too old to send", async () => {
    const admin = await signIn(withSmtp, await buildAdmin(t.db));
    const messages = await list(withSmtp, admin.cookie);
    expect(messages.mailConfigured).toBe(true);
    expect(stateOf(messages, "ontvanger@example.be")).toMatchObject({ state: "sent", attempts: 1 });
    expect(stateOf(messages, "wacht@example.be")).toMatchObject({ state: "waiting", attempts: 0 });
    expect(stateOf(messages, "oud@example.be")).toMatchObject({ state: "kept", keptBecause: "too_old" });
    const failed = stateOf(messages, "niemand@example.be");
    expect(failed).toMatchObject({ state: "failed", attempts: 1, lastError: expect.stringContaining("EAUTH") });
    expect(Date.parse(failed!.nextAttemptAt!)).toBeGreaterThan(clock.now().getTime());
  });

  it("without a mail server: every unsent message is kept, and the list says no mail server is configured", async () => {
    const admin = await signIn(t.app, await buildAdmin(t.db));
    const messages = await list(t.app, admin.cookie);
    expect(messages.mailConfigured).toBe(false);
    expect(stateOf(messages, "wacht@example.be")).toMatchObject({ state: "kept", keptBecause: "no_smtp" });
    expect(stateOf(messages, "niemand@example.be")).toMatchObject({ state: "kept", keptBecause: "no_smtp" });
    expect(stateOf(messages, "ontvanger@example.be")).toMatchObject({ state: "sent" });
  });

  it("shows an applicant that their message failed and when it is tried again, but not the server's error", async () => {
    const applicant = await buildApplicant(t.db);
    refused.add(applicant.email);
    const id = await queue(applicant.email, { organisationId: applicant.organisationId });
    await deliver();
    const session = await signIn(withSmtp, applicant);
    const response = await withSmtp.inject({
      method: "GET",
      url: `/api/outbox/${id}`,
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(200);
    const message = response.json() as OutboxMessageView;
    expect(message.delivery).toMatchObject({ state: "failed", attempts: 1, lastError: null });
    expect(message.delivery.nextAttemptAt).not.toBeNull();
    expect(message.attachments.map((a) => a.filename)).toEqual(["beslissing.pdf"]);
  });
});
