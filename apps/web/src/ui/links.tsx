import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** A link styled as an NL Design System button, navigating inside the single-page app. */
export function ButtonRouterLink({
  to,
  appearance = 'secondary-action-button',
  children,
}: {
  to: string;
  appearance?: 'primary-action-button' | 'secondary-action-button';
  children: ReactNode;
}) {
  return (
    <RouterLink
      to={to}
      className={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance.replace('-button', '')}`}
    >
      {children}
    </RouterLink>
  );
}
