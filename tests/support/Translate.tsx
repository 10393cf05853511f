/**
 * Test stand-in for `@docusaurus/Translate`: returns the default message with
 * `{placeholders}` replaced from `values`, like Docusaurus does without a
 * translation for the id.
 */
import {Fragment, type ReactNode} from 'react';

export type InterpolateValues = Record<string, ReactNode>;

export interface TranslateParam {
  message: string;
  id?: string;
  description?: string;
}

export interface TranslateProps {
  children: string;
  id?: string;
  description?: string;
  values?: InterpolateValues;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function interpolate(message: string, values: InterpolateValues | undefined): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    parts.push(message.slice(last, match.index));
    const name = match[1]!;
    parts.push(values && name in values ? values[name] : match[0]);
    last = match.index + match[0].length;
  }
  parts.push(message.slice(last));
  return parts;
}

export function translate(param: TranslateParam, values?: Record<string, string | number>): string {
  return interpolate(param.message, values).join('');
}

export default function Translate({children, values}: TranslateProps): ReactNode {
  if (typeof children !== 'string') {
    throw new Error('<Translate> children must be a string (the default message).');
  }
  return (
    <>
      {interpolate(children, values).map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
    </>
  );
}
