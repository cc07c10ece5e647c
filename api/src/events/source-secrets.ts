import { verify } from "@octokit/webhooks-methods";
import { createHash, timingSafeEqual } from "node:crypto";

/** The header GitHub signs deliveries with: `sha256=<hex HMAC-SHA256(secret, raw body)>`. */
export const GITHUB_SIGNATURE_HEADER = "X-Hub-Signature-256";
/** The header an Azure DevOps service hook may send the scope's secret in, instead of basic auth. */
export const SOURCE_SECRET_HEADER = "X-LearningLoop-Secret";

/**
 * Checks a GitHub delivery with GitHub's own verification (`@octokit/webhooks-methods`, constant
 * time); returns why it is refused, or null. The signature covers the raw bytes: a body that is not
 * UTF-8 cannot be what GitHub signed.
 */
export async function refuseGithub(
  secret: string,
  signature: string | null,
  raw: Uint8Array,
): Promise<string | null> {
  if (!signature) return `no ${GITHUB_SIGNATURE_HEADER} header`;
  if (!/^sha256=[0-9a-f]{64}$/i.test(signature)) return `the ${GITHUB_SIGNATURE_HEADER} header is malformed`;
  let body: string;
  try {
    body = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return "the body is not UTF-8";
  }
  if (body === "") return "the body is empty";
  return (await verify(secret, body, signature.toLowerCase()))
    ? null
    : "the signature does not match the scope's event secret";
}

/** The password of a basic `Authorization` header, or undefined. */
export function basicPassword(authorization: string | null): string | undefined {
  const match = authorization?.match(/^basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon === -1 ? undefined : decoded.slice(colon + 1);
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * Checks a shared secret sent as the basic-auth password (what an Azure DevOps web hook's
 * "Basic authentication password" sends) or in `X-LearningLoop-Secret`; returns why it is
 * refused, or null. Compared in constant time over digests, so neither content nor length leaks.
 */
export function refuseSharedSecret(
  secret: string,
  authorization: string | null,
  header: string | null,
): string | null {
  const sent = basicPassword(authorization) ?? header ?? undefined;
  if (sent === undefined || sent === "") {
    return `no secret (send it as the basic-auth password or in ${SOURCE_SECRET_HEADER})`;
  }
  return timingSafeEqual(digest(sent), digest(secret))
    ? null
    : "the secret does not match the scope's event secret";
}
