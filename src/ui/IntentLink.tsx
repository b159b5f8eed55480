import { Link, type LinkProps } from 'react-router';

type IntentLinkProps = Omit<LinkProps, 'prefetch'> & { onIntent: () => void };

/** A client-side link that calls `onIntent` as soon as the reader shows intent: hover, focus or touch. */
export function IntentLink({ onIntent, ...props }: IntentLinkProps) {
  return <Link {...props} onMouseEnter={onIntent} onFocus={onIntent} onTouchStart={onIntent} />;
}
