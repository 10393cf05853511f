/** Test stand-in for `@docusaurus/Link`: a plain anchor. */
import {type AnchorHTMLAttributes, type ReactNode} from 'react';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to?: string;
}

export default function Link({to, href, children, ...rest}: LinkProps): ReactNode {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
