/**
 * Reading a measurement written as text (a CSV field) as a number, with
 * advice for the ways spreadsheets tend to format numbers.
 */

export type NumberCheck = {value: number} | {message: string; hint?: string};

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number a field holds when it is written plainly (`12`, `-3.5`, `1e3`); undefined otherwise. */
export function plainNumber(text: string): number | undefined {
  return PLAIN_NUMBER.test(text) ? Number(text) : undefined;
}

export function parseNumberText(text: string): NumberCheck {
  const plain = plainNumber(text);
  if (plain !== undefined) return {value: plain};
  const message = `"${text}" is not a number`;
  if (text.includes('%')) {
    return {message, hint: 'write the number without "%" (45, not 45%); `unit: percent` shows the sign'};
  }
  if (/^[+-]?\d[\d,'\s\u00a0_]*(?:\.\d+)?$/.test(text)) {
    return {message, hint: 'write numbers without thousands separators, with a dot for decimals, like 1234.5'};
  }
  if (/^[+-]?[$€£¥]|[$€£¥]$/.test(text)) {
    return {message, hint: 'write the amount without a currency sign; `unit: currency:USD` (or your currency) shows it'};
  }
  return {message};
}
