type Click = Pick<MouseEvent, 'button' | 'metaKey' | 'altKey' | 'ctrlKey' | 'shiftKey'>;

/**
 * Whether a click on `link` is the browser's to follow rather than the app's: another button or a
 * modifier key (a new tab or window, a download), a link that names a target, or another site.
 */
export function opensElsewhere(click: Click, link: HTMLAnchorElement): boolean {
  return (
    click.button !== 0 ||
    click.metaKey ||
    click.altKey ||
    click.ctrlKey ||
    click.shiftKey ||
    link.target !== '' ||
    link.origin !== location.origin
  );
}
