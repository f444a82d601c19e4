// Mail over SMTP with nodemailer (DESIGN §5). A Mailer exists only when BRUG_SMTP_URL is set; without one nothing
// is sent and the outbox keeps every message, readable in the app. modules/outbox/delivery.ts decides what to send
// and when; this file only hands one message to the server.
//
// Secrets: the SMTP URL holds the password. It is never logged, and errors are reduced to a short text without it
// (mailErrorText) before they are stored or logged. Nodemailer's own logger stays off: at debug level it would log
// the message data.
import { createTransport } from "nodemailer";
import type { MailConfig } from "../config.ts";
import type { OutboxAttachment } from "../db/types.ts";

export interface OutgoingMail {
  /** The outbox message's id: the Message-ID is made from it, so a message sent twice is recognisably one. */
  id: string;
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  attachments: OutboxAttachment[];
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

/** The domain for Message-IDs: the sender's own, so replies and bounces make sense to the receiving server. */
function senderDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1]?.toLowerCase() ?? "brug.invalid";
}

export function createMailer(config: MailConfig): Mailer {
  const transport = createTransport({
    url: config.smtpUrl,
    // Generous for a slow server, short enough that a dead one does not hold a delivery run for minutes.
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
    logger: false,
    debug: false,
  });
  const domain = senderDomain(config.from);
  return {
    async send(mail) {
      const info = await transport.sendMail({
        from: config.from,
        to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<outbox-${mail.id}@${domain}>`,
        attachments: mail.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.base64,
          encoding: "base64",
        })),
      });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

/**
 * What to store and log about a failed attempt: nodemailer's error code, the server's reply code and the first line
 * of the message, at most 300 characters, with the SMTP URL and its password taken out wherever they appear.
 */
export function mailErrorText(error: unknown, config: MailConfig | null): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  const message = typeof e?.message === "string" ? e.message.split("\n")[0]!.trim() : String(error);
  const parts = [
    typeof e?.code === "string" ? e.code : null,
    typeof e?.responseCode === "number" ? String(e.responseCode) : null,
    message,
  ].filter((p): p is string => p !== null && p !== "");
  let text = parts.join(" ");
  for (const secret of secretsOf(config)) text = text.split(secret).join("***");
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

function secretsOf(config: MailConfig | null): string[] {
  if (config === null) return [];
  try {
    const url = new URL(config.smtpUrl);
    return [config.smtpUrl, url.password, decodeURIComponent(url.password)]
      .filter((s) => s.length >= 3)
      .sort((a, b) => b.length - a.length);
  } catch {
    return [config.smtpUrl];
  }
}
