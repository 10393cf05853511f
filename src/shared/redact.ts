import {inspect} from 'node:util';

/**
 * Credentials in options (a source's connection string, a password, a TLS key)
 * must never reach a message, a log line or a generated file. These helpers
 * find them and blank them out.
 */
export const REDACTED = '[redacted]';

/** Option keys whose string values are credentials, whatever source type holds them. */
const SECRET_KEY = /pass(word|phrase)?|secret|token|credential|api_?key|private_?key|^key$|^auth$|connection_?string|^dsn$/i;

/** `scheme://user:password@`: the password of any URL, wherever it is. */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]*@/gi;
/** `password=…` in key/value connection strings. */
const KEY_VALUE_PASSWORD = /\b(password\s*=\s*)('[^']*'|[^\s;]+)/gi;

// Shorter ones would blank out ordinary words of a message; URL_PASSWORD still catches them in place.
const MIN_SECRET_LENGTH = 4;

/** Every credential in an options value: values of secret keys, and the passwords inside URLs. */
export function findSecrets(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    const found = SECRET_KEY.test(key) ? [value] : [];
    found.push(...urlPasswords(value));
    return found.filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([childKey, child]) => findSecrets(child, childKey));
  }
  return [];
}

function urlPasswords(text: string): string[] {
  const passwords: string[] = [];
  for (const match of text.matchAll(/\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s@/]*)@/gi)) {
    const raw = match[1]!;
    passwords.push(raw);
    try {
      passwords.push(decodeURIComponent(raw));
    } catch {
      // Not valid percent-encoding: the raw form is the one that can appear.
    }
  }
  return passwords;
}

/** `text` with each of `secrets`, and any URL or key/value password, replaced by `[redacted]`. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let result = text;
  for (const secret of [...new Set(secrets)].sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join(REDACTED);
  }
  return result.replace(URL_PASSWORD, `$1${REDACTED}@`).replace(KEY_VALUE_PASSWORD, `$1${REDACTED}`);
}

/** A deep copy of `value` with credentials blanked out, for showing or serialising. */
export function redactedCopy(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return SECRET_KEY.test(key) ? REDACTED : redact(value);
  if (Array.isArray(value)) return value.map((item) => redactedCopy(item));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([childKey, child]) => [childKey, redactedCopy(child, childKey)]));
  }
  return value;
}

/**
 * Makes `object` serialise (JSON.stringify) and print (util.inspect) without
 * its credentials, while code reading its properties still gets them. Docusaurus
 * writes the whole site config, plugin options included, into a generated
 * module that the client bundle imports, and prints options on errors.
 */
export function hideSecretsWhenShown(object: object): void {
  const shown = () => redactedCopy({...object});
  Object.defineProperty(object, 'toJSON', {value: shown, enumerable: false, configurable: true});
  Object.defineProperty(object, inspect.custom, {value: shown, enumerable: false, configurable: true});
}
