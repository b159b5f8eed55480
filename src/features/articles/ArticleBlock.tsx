import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/languages.ts';
import type { BlockView } from '../../content-api/published.ts';
import { useLang } from '../../i18n/lang.tsx';
import { assertNever } from '../../shared/assertNever.ts';
import { StoryLink } from '../../ui/StoryLink.tsx';
import { Kicker } from '../../ui/Kicker.tsx';
import * as styles from './ArticleBlock.module.css';

type BlockProps<T extends BlockView> = { block: T; lang: Lang; anchorId?: string };

function ReadAlso({ block, lang, anchorId }: BlockProps<Extract<BlockView, { type: 'readAlso' }>>) {
  // The label speaks the block's language, so that a French column reads "Lire aussi" on any page.
  const { t } = useTranslation('translation', { lng: lang });
  const pageLang = useLang();
  // Ids are built from the block, not useId(), so that a prerendered page hydrates to the same ids.
  const labelId = `${block.id}-${lang}-label`;
  return (
    <aside className={styles.readAlso} id={anchorId} lang={lang} aria-labelledby={labelId}>
      <Kicker id={labelId} className={styles.label}>
        {t('article.readAlso')}
      </Kicker>
      <p className={styles.link}>
        <StoryLink lang={pageLang} slug={block.story.slug}>
          {block.text}
        </StoryLink>
      </p>
    </aside>
  );
}

/**
 * The one renderer for article blocks: every block type is handled here, or type-checking fails.
 * Each block carries its own `lang`; `anchorId` (the block id, for `#p3` links) is left off copies.
 */
export function ArticleBlock({ block, lang, anchorId }: BlockProps<BlockView>) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p id={anchorId} lang={lang}>
          {block.text}
        </p>
      );
    case 'readAlso':
      return <ReadAlso block={block} lang={lang} anchorId={anchorId} />;
    default:
      return assertNever(block);
  }
}
