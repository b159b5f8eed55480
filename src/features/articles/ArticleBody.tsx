import { useEffect } from 'react';
import type { ArticleView } from '../../content-api/published.ts';
import { useT } from '../../i18n/lang.tsx';
import { islandPart } from '../../ui/islands/declarePart.ts';
import { Island } from '../../ui/islands/Island.tsx';
import { ReadingBlock } from '../reading-place/ReadingBlock.tsx';
import { ArticleBlock } from './ArticleBlock.tsx';
import * as styles from './ArticleBody.module.css';
import type { OtherVersion } from './useOtherVersion.ts';

const translationToggle = islandPart('translation', async () => (await import('./readingModes.tsx')).TranslationToggle);
const sideBySideBody = islandPart('side-by-side', async () => (await import('./readingModes.tsx')).SideBySideBody);

function TranslationToggleFace() {
  const t = useT();
  return (
    <button type="button" className={styles.toggle} tabIndex={-1} aria-expanded={false}>
      {t('reading.showTranslation')}
    </button>
  );
}

/**
 * The text in the page's language; under each paragraph, where there is another version, a quiet button that shows its
 * translation (readingModes.tsx).
 */
function SingleLanguageBody({ article, other }: { article: ArticleView; other: OtherVersion }) {
  return (
    <div className={`${styles.body} ${styles.single}`}>
      {article.blocks.map((block) => (
        <ReadingBlock key={block.id} className={styles.block} id={block.id}>
          <ArticleBlock block={block} lang={article.contentLang} anchorId={block.id} />
          {other.available && block.type === 'paragraph' && (
            <Island part={translationToggle} props={{ block, article }} face={<TranslationToggleFace />} />
          )}
        </ReadingBlock>
      ))}
    </div>
  );
}

/**
 * When the reader chose side by side, the other version and the code that shows it are fetched at
 * once, not when the browser is next idle (seconds, on a busy phone).
 */
export function useSideBySideWhenChosen(chosen: boolean, { load }: OtherVersion) {
  useEffect(() => {
    if (chosen) void Promise.all([load(), sideBySideBody.load()]);
  }, [chosen, load]);
}

export function ArticleBody({
  article,
  other,
  sideBySide,
}: {
  article: ArticleView;
  other: OtherVersion;
  sideBySide: boolean;
}) {
  const single = <SingleLanguageBody article={article} other={other} />;
  if (!sideBySide || !other.version) return single;
  // Until its code arrives, the page stays in one language.
  return <Island part={sideBySideBody} props={{ article, otherVersion: other.version }} face={single} />;
}
